package org.carbonneutral.pathway.rules;

import java.time.LocalDate;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.pathway.domain.PathwayContent;

/** What the PATH rules read: the declaration's period and standard, the pathway, and the approved inventory. */
public record PathwayFacts(LocalDate periodStart, LocalDate periodEnd, ClaimStandard claimStandard,
        PathwayContent content, InventorySnapshot inventory) {
}
