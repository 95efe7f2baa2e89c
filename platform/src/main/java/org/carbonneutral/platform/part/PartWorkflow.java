package org.carbonneutral.platform.part;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.events.DeclarationOpened;
import org.carbonneutral.contracts.events.InventoryApprovalRevoked;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.platform.outbox.Outbox;
import org.carbonneutral.platform.problem.ProblemException;
import org.hibernate.LockMode;
import org.jboss.logging.Logger;

/**
 * The life of a part, the same in inventory, pathway and offsets: edit (a new revision; revokes a standing approval),
 * submit (evaluate the rules into findings), approve (four-eyes, no blocking finding, the current revision, and for
 * dependent parts an approved inventory), revoke. Every state change and its event commit in one transaction.
 *
 * @param <P> the service's part entity
 * @param <C> the part's content, as the API accepts it
 */
public abstract class PartWorkflow<P extends PartEntity, C> {

    private static final Logger LOG = Logger.getLogger(PartWorkflow.class);
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    protected final Outbox outbox;
    private final Class<P> entityType;
    private final Class<C> contentType;

    protected PartWorkflow(Outbox outbox, Class<P> entityType, Class<C> contentType) {
        this.outbox = outbox;
        this.entityType = entityType;
        this.contentType = contentType;
    }

    /** "inventory", "pathway" or "offsets": used in messages. */
    protected abstract String partName();

    /** Whether approval needs an approved inventory (pathway and offsets do). */
    protected abstract boolean dependsOnInventory();

    protected abstract P newEntity();

    /** Checks beyond bean validation that make the input itself wrong (400), e.g. a date order. */
    protected abstract void validate(P part, C content);

    /** Evaluates the part's rules. {@code content} is null when nothing was entered yet. */
    protected abstract List<Finding> evaluate(P part, C content, InventorySnapshot inventory);

    /** A service's last condition on an approval beyond its rules (throws a problem when it does not hold). */
    protected void beforeApproval(P part) {
    }

    protected abstract EventType approvedType();

    protected abstract EventType revokedType();

    /** The approval event payload; {@code digest} is the SHA-256 of {@code snapshot}. */
    protected abstract Uni<Record> approvedEvent(P part, C content, InventorySnapshot inventory, List<Finding> findings,
            OffsetDateTime at);

    protected abstract Record revokedEvent(P part, int revokedRevision, String reason, OffsetDateTime at);

    // ---------------------------------------------------------------- commands

