package org.carbonneutral.disclosure.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.PublishedDeclaration;
import org.carbonneutral.platform.problem.ProblemException;

/** What the public reads: published versions only, never anything unapproved. */
@ApplicationScoped
public class PublicDeclarationService {

    /** The most declarations a tenant's public index lists. */
    static final int INDEX_LIMIT = 500;
    /** The most items a tenant's feed holds. */
    static final int FEED_LIMIT = 100;

    public Uni<PublicDeclarationView> read(UUID declarationId, Integer version) {
        return Panache.withSession(() -> PublishedDeclaration.versionsOf(declarationId).map(versions -> {
            if (versions.isEmpty()) {
                throw ProblemException.notFound("published declaration " + declarationId);
            }
            PublishedDeclaration shown = version == null ? versions.get(0) : versions.stream()
                    .filter(v -> v.version == version).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("version " + version + " of declaration " + declarationId));
            return PublicDeclarationView.of(declarationId, versions, shown);
        }));
    }

    /** A tenant's published declarations, each at its latest version, newest first (at most 500). */
    public Uni<List<PublicIndexEntry>> index(String tenant) {
        return Panache.withSession(() -> PublishedDeclaration.<PublishedDeclaration>find(
                "tenant = ?1 order by publishedAt desc", tenant).list()).map(all -> {
                    java.util.Map<UUID, PublishedDeclaration> latest = new java.util.LinkedHashMap<>();
                    for (PublishedDeclaration p : all) {
                        latest.merge(p.declarationId, p, (a, b) -> a.version >= b.version ? a : b);
                    }
                    return latest.values().stream().limit(INDEX_LIMIT).map(PublicDeclarationService::entry).toList();
                });
    }

    /** Publications and withdrawals of a tenant, newest first, as JSON Feed 1.1 items (at most 100). */
    public Uni<List<FeedItem>> feed(String tenant) {
        return Panache.withSession(() -> PublishedDeclaration.<PublishedDeclaration>find(
                "tenant = ?1 order by publishedAt desc", tenant).page(0, FEED_LIMIT).list()).map(all -> {
                    List<FeedItem> items = new java.util.ArrayList<>();
                    for (PublishedDeclaration p : all) {
                        PublicIndexEntry e = entry(p);
                        String period = e.periodStart() + " – " + e.periodEnd();
                        items.add(new FeedItem("urn:declaration:" + p.declarationId + ":v" + p.version + ":published",
                                e.page() + "?version=" + p.version, e.subjectName() + " — carbon neutral " + period
                                        + " (version " + p.version + ")", "Published version " + p.version
                                        + " of the carbon-neutrality declaration of " + e.subjectName() + " for " + period
                                        + "; SHA-256 " + p.digest + ".", p.publishedAt));
                        if (p.withdrawn()) {
                            items.add(new FeedItem("urn:declaration:" + p.declarationId + ":v" + p.version + ":withdrawn",
                                    e.page() + "?version=" + p.version, "WITHDRAWN: " + e.subjectName() + " " + period
                                            + " (version " + p.version + ")", "Version " + p.version + " was withdrawn: "
                                            + p.withdrawReason, p.withdrawnAt));
                        }
                    }
                    items.sort(java.util.Comparator.comparing(FeedItem::date_published).reversed());
                    return items.stream().limit(FEED_LIMIT).toList();
                });
    }

    /** A JSON Feed 1.1 item. */
    public record FeedItem(String id, String url, String title, String content_text, OffsetDateTime date_published) {
    }

    private static PublicIndexEntry entry(PublishedDeclaration p) {
        var subject = Json.read(p.content, com.fasterxml.jackson.databind.JsonNode.class).get("subject");
        return new PublicIndexEntry(p.declarationId, subject.get("name").asText(),
                java.time.LocalDate.parse(subject.get("periodStart").asText()),
                java.time.LocalDate.parse(subject.get("periodEnd").asText()), p.version,
                p.withdrawn() ? "WITHDRAWN" : "PUBLISHED", p.digest, p.publishedAt, p.withdrawnAt,
                PublicationService.publicPath(p.declarationId), "/api/public/declarations/" + p.declarationId);
    }
}
