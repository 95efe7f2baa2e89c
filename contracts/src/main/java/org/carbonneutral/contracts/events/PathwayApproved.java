package org.carbonneutral.contracts.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.PartApproval;
import org.carbonneutral.contracts.Parts;

/** An approver approved a pathway revision, checked against the named inventory revision. */
public record PathwayApproved(
        UUID declarationId,
        int revision,
        int inventoryRevision,
        String contentDigest,
        String approvedBy,
        OffsetDateTime approvedAt,
        List<Finding> findings,
        PathwaySnapshot snapshot) implements PartApproval {

    @Override
    public Map<String, Integer> checkedAgainst() {
        return Map.of(Parts.INVENTORY, inventoryRevision);
    }
}
