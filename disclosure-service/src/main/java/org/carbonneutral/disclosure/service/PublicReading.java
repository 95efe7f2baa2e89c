package org.carbonneutral.disclosure.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.PublishedDeclaration;
import org.carbonneutral.disclosure.rest.PublicDeclarationView;
import org.carbonneutral.platform.problem.ProblemException;

/** What the public reads: published versions only, never anything unapproved. */
@ApplicationScoped
public class PublicReading {

    public Uni<PublicDeclarationView> read(UUID declarationId, Integer version) {
        return Panache.withSession(() -> PublicationSaga.versions(declarationId).map(versions -> {
            if (versions.isEmpty()) {
                throw ProblemException.notFound("published declaration " + declarationId);
            }
            PublishedDeclaration shown = version == null ? versions.get(0) : versions.stream()
                    .filter(v -> v.version == version).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("version " + version + " of declaration " + declarationId));
            List<PublicDeclarationView.VersionSummary> history = versions.stream()
                    .map(v -> new PublicDeclarationView.VersionSummary(v.version, v.digest, v.publishedAt, v.withdrawnAt,
                            v.withdrawReason))
                    .toList();
            return new PublicDeclarationView(declarationId, shown.withdrawn() ? "WITHDRAWN" : "PUBLISHED", shown.version,
                    shown.digest, shown.publishedAt, shown.withdrawnAt, shown.withdrawReason,
                    Json.read(shown.content, com.fasterxml.jackson.databind.JsonNode.class), history);
        }));
    }
}
