package org.carbonneutral.disclosure.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.events.DeclarationPublished;
import org.carbonneutral.contracts.events.DeclarationWithdrawn;
import org.carbonneutral.contracts.events.InventoryApprovalRevoked;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.OffsetsApprovalRevoked;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.PathwayApprovalRevoked;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.Declaration;
import org.carbonneutral.disclosure.PartApprovalState;
import org.carbonneutral.disclosure.PublishedDeclaration;
import org.carbonneutral.disclosure.domain.Publication;
import org.carbonneutral.disclosure.domain.PublicationFacts;
import org.carbonneutral.disclosure.domain.PublicationPolicy;
import org.carbonneutral.platform.outbox.Outbox;
import org.hibernate.LockMode;
import org.jboss.logging.Logger;

/**
 * The approval saga. Each approval or revocation event updates the part's state on the declaration row, locked for
 * the transaction so events of the three parts, consumed concurrently, are applied one at a time. Then: a current
 * publication that no longer matches the approvals is withdrawn (DIS-6), and when all three parts are approved for
 * the same revisions (DIS-5) and no version exists for exactly those revisions, version n+1 is published.
 * Runs inside the idempotent consumer's transaction.
 */
@ApplicationScoped
public class PublicationSaga {

    private static final Logger LOG = Logger.getLogger(PublicationSaga.class);

    private final Outbox outbox;
    private final DisclosureRules rules;

    public PublicationSaga(Outbox outbox, DisclosureRules rules) {
        this.outbox = outbox;
        this.rules = rules;
    }

