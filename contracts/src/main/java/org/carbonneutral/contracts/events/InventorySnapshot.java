package org.carbonneutral.contracts.events;

import java.math.BigDecimal;
import java.util.List;
import org.carbonneutral.contracts.SubjectType;

/**
 * What an approved inventory revision says, in tCO2e (scale 3, HALF_UP): every source, totals by scope, removals,
 * the residual (emissions − removals) and, for a product or service subject, the products table.
 */
public record InventorySnapshot(
        SubjectType subjectType,
        List<SourceLine> sources,
        List<ScopeTotal> totalsByScope,
        BigDecimal totalTco2e,
        BigDecimal removalsTco2e,
        BigDecimal residualTco2e,
        List<ProductLine> products,
        String allocationMethod,
        String subjectChoiceReason) {

    public record SourceLine(String name, int scope, BigDecimal tco2e) {
    }

    public record ScopeTotal(int scope, BigDecimal tco2e) {
    }

    public record ProductLine(String name, BigDecimal quantity, String unit, BigDecimal tco2e, BigDecimal sharePercent) {
    }
}
