package org.carbonneutral.pathway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.events.InventorySnapshot;

/**
 * Another period of the same subject as known here: its approved inventory's total and totals by scope, whether it
 * is declared (published and not withdrawn), and the intensity metric's value its pathway states for the period.
 */
public record SubjectPeriod(UUID declarationId, LocalDate periodStart, LocalDate periodEnd, int inventoryRevision,
        BigDecimal totalTco2e, List<InventorySnapshot.ScopeTotal> totalsByScope, boolean declared,
        BigDecimal periodActivity) {
}
