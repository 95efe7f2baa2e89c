package org.carbonneutral.contracts.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.PartApproval;
import org.carbonneutral.contracts.Parts;

/** An approver approved an offsets revision, checked against the named inventory revision's residual. */
public record OffsetsApproved(
        UUID declarationId,
        int revision,
        int inventoryRevision,
        String contentDigest,
        String approvedBy,
        OffsetDateTime approvedAt,
        List<Finding> findings,
        OffsetsSnapshot snapshot) implements PartApproval {

    @Override
    public Map<String, Integer> checkedAgainst() {
        return snapshot == null || snapshot.pathwayRevision() == null ? Map.of(Parts.INVENTORY, inventoryRevision)
                : Map.of(Parts.INVENTORY, inventoryRevision, Parts.PATHWAY, snapshot.pathwayRevision());
    }
}
