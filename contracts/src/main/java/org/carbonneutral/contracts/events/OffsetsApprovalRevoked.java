package org.carbonneutral.contracts.events;

import org.carbonneutral.contracts.PartApprovalRevocation;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The approval of revision {@code revokedRevision} no longer holds; the part is now at {@code currentRevision}. */
public record OffsetsApprovalRevoked(
        UUID declarationId,
        int revokedRevision,
        int currentRevision,
        String reason,
        OffsetDateTime revokedAt) implements PartApprovalRevocation {
}
