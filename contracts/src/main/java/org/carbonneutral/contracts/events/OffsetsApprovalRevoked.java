package org.carbonneutral.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.carbonneutral.contracts.PartApprovalRevocation;

/** The approval of revision {@code revokedRevision} no longer holds; the part is now at {@code currentRevision}. */
public record OffsetsApprovalRevoked(
        UUID declarationId,
        int revokedRevision,
        int currentRevision,
        String reason,
        OffsetDateTime revokedAt) implements PartApprovalRevocation {
}
