package org.carbonneutral.contracts.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.PartApproval;
import org.carbonneutral.contracts.Parts;

/** An approver approved an inventory revision with no blocking finding. */
public record InventoryApproved(
        UUID declarationId,
        int revision,
        String contentDigest,
        String approvedBy,
        OffsetDateTime approvedAt,
        List<Finding> findings,
        InventorySnapshot snapshot) implements PartApproval {

    @Override
    public Map<String, Integer> checkedAgainst() {
        return Map.of();
    }
}
