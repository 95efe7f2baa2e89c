package org.carbonneutral.disclosure.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.PublishedDeclaration;

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

    /** The view of {@code shown} among a declaration's {@code versions} (newest first). */
    public static PublicDeclarationView of(UUID declarationId, List<PublishedDeclaration> versions,
            PublishedDeclaration shown) {
        List<VersionSummary> history = versions.stream()
                .map(v -> new VersionSummary(v.version, v.digest, v.publishedAt, v.withdrawnAt, v.withdrawReason))
                .toList();
        return new PublicDeclarationView(declarationId, shown.withdrawn() ? "WITHDRAWN" : "PUBLISHED", shown.version,
                shown.digest, shown.publishedAt, shown.withdrawnAt, shown.withdrawReason,
                Json.read(shown.content, JsonNode.class), history);
    }

    public record VersionSummary(int version, String digest, OffsetDateTime publishedAt, OffsetDateTime withdrawnAt,
            String withdrawReason) {
    }
}
