package org.carbonneutral.disclosure.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A published declaration as the public reads it: one version's content and digest, and the version history. */
public record PublicDeclarationView(
        UUID declarationId,
        String status,
        int version,
        String digest,
        OffsetDateTime publishedAt,
        OffsetDateTime withdrawnAt,
        String withdrawReason,
        JsonNode content,
        List<VersionSummary> versions) {

    public record VersionSummary(int version, String digest, OffsetDateTime publishedAt, OffsetDateTime withdrawnAt,
            String withdrawReason) {
    }
}
