package org.carbonneutral.pathway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.events.InventorySnapshot;

/**
 * Another period of the same subject as known here: its approved inventory's total and totals by scope, whether it
 * is declared (published and not withdrawn), the intensity metric's value its pathway states for the period, and for
 * a product or service subject its declared unit and emissions per declared unit (kg CO2e; null for an organisation).
 */
public record SubjectPeriod(UUID declarationId, LocalDate periodStart, LocalDate periodEnd, int inventoryRevision,
        BigDecimal totalTco2e, List<InventorySnapshot.ScopeTotal> totalsByScope, boolean declared,
        BigDecimal periodActivity, String declaredUnit, BigDecimal perUnitKgCo2e) {

    /** An organisation's period (no declared unit). */
    public SubjectPeriod(UUID declarationId, LocalDate periodStart, LocalDate periodEnd, int inventoryRevision,
            BigDecimal totalTco2e, List<InventorySnapshot.ScopeTotal> totalsByScope, boolean declared,
            BigDecimal periodActivity) {
        this(declarationId, periodStart, periodEnd, inventoryRevision, totalTco2e, totalsByScope, declared, periodActivity,
                null, null);
    }

    /** Whether the period's calendar years hold {@code year}. */
    public boolean holds(int year) {
        return periodStart.getYear() <= year && year <= periodEnd.getYear();
    }
}
