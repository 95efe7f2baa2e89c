package org.carbonneutral.offset.rules;

import java.time.LocalDate;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.offset.domain.OffsetsContent;

/** What the OFF rules read: the period, the retirements, the approved inventory (residual) and today's date. */
public record OffsetsFacts(LocalDate periodStart, LocalDate periodEnd, ClaimStandard claimStandard,
        OffsetsContent content, InventorySnapshot inventory, LocalDate today) {
}
