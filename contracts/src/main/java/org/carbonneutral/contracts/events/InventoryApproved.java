package org.carbonneutral.contracts.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.Finding;

/** An approver approved an inventory revision with no blocking finding. */
public record InventoryApproved(
        UUID declarationId,
        int revision,
        String contentDigest,
        String approvedBy,
        OffsetDateTime approvedAt,
        List<Finding> findings,
        InventorySnapshot snapshot) {
}
