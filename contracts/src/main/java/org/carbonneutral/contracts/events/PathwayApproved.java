package org.carbonneutral.contracts.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.Finding;

/** An approver approved a pathway revision, checked against the named inventory revision. */
public record PathwayApproved(
        UUID declarationId,
        int revision,
        int inventoryRevision,
        String contentDigest,
        String approvedBy,
        OffsetDateTime approvedAt,
        List<Finding> findings,
        PathwaySnapshot snapshot) {
}
