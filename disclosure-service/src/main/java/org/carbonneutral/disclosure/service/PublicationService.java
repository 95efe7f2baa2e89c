package org.carbonneutral.disclosure.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.events.DeclarationPublished;
import org.carbonneutral.contracts.events.DeclarationWithdrawn;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.Declaration;
import org.carbonneutral.disclosure.PartApprovalState;
import org.carbonneutral.disclosure.PublishedDeclaration;
import org.carbonneutral.disclosure.domain.ApprovedRevisions;
import org.carbonneutral.disclosure.domain.ClaimVerification;
import org.carbonneutral.disclosure.domain.CompanyProfile;
import org.carbonneutral.disclosure.domain.Publication;
import org.carbonneutral.disclosure.domain.PublicationFacts;
import org.carbonneutral.disclosure.domain.PublicationPolicy;
import org.carbonneutral.disclosure.domain.WebhookEventType;
import org.carbonneutral.platform.outbox.Outbox;
import org.jboss.logging.Logger;

/**
 * The publication of a declaration, kept in line with what the publication policy decides. After each change of the
 * declaration's approvals or profile: a current publication that is not for the revisions the policy would publish
 * now is withdrawn (DIS-6), and when the policy finds nothing blocking and no version exists for exactly those
 * revisions, version n+1 is published. Runs in the caller's transaction, on the declaration row the caller locked.
 */
@ApplicationScoped
public class PublicationService {

    private static final Logger LOG = Logger.getLogger(PublicationService.class);
    /** Metrics: versions published, publications withdrawn, and the approval-to-publication latency histogram. */
    public static final String PUBLISHED = "suite.declarations.published";
    public static final String WITHDRAWN = "suite.declarations.withdrawn";
    public static final String LATENCY = "suite.publication.latency";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Outbox outbox;
    private final PublicationPolicy policy;
    private final DeclarationTrail trail;
    private final Counter published;
    private final Counter withdrawn;
    private final Timer latency;
    private final WebhookDeliveries webhooks;

    private final PublicRenderings renderings;