    public Uni<Void> apply(CloudEvent event) {
        Optional<EventType> type = EventType.ofCeType(event.type());
        if (type.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID id = event.declarationId();
        return Panache.getSession().chain(s -> s.find(Declaration.class, id, LockMode.PESSIMISTIC_WRITE)).chain(d -> {
            if (d == null) {
                LOG.debugf("%s for unknown declaration %s ignored", event.type(), id);
                return Uni.createFrom().voidItem();
            }
            if (!d.tenant.equals(event.tenant())) {
                throw new IllegalArgumentException("event " + event.id() + " names tenant " + event.tenant()
                        + " for a declaration of another tenant");
            }
            String cause = record(d, type.get(), event);
            return cause == null ? Uni.createFrom().voidItem() : reconcile(d, cause);
        });
    }

    /** Applies the event to the part's state; returns a description of the change, or null when nothing changed. */
    private String record(Declaration d, EventType type, CloudEvent event) {
        switch (type) {
            case INVENTORY_APPROVED -> {
                InventoryApproved p = Events.payload(event, InventoryApproved.class);
                d.inventory = approved(d.inventory, p.revision(), null, Json.write(p));
                return "inventory revision " + p.revision() + " approved";
            }
            case PATHWAY_APPROVED -> {
                PathwayApproved p = Events.payload(event, PathwayApproved.class);
                d.pathway = approved(d.pathway, p.revision(), p.inventoryRevision(), Json.write(p));
                return "pathway revision " + p.revision() + " approved";
            }
            case OFFSETS_APPROVED -> {
                OffsetsApproved p = Events.payload(event, OffsetsApproved.class);
                d.offsets = approved(d.offsets, p.revision(), p.inventoryRevision(), Json.write(p));
                return "offsets revision " + p.revision() + " approved";
            }
            case INVENTORY_APPROVAL_REVOKED -> {
                InventoryApprovalRevoked p = Events.payload(event, InventoryApprovalRevoked.class);
                d.inventory = revoked(d.inventory, p.revokedRevision(), p.currentRevision());
                return "inventory approval of revision " + p.revokedRevision() + " revoked: " + p.reason();
            }
            case PATHWAY_APPROVAL_REVOKED -> {
                PathwayApprovalRevoked p = Events.payload(event, PathwayApprovalRevoked.class);
                d.pathway = revoked(d.pathway, p.revokedRevision(), p.currentRevision());
                return "pathway approval of revision " + p.revokedRevision() + " revoked: " + p.reason();
            }
            case OFFSETS_APPROVAL_REVOKED -> {
                OffsetsApprovalRevoked p = Events.payload(event, OffsetsApprovalRevoked.class);
                d.offsets = revoked(d.offsets, p.revokedRevision(), p.currentRevision());
                return "offsets approval of revision " + p.revokedRevision() + " revoked: " + p.reason();
            }
            default -> {
                return null;
            }
        }
    }

    private static PartApprovalState approved(PartApprovalState state, int revision, Integer inventoryRevision,
            String approval) {
        PartApprovalState s = state == null ? new PartApprovalState() : state;
        if (s.latestRevision != null && revision < s.latestRevision) {
            return s; // an approval of a revision already superseded changes nothing
        }
        s.latestRevision = revision;
        s.approvedRevision = revision;
        s.inventoryRevision = inventoryRevision;
        s.approval = approval;
        return s;
    }

    private static PartApprovalState revoked(PartApprovalState state, int revokedRevision, int currentRevision) {
        PartApprovalState s = state == null ? new PartApprovalState() : state;
        s.latestRevision = Math.max(s.latestRevision == null ? 0 : s.latestRevision, currentRevision);
        if (s.approvedRevision != null && s.approvedRevision <= revokedRevision) {
            s.approvedRevision = null;
            s.inventoryRevision = null;
            s.approval = null;
        }
        return s;
    }

    /** Withdraws a publication the approvals no longer support, and publishes when everything is in place. */
    Uni<Void> reconcile(Declaration d, String cause) {
        PublicationFacts facts = DeclarationService.facts(d);
        PublicationPolicy.Revisions ready = rules.ready(DeclarationService.parts(d), facts);
        return PublishedDeclaration.<PublishedDeclaration>find("declarationId = ?1 order by version desc", d.id).list()
                .chain(versions -> {
                    PublishedDeclaration current = versions.isEmpty() ? null : versions.get(0);
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    Uni<?> withdraw = Uni.createFrom().voidItem();
                    if (current != null && !current.withdrawn() && !matches(current, ready)) {
                        current.withdrawnAt = now;
                        current.withdrawReason = cause;
                        withdraw = outbox.append(EventType.DECLARATION_WITHDRAWN, d.tenant, d.id,
                                new DeclarationWithdrawn(d.id, current.version, cause, now));
                    }
                    if (ready == null || versions.stream().anyMatch(v -> matches(v, ready))) {
                        return withdraw.replaceWithVoid();
                    }
                    int version = current == null ? 1 : current.version + 1;
                    return withdraw.chain(() -> publish(d, facts, ready, version, now));
                });
    }

    private Uni<Void> publish(Declaration d, PublicationFacts facts, PublicationPolicy.Revisions revisions, int version,
            OffsetDateTime now) {
        Publication publication = Publication.of(d.id, version, now, facts,
                rules.evaluate(DeclarationService.parts(d), facts));
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
        LOG.infof("publishing declaration %s version %d (inventory %d, pathway %d, offsets %d)", d.id, version,
                revisions.inventory(), revisions.pathway(), revisions.offsets());
        return p.persist().chain(() -> outbox.append(EventType.DECLARATION_PUBLISHED, d.tenant, d.id,
                new DeclarationPublished(d.id, version, p.digest, p.inventoryRevision, p.pathwayRevision,
                        p.offsetsRevision, now, DeclarationService.publicPath(d.id)))).replaceWithVoid();
    }

    private static boolean matches(PublishedDeclaration p, PublicationPolicy.Revisions r) {
        return r != null && p.inventoryRevision == r.inventory() && p.pathwayRevision == r.pathway()
                && p.offsetsRevision == r.offsets();
    }

    /** Versions of a declaration, newest first. */
    public static Uni<List<PublishedDeclaration>> versions(UUID declarationId) {
        return PublishedDeclaration.find("declarationId = ?1 order by version desc", declarationId).list();
    }
}