    public Uni<PartView<C>> view(String tenant, UUID declarationId) {
        return Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.find(entityType, declarationId))
                .map(p -> toView(require(p, tenant, declarationId))));
    }

    /** Reads the current revision, completed by {@link #enrich}, and turns it into {@code T} within one session. */
    protected <T> Uni<T> readEnriched(String tenant, UUID declarationId, java.util.function.BiFunction<P, C, T> reader) {
        return Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.find(entityType, declarationId))
                .chain(found -> {
                    P part = require(found, tenant, declarationId);
                    return enrich(part, content(part)).map(content -> reader.apply(part, content));
                }));
    }

    public Uni<PartView<C>> edit(String tenant, String user, UUID declarationId, String ifMatch, C content) {
        return change(tenant, user, declarationId, ifMatch, part -> {
            validate(part, content);
            part.content = Json.write(content);
        }, part -> contentChanged(part, content));
    }

    /**
     * Runs in the edit's transaction after the new content is set, before the revision is counted: a service stores
     * what the content implies beside it (e.g. the serial blocks it claims), or fails the edit with a problem.
     */
    protected Uni<Void> contentChanged(P part, C content) {
        return Uni.createFrom().voidItem();
    }

    /**
     * Applies {@code mutation} as a new revision by {@code user}, after the If-Match check, in one transaction; a
     * standing approval is revoked (its event in the same transaction).
     */
    protected Uni<PartView<C>> change(String tenant, String user, UUID declarationId, String ifMatch,
            java.util.function.Consumer<P> mutation) {
        return change(tenant, user, declarationId, ifMatch, mutation, part -> Uni.createFrom().voidItem());
    }

    private Uni<PartView<C>> change(String tenant, String user, UUID declarationId, String ifMatch,
            java.util.function.Consumer<P> mutation, java.util.function.Function<P, Uni<Void>> then) {
        return Panache.withTransaction(() -> lock(declarationId).chain(found -> {
            P part = require(found, tenant, declarationId);
            checkIfMatch(ifMatch, part);
            mutation.accept(part);
            return then.apply(part).replaceWith(part);
        }).chain(part -> {
            boolean wasApproved = part.approvedRevision != null;
            int previous = part.revision;
            part.revision++;
            part.lastEditedBy = user;
            part.updatedAt = now();
            part.findings = null;
            part.evaluatedRevision = null;
            Uni<?> after = wasApproved
                    ? revokeApproval(part, previous, partName() + " changed after approval (revision " + part.revision + ")")
                    : Uni.createFrom().voidItem();
            return after.map(x -> toView(part));
        }));
    }

    /** Completes the content with what is stored beside it (e.g. uploaded activity data) before rules and snapshots. */
    protected Uni<C> enrich(P part, C content) {
        return Uni.createFrom().item(content);
    }

    public Uni<PartView<C>> submit(String tenant, UUID declarationId) {
        return Panache.withTransaction(() -> lock(declarationId).chain(found -> {
            P part = require(found, tenant, declarationId);
            return enrich(part, content(part)).map(content -> {
                List<Finding> findings = evaluate(part, content, basis(part));
                part.findings = Json.write(findings);
                part.evaluatedRevision = part.revision;
                return toView(part);
            });
        }));
    }

    public Uni<PartView<C>> approve(String tenant, String user, UUID declarationId, int revision) {
        return Panache.withTransaction(() -> lock(declarationId).chain(found -> {
            P part = require(found, tenant, declarationId);
            if (revision != part.revision) {
                throw ProblemException.conflict("stale-revision", "revision " + revision + " is not the current "
                        + partName() + " revision " + part.revision + "; review the current revision and approve it");
            }
            if (part.approvedRevision != null && part.approvedRevision == revision
                    && java.util.Objects.equals(part.approvedInventoryRevision, part.basisRevision)) {
                return Uni.createFrom().item(toView(part));
            }
            if (part.lastEditedBy == null || part.lastEditedBy.equals(user)) {
                throw ProblemException.forbidden(part.lastEditedBy == null
                        ? "nothing was entered in this " + partName() + " yet"
                        : "four-eyes rule: " + user + " made the last change to this " + partName()
                                + " and cannot approve it; another approver must");
            }
            if (dependsOnInventory() && part.basisRevision == null) {
                throw ProblemException.conflict("no-approved-inventory", "the " + partName()
                        + " is checked against an approved inventory, and this declaration has none right now");
            }
            return enrich(part, content(part)).chain(content -> approveEnriched(part, user, revision, content));
        }));
    }

    private Uni<PartView<C>> approveEnriched(P part, String user, int revision, C content) {
        InventorySnapshot inventory = basis(part);
        List<Finding> findings = evaluate(part, content, inventory);
        if (Finding.anyBlocking(findings)) {
            throw ProblemException.blockedByFindings("revision " + revision + " has blocking findings", findings);
        }
        beforeApproval(part);
        OffsetDateTime at = now();
        part.findings = Json.write(findings);
        part.evaluatedRevision = part.revision;
        part.approvedRevision = part.revision;
        part.approvedInventoryRevision = dependsOnInventory() ? part.basisRevision : null;
        part.approvedBy = user;
        part.approvedAt = at;
        return approvedEvent(part, content, inventory, findings, at)
                .chain(event -> outbox.append(approvedType(), part.tenant, part.declarationId, event))
                .map(e -> toView(part));
    }

    public Uni<PartView<C>> revoke(String tenant, UUID declarationId, String reason) {
        return Panache.withTransaction(() -> lock(declarationId).chain(found -> {
            P part = require(found, tenant, declarationId);
            if (part.approvedRevision == null) {
                throw ProblemException.conflict("not-approved", "the " + partName() + " has no approval to revoke");
            }
            return revokeStanding(part, reason).map(x -> toView(part));
        }));
    }

    // ---------------------------------------------------------------- events

    /** Applies {@code DeclarationOpened}: the part exists from now on, with its subject, period and standard. */
    public Uni<Void> onDeclarationOpened(CloudEvent event) {
        DeclarationOpened opened = Events.payload(event, DeclarationOpened.class);
        return lockOrCreate(event).map(part -> {
            if (!part.opened) {
                part.opened = true;
                part.subjectType = opened.subjectType();
                part.subjectName = opened.subjectName();
                part.periodStart = opened.periodStart();
                part.periodEnd = opened.periodEnd();
                part.claimStandard = opened.claimStandard();
                part.updatedAt = now();
            }
            return null;
        });
    }

    /** A newer approved inventory becomes the basis; an approval against an older one no longer holds. */
    public Uni<Void> onInventoryApproved(CloudEvent event) {
        InventoryApproved approved = Events.payload(event, InventoryApproved.class);
        return lockOrCreate(event).chain(part -> {
            if (part.basisSeenRevision != null && approved.revision() < part.basisSeenRevision) {
                LOG.debugf("ignoring inventory revision %d of %s: revision %d already seen", approved.revision(),
                        part.declarationId, part.basisSeenRevision);
                return Uni.createFrom().voidItem();
            }
            part.basisRevision = approved.revision();
            part.basisSeenRevision = approved.revision();
            part.basisSnapshot = Json.write(approved.snapshot());
            if (part.approvedRevision != null && !java.util.Objects.equals(part.approvedInventoryRevision,
                    approved.revision())) {
                return revokeStanding(part, "inventory revision " + approved.revision()
                        + " was approved; this approval was checked against revision " + part.approvedInventoryRevision);
            }
            return Uni.createFrom().voidItem();
        });
    }

    /** The inventory approval this part rests on was revoked: the basis is gone, and so is an approval against it. */
    public Uni<Void> onInventoryApprovalRevoked(CloudEvent event) {
        InventoryApprovalRevoked revoked = Events.payload(event, InventoryApprovalRevoked.class);
        return lockOrCreate(event).chain(part -> {
            part.basisSeenRevision = Math.max(part.basisSeenRevision == null ? 0 : part.basisSeenRevision,
                    revoked.currentRevision());
            if (part.basisRevision != null && part.basisRevision <= revoked.revokedRevision()) {
                part.basisRevision = null;
                part.basisSnapshot = null;
            }
            if (part.approvedRevision != null && part.approvedInventoryRevision != null
                    && part.approvedInventoryRevision <= revoked.revokedRevision()) {
                return revokeStanding(part, "the approval of inventory revision " + revoked.revokedRevision()
                        + " was revoked: " + revoked.reason());
            }
            return Uni.createFrom().voidItem();
        });
    }

    // ---------------------------------------------------------------- helpers

    /** Revokes the standing approval of {@code part} (a new revision; its event in the same transaction). */
    protected Uni<Void> revokeStanding(P part, String reason) {
        if (part.approvedRevision == null) {
            return Uni.createFrom().voidItem();
        }
        int previous = part.approvedRevision;
        part.revision++;
        part.updatedAt = now();
        return revokeApproval(part, previous, reason).replaceWithVoid();
    }

    private Uni<?> revokeApproval(P part, int revokedRevision, String reason) {
        OffsetDateTime at = now();
        part.approvedRevision = null;
        part.approvedInventoryRevision = null;
        part.approvedBy = null;
        part.approvedAt = null;
        return outbox.append(revokedType(), part.tenant, part.declarationId, revokedEvent(part, revokedRevision, reason, at));
    }

    private Uni<P> lock(UUID declarationId) {
        return Panache.getSession().chain(s -> s.find(entityType, declarationId, LockMode.PESSIMISTIC_WRITE));
    }

    /** The part of the event's declaration, locked; created (not yet opened) when the event comes first. */
    protected Uni<P> lockOrCreate(CloudEvent event) {
        UUID id = event.declarationId();
        return lock(id).chain(found -> {
            if (found != null) {
                if (!found.tenant.equals(event.tenant())) {
                    throw new IllegalArgumentException("event " + event.id() + " names tenant " + event.tenant()
                            + " but declaration " + id + " belongs to another tenant");
                }
                return Uni.createFrom().item(found);
            }
            P part = newEntity();
            part.declarationId = id;
            part.tenant = event.tenant();
            part.revision = 0;
            part.updatedAt = now();
            return part.persist().replaceWith(part);
        });
    }

    private P require(P part, String tenant, UUID declarationId) {
        if (part == null || !part.tenant.equals(tenant) || !part.opened) {
            throw ProblemException.notFound("the " + partName() + " of declaration " + declarationId);
        }
        return part;
    }

    private static void checkIfMatch(String ifMatch, PartEntity part) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("send If-Match with the current revision (ETag \""
                    + part.revision + "\") so that no one else's change is overwritten");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (!tag.equals("*") && !tag.equals(String.valueOf(part.revision))) {
            throw ProblemException.preconditionFailed("If-Match " + ifMatch + " does not match the current revision \""
                    + part.revision + "\"; someone changed it: reload and reapply");
        }
    }

    protected C content(P part) {
        return part.content == null ? null : Json.read(part.content, contentType);
    }

    protected InventorySnapshot basis(P part) {
        return part.basisSnapshot == null ? null : Json.read(part.basisSnapshot, InventorySnapshot.class);
    }

    public PartView<C> toView(P part) {
        PartStatus status = part.approvedRevision != null && part.approvedRevision == part.revision ? PartStatus.APPROVED
                : part.evaluatedRevision != null && part.evaluatedRevision == part.revision ? PartStatus.SUBMITTED
                : PartStatus.DRAFT;
        List<Finding> findings = part.findings == null ? List.of() : readFindings(part.findings);
        PartView.Approval approval = part.approvedRevision == null ? null
                : new PartView.Approval(part.approvedRevision, part.approvedInventoryRevision, part.approvedBy,
                        part.approvedAt);
        return new PartView<>(part.declarationId, part.revision, status, part.subjectType, part.subjectName,
                part.periodStart, part.periodEnd, part.claimStandard, content(part), part.lastEditedBy, part.updatedAt,
                findings, approval, dependsOnInventory() ? part.basisRevision : null);
    }

    private static List<Finding> readFindings(String json) {
        try {
            return Json.mapper().readValue(json, FINDINGS);
        } catch (Exception e) {
            throw new IllegalStateException("stored findings unreadable", e);
        }
    }

    protected static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    protected static String digest(Object snapshot) {
        return Json.sha256(snapshot);
    }
}
