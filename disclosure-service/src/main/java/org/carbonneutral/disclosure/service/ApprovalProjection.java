package org.carbonneutral.disclosure.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.events.InventoryApprovalRevoked;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.OffsetsApprovalRevoked;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.PathwayApprovalRevoked;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.Declaration;
import org.carbonneutral.disclosure.PartApprovalState;
import org.hibernate.LockMode;
import org.jboss.logging.Logger;

/**
 * The parts' approvals as their events report them. Each approval or revocation updates the part's state on the
 * declaration row, locked for the transaction so events of the three parts, consumed concurrently, are applied one at
 * a time; then the publication follows the new state. Runs inside the idempotent consumer's transaction.
 */
@ApplicationScoped
public class ApprovalProjection {

    private static final Logger LOG = Logger.getLogger(ApprovalProjection.class);

    private final PublicationService publications;

    public ApprovalProjection(PublicationService publications) {
        this.publications = publications;
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
            return cause == null ? Uni.createFrom().voidItem() : publications.reconcile(d, cause);
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
}