    public PublicationService(Outbox outbox, PublicationPolicy policy, DeclarationTrail trail, WebhookDeliveries webhooks,
            PublicRenderings renderings, MeterRegistry meters) {
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.policy = policy;
        this.trail = trail;
        this.published = Counter.builder(PUBLISHED).description("Declaration versions published").register(meters);
        this.withdrawn = Counter.builder(WITHDRAWN).description("Publications withdrawn").register(meters);
        this.latency = Timer.builder(LATENCY)
                .description("From the last of a publication's three approvals to its publication")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(10)).register(meters);
        this.renderings = renderings;
    }

    /** Whether the declaration as it stands can be published, and what blocks it. */
    public PublicationPolicy.Decision decide(PublicationFacts facts) {
        return policy.decide(facts);
    }

    /** Withdraws a publication the approvals no longer support, and publishes when everything is in place. */
    Uni<Void> reconcile(Declaration d, String cause) {
        PublicationFacts facts = facts(d);
        PublicationPolicy.Decision decision = policy.decide(facts);
        Optional<ApprovedRevisions> ready = decision.revisions();
        return PublishedDeclaration.versionsOf(d.id).chain(versions -> {
            PublishedDeclaration current = versions.isEmpty() ? null : versions.get(0);
            // as the database keeps it (microseconds): what is rendered now is what a later read finds
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            Uni<?> withdraw = Uni.createFrom().voidItem();
            boolean withdrawing = current != null && !current.withdrawn()
                    && !ready.equals(Optional.of(current.revisions()));
            if (withdrawing) {
                current.withdrawnAt = now;
                current.withdrawReason = cause;
                DeclarationWithdrawn withdrawal = new DeclarationWithdrawn(d.id, current.version, cause, now);
                withdraw = outbox.append(EventType.DECLARATION_WITHDRAWN, d.tenant, d.id, withdrawal)
                        .chain(event -> webhooks.enqueue(d.tenant, WebhookEventType.DECLARATION_WITHDRAWN, event.id(), now,
                                Json.mapper().convertValue(withdrawal, MAP)))
                        .chain(() -> trail.record(d, current.version, "WITHDRAWN", null, cause))
                        .invoke(() -> withdrawn.increment());
            }
            if (ready.isEmpty() || versions.stream().anyMatch(v -> v.revisions().equals(ready.get()))) {
                // a withdrawal marks the version's page and every version's history
                return withdrawing ? withdraw.chain(() -> renderings.renderAll(d.id, versions))
                        : withdraw.replaceWithVoid();
            }
            int version = current == null ? 1 : current.version + 1;
            PublishedDeclaration published = version(d, facts, decision.findings(), ready.get(), version, now);
            List<PublishedDeclaration> all = new ArrayList<>(versions.size() + 1);
            all.add(published);
            all.addAll(versions);
            // the representations are rendered on a worker while the publication's rows are written
            Uni<PublicRenderings.Rendered> rendered = renderings.renderAside(d.id, all);
            return withdraw.chain(() -> publish(d, facts, published)).chain(() -> rendered)
                    .chain(r -> renderings.store(r));
        });
    }

    /** Version {@code version} of the declaration: its content, as the policy found it, and the content's digest. */
    private static PublishedDeclaration version(Declaration d, PublicationFacts facts, List<Finding> findings,
            ApprovedRevisions revisions, int version, OffsetDateTime now) {
        Publication publication = Publication.of(d.id, version, now, facts, findings);
        PublishedDeclaration p = new PublishedDeclaration();
        p.id = UUID.randomUUID();
        p.declarationId = d.id;
        p.tenant = d.tenant;
        p.version = version;
        p.inventoryRevision = revisions.inventory();
        p.pathwayRevision = revisions.pathway();
        p.offsetsRevision = revisions.offsets();
        p.content = Json.canonical(publication);
        p.digest = Json.sha256Hex(p.content);
        p.publishedAt = now;
        return p;
    }

    /** Records version {@code p}, announces it (event, webhooks) and writes it in the trail. */
    private Uni<Void> publish(Declaration d, PublicationFacts facts, PublishedDeclaration p) {
        ApprovedRevisions revisions = p.revisions();
        int version = p.version;
        OffsetDateTime now = p.publishedAt;
        LOG.infof("publishing declaration %s version %d (inventory %d, pathway %d, offsets %d)", d.id, version,
                revisions.inventory(), revisions.pathway(), revisions.offsets());
        DeclarationPublished announced = new DeclarationPublished(d.id, version, p.digest, revisions.inventory(),
                revisions.pathway(), revisions.offsets(), now, publicPath(d.id));
        return p.persist().chain(() -> outbox.append(EventType.DECLARATION_PUBLISHED, d.tenant, d.id, announced))
                .chain(event -> webhooks.enqueue(d.tenant, WebhookEventType.DECLARATION_PUBLISHED, event.id(), now,
                        Json.mapper().convertValue(announced, MAP)))
                .chain(() -> trail.record(d, version, "PUBLISHED", null, "inventory revision " + revisions.inventory()
                        + ", pathway revision " + revisions.pathway() + ", offsets revision " + revisions.offsets()
                        + "; digest " + p.digest))
                .invoke(() -> {
                    published.increment();
                    lastApproval(facts).ifPresent(at -> latency.record(Duration.between(at, now).abs()));
                })
                .replaceWithVoid();
    }

    /** When the last of the publication's three approvals was given. */
    static Optional<OffsetDateTime> lastApproval(PublicationFacts facts) {
        return java.util.stream.Stream.of(facts.inventory() == null ? null : facts.inventory().approvedAt(),
                        facts.pathway() == null ? null : facts.pathway().approvedAt(),
                        facts.offsets() == null ? null : facts.offsets().approvedAt())
                .filter(java.util.Objects::nonNull).max(OffsetDateTime::compareTo);
    }

    /**
     * What the policy reads, from the declaration, its profile, its parts' states, the approvals it holds and the
     * claim's own verification or validation.
     */
    public PublicationFacts facts(Declaration d) {
        return new PublicationFacts(d.subjectType, d.subjectName, d.boundary, d.periodStart, d.periodEnd,
                d.claimStandard, d.organisation(), profile(d), d.parts(), approval(d.inventory, InventoryApproved.class),
                approval(d.pathway, PathwayApproved.class), approval(d.offsets, OffsetsApproved.class),
                claimVerification(d));
    }

    private static ClaimVerification claimVerification(Declaration d) {
        return d.claimVerification == null ? null : Json.read(d.claimVerification, ClaimVerification.class);
    }

    private static CompanyProfile profile(Declaration d) {
        return d.profile == null ? null : Json.read(d.profile, CompanyProfile.class);
    }

    /** The stored approval, or null when there is none or it was stored in a form this version cannot read. */
    private static <T> T approval(PartApprovalState s, Class<T> type) {
        if (s == null || s.approval == null) {
            return null;
        }
        try {
            return Json.read(s.approval, type);
        } catch (RuntimeException e) {
            LOG.warnf("stored %s of revision %s cannot be read (%s); it must be approved again", type.getSimpleName(),
                    s.approvedRevision, e.getMessage());
            return null;
        }
    }

    /** Where the public reads a declaration's publication. */
    public static String publicPath(UUID declarationId) {
        return "/public/declarations/" + declarationId;
    }
}
