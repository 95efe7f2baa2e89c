package org.carbonneutral.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A published version was withdrawn because an approval it rested on was revoked; its page stays, marked. */
public record DeclarationWithdrawn(
        UUID declarationId,
        int version,
        String reason,
        OffsetDateTime withdrawnAt) {
}
