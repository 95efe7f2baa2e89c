package org.carbonneutral.disclosure.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.PartApproval;
import org.carbonneutral.contracts.PartApprovalRevocation;
import org.carbonneutral.contracts.Parts;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.Declaration;
import org.carbonneutral.disclosure.PartApprovalState;
import org.carbonneutral.disclosure.domain.WebhookEventType;
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
    private final WebhookDeliveries webhooks;

    public ApprovalProjection(PublicationService publications, WebhookDeliveries webhooks) {
        this.publications = publications;
        this.webhooks = webhooks;
    }

    /** An approval of {@code part}: it is the part's approved revision now, unless a later revision was seen. */
    public Uni<Void> approved(CloudEvent event, String part, PartApproval approval) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("declarationId", approval.declarationId());
        data.put("part", part);
        data.put("revision", approval.revision());
        data.put("checkedAgainst", approval.checkedAgainst());
        data.put("approvedBy", text(event, "approvedBy"));
        data.put("approvedAt", text(event, "approvedAt"));
        return onDeclaration(event, WebhookEventType.PART_APPROVED, data, d -> {
            state(d, part, approved(state(d, part), approval.revision(), approval.checkedAgainst().get(Parts.INVENTORY),
                    Json.write(approval)));
            return part + " revision " + approval.revision() + " approved";
        });
    }

    /** A revocation of {@code part}'s approval: an approval of that revision or earlier no longer stands. */
    public Uni<Void> revoked(CloudEvent event, String part, PartApprovalRevocation revocation) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("declarationId", revocation.declarationId());
        data.put("part", part);
        data.put("revokedRevision", revocation.revokedRevision());
        data.put("currentRevision", revocation.currentRevision());
        data.put("reason", revocation.reason());
        return onDeclaration(event, WebhookEventType.PART_APPROVAL_REVOKED, data, d -> {
            state(d, part, revoked(state(d, part), revocation.revokedRevision(), revocation.currentRevision()));
            return part + " approval of revision " + revocation.revokedRevision() + " revoked: " + revocation.reason();
        });
    }

    /**
     * Applies {@code change} to the event's declaration, locked, writes the webhook deliveries that report it, then lets
     * the publication follow the change.
     */
    private Uni<Void> onDeclaration(CloudEvent event, WebhookEventType webhook, Map<String, Object> data,
            Function<Declaration, String> change) {
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
            String cause = change.apply(d);
            return webhooks.enqueue(d.tenant, webhook, event.id(), event.time() == null
                    ? OffsetDateTime.now(ZoneOffset.UTC) : event.time(), data)
                    .chain(() -> publications.reconcile(d, cause));
        });
    }

    /** A text field of the event's data, or null. */
    private static String text(CloudEvent event, String field) {
        return event.data() == null || !event.data().hasNonNull(field) ? null : event.data().get(field).asText();
    }

    private static PartApprovalState state(Declaration d, String part) {
        return switch (part) {
            case Parts.INVENTORY -> d.inventory;
            case Parts.PATHWAY -> d.pathway;
            case Parts.OFFSETS -> d.offsets;
            default -> throw new IllegalArgumentException("no part " + part);
        };
    }

    private static void state(Declaration d, String part, PartApprovalState state) {
        switch (part) {
            case Parts.INVENTORY -> d.inventory = state;
            case Parts.PATHWAY -> d.pathway = state;
            case Parts.OFFSETS -> d.offsets = state;
            default -> throw new IllegalArgumentException("no part " + part);
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
