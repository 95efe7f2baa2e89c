package org.carbonneutral.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A new immutable version of a declaration was published for exactly this set of part revisions. */
public record DeclarationPublished(
        UUID declarationId,
        int version,
        String digest,
        int inventoryRevision,
        int pathwayRevision,
        int offsetsRevision,
        OffsetDateTime publishedAt,
        String publicPath) {
}
