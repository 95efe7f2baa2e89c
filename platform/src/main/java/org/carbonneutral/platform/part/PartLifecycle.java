package org.carbonneutral.platform.part;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.platform.metrics.SuiteMetrics;
import org.carbonneutral.contracts.PartSubject;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.platform.http.IfMatch;
import org.carbonneutral.platform.outbox.Outbox;
import org.carbonneutral.platform.problem.ProblemAfterRollback;
import org.carbonneutral.platform.problem.ProblemException;
import org.hibernate.LockMode;

/**
 * The life of a part, the same for every kind: edit (a new revision; revokes a standing approval), submit (evaluate
 * the rules into findings), approve (four-eyes, the current revision, no blocking finding, every upstream approval
 * standing), revoke. Every state change and its event commit in one transaction, under the lock of the part's row.
 * What a kind of part is comes from its {@link PartDefinition}.
 */
public final class PartLifecycle<P extends PartEntity, C, I> {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    private final PartDefinition<P, C, I> part;
    private final Outbox outbox;
    private final Upstreams<P> upstreams;
    private final PartHistory history;

    public PartLifecycle(PartDefinition<P, C, I> definition, Outbox outbox) {
        this.part = definition;
        this.outbox = outbox;
        this.upstreams = new Upstreams<>(definition.name(), definition.upstreams(),
                (p, reason) -> revokeStanding(p, reason, null));
        this.history = new PartHistory(definition.name(), (tenant, id) -> find(id, LockMode.NONE)
                .map(found -> require(found, tenant, id)));
    }

    /** The part's revisions, the changes between them and every action on it. */
    public PartHistory history() {
        return history;
    }

    public PartDefinition<P, C, I> definition() {
        return part;
    }

    // ---------------------------------------------------------------- reading

    public Uni<PartView<C>> view(String tenant, UUID declarationId) {
        return Panache.withSession(() -> find(declarationId, LockMode.NONE)
                .map(found -> require(found, tenant, declarationId))
                .chain(p -> upstreams.rows(p.declarationId).map(rows -> toView(p, rows))));
    }

    /** Loads the current revision's evaluation input, as a submission would, and reads {@code reader} from it. */
    public <T> Uni<T> read(String tenant, UUID declarationId, BiFunction<P, I, T> reader) {
        return Panache.withSession(() -> find(declarationId, LockMode.NONE)
                .map(found -> require(found, tenant, declarationId))
                .chain(p -> upstreams.rows(p.declarationId).chain(rows -> load(p, rows)).map(input -> reader.apply(p, input))));
    }

    /** The approvals the part rests on, as they stand now. */
    public Uni<Basis> basis(String tenant, UUID declarationId) {
        return Panache.withSession(() -> find(declarationId, LockMode.NONE)
                .map(found -> require(found, tenant, declarationId))
                .chain(p -> upstreams.rows(p.declarationId)).map(upstreams::basis));
    }

    // ---------------------------------------------------------------- commands

    /** Replaces the content: the definition's edit check first, then a new revision. */
    public Uni<PartView<C>> edit(String tenant, String user, UUID declarationId, String ifMatch, C content) {
        return change(tenant, user, declarationId, ifMatch, "content replaced", p -> part.edit().apply(p, content)
                .invoke(() -> p.content = Json.write(content)));
    }

    /**
     * Applies {@code mutation} as a new revision by {@code user}, after the If-Match check, in one transaction; a
     * standing approval is revoked (its event in the same transaction). A {@link ProblemAfterRollback} is answered with
     * its problem. The revision, with its content and {@code cause}, goes into the part's history.
     */
    public Uni<PartView<C>> change(String tenant, String user, UUID declarationId, String ifMatch, String cause,
            Function<P, Uni<Void>> mutation) {
        return ProblemAfterRollback.resolve(Panache.withTransaction(() -> find(declarationId, LockMode.PESSIMISTIC_WRITE).chain(found -> {
            P p = require(found, tenant, declarationId);
            IfMatch.require(ifMatch, p.revision, part.name());
            return mutation.apply(p).replaceWith(p);
        }).chain(p -> {
            Integer approved = p.approvedRevision;
            p.revision++;
            p.lastEditedBy = user;
            p.updatedAt = now();
            p.findings = null;
            p.evaluatedRevision = null;
            Uni<Void> after = approved == null ? Uni.createFrom().voidItem()
                    : revokeApproval(p, approved, part.name() + " changed after approval (revision " + p.revision + ")", user);
            return PartTrail.revision(p, cause, user, p.updatedAt)
                    .chain(() -> PartTrail.record(outbox, part, p, PartTrail.Action.EDITED, user, p.updatedAt, cause))
                    .chain(() -> after).chain(() -> upstreams.rows(p.declarationId)).map(rows -> toView(p, rows));
        })));
    }

    public Uni<PartView<C>> submit(String tenant, String user, UUID declarationId) {
        return Panache.withTransaction(() -> find(declarationId, LockMode.PESSIMISTIC_WRITE).chain(found -> {
            P p = require(found, tenant, declarationId);
            return upstreams.rows(declarationId).chain(rows -> load(p, rows).chain(input -> {
                List<Finding> findings = part.findings().apply(input);
                p.findings = Json.write(findings);
                p.evaluatedRevision = p.revision;
                SuiteMetrics.findings(part.name(), findings);
                return PartTrail.record(outbox, part, p, PartTrail.Action.SUBMITTED, user, now(), findings.size() + " findings, "
                        + findings.stream().filter(Finding::blocking).count() + " blocking").map(x -> toView(p, rows));
            }));
        }));
    }

    /**
     * Approves {@code revision} for {@code user}; the view answered is made once the transaction has committed (reading
     * the content and findings again is no part of the approval, whose event waits for the commit to be relayed).
     */
    public Uni<PartView<C>> approve(String tenant, String user, UUID declarationId, int revision) {
        return ProblemAfterRollback.resolve(Panache.withTransaction(() -> find(declarationId, LockMode.PESSIMISTIC_WRITE).chain(found -> {
            P p = require(found, tenant, declarationId);
            if (revision != p.revision) {
                throw ProblemException.conflict("stale-revision", "revision " + revision + " is not the current "
                        + part.name() + " revision " + p.revision + "; review the current revision and approve it");
            }
            return upstreams.rows(declarationId).chain(rows -> {
                if (p.approvedRevision != null && p.approvedRevision == revision && Upstreams.approvalHolds(rows)) {
                    return Uni.createFrom().item(new Approved<>(p, rows));
                }
                if (p.lastEditedBy == null || p.lastEditedBy.equals(user)) {
                    throw ProblemException.forbidden(p.lastEditedBy == null
                            ? "nothing was entered in this " + part.name() + " yet"
                            : "four-eyes rule: " + user + " made the last change to this " + part.name()
                                    + " and cannot approve it; another approver must");
                }
                Basis basis = upstreams.basis(rows);
                basis.requireApprovable(part.name(), part.upstreams().stream().filter(Upstream::readByRules).toList());
                return part.load().load(p, content(p), basis).chain(input -> approveWith(p, user, input, basis, rows));
            });
        }))).map(approved -> toView(approved.part(), approved.rows()));
    }

    /** The approved part and the approvals it rests on, as the approval's transaction left them. */
    private record Approved<E>(E part, List<UpstreamApproval> rows) {
    }

    private Uni<Approved<P>> approveWith(P p, String user, I input, Basis basis, List<UpstreamApproval> rows) {
        List<Finding> findings = part.findings().apply(input);
        if (Finding.anyBlocking(findings)) {
            throw ProblemException.blockedByFindings("revision " + p.revision + " has blocking findings", findings);
        }
        basis.requireApprovable(part.name(), part.upstreams());
        OffsetDateTime at = now();
        p.findings = Json.write(findings);
        p.evaluatedRevision = p.revision;
        p.approvedRevision = p.revision;
        p.approvedBy = user;
        p.approvedAt = at;
        Upstreams.approvedAgainst(rows);
        Record event = part.approvedEvent().apply(input, new PartDefinition.Approval(p.declarationId, p.revision, user, at,
                findings, basis.revisions()));
        String against = basis.revisions().isEmpty() ? "" : "checked against " + String.join(", ", basis.revisions()
                .entrySet().stream().map(e -> e.getKey() + " revision " + e.getValue()).toList());
        // the approval's event before the trail's: a consumer (disclosure-service publishing) reads it first
        return part.approvalEffect().apply(p, input)
                .chain(() -> outbox.append(part.approvedType(), p.tenant, p.declarationId, event))
                .chain(() -> PartTrail.record(outbox, part, p, PartTrail.Action.APPROVED, user, at, against))
                .map(x -> new Approved<>(p, rows));
    }

    public Uni<PartView<C>> revoke(String tenant, String user, UUID declarationId, String reason) {
        return Panache.withTransaction(() -> find(declarationId, LockMode.PESSIMISTIC_WRITE).chain(found -> {
            P p = require(found, tenant, declarationId);
            if (p.approvedRevision == null) {
                throw ProblemException.conflict("not-approved", "the " + part.name() + " has no approval to revoke");
            }
            return revokeStanding(p, reason, user).chain(() -> upstreams.rows(declarationId)).map(rows -> toView(p, rows));
        }));
    }

    // ---------------------------------------------------------------- events

    /**
     * Routes the events every part consumes: {@code opening} opens the part with the declaration's subject; each
     * upstream's approvals and revocations keep the basis (and revoke an approval that no longer holds).
     */
    public EventRoutes.Builder routes(EventType opening) {
        EventRoutes.Builder routes = EventRoutes.builder().on(opening, PartSubject.class, this::open);
        upstreams.routes(routes, this::lockOrCreate);
        return routes;
    }

    /** The part exists from now on, with its subject, period and standard (applied once). */
    Uni<Void> open(CloudEvent event, PartSubject subject) {
        return update(event, p -> {
            if (!p.opened) {
                p.opened = true;
                p.subjectType = subject.subjectType();
                p.subjectName = subject.subjectName();
                p.periodStart = subject.periodStart();
                p.periodEnd = subject.periodEnd();
                p.claimStandard = subject.claimStandard();
                p.organisation = subject.organisation() == null ? null : Json.write(subject.organisation());
                p.updatedAt = now();
            }
        });
    }

    /** Applies {@code change} to the part of the event's declaration, locked (created first if the event comes first). */
    public Uni<Void> update(CloudEvent event, Consumer<P> change) {
        return lockOrCreate(event).invoke(change).replaceWithVoid();
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Revokes the standing approval of {@code p}, if any: a new revision (same content) by {@code actor}, null when the
     * suite revokes it on another part's event; its event in the same transaction.
     */
    private Uni<Void> revokeStanding(P p, String reason, String actor) {
        if (p.approvedRevision == null) {
            return Uni.createFrom().voidItem();
        }
        int previous = p.approvedRevision;
        p.revision++;
        p.updatedAt = now();
        return PartTrail.revision(p, "approval of revision " + previous + " revoked: " + reason, actor, p.updatedAt)
                .chain(() -> revokeApproval(p, previous, reason, actor));
    }

    private Uni<Void> revokeApproval(P p, int revokedRevision, String reason, String actor) {
        OffsetDateTime at = now();
        p.approvedRevision = null;
        p.approvedBy = null;
        p.approvedAt = null;
        return PartTrail.record(outbox, part, p, PartTrail.Action.APPROVAL_REVOKED, actor, at, "revision " + revokedRevision + ": " + reason)
                .chain(() -> upstreams.rows(p.declarationId)).invoke(Upstreams::notApproved)
                .chain(() -> outbox.append(part.revokedType(), p.tenant, p.declarationId,
                        part.revokedEvent().of(p.declarationId, revokedRevision, p.revision, reason, at)))
                .replaceWithVoid();
    }

    private Uni<I> load(P p, List<UpstreamApproval> rows) {
        return part.load().load(p, content(p), upstreams.basis(rows));
    }

    private Uni<P> find(UUID declarationId, LockMode lock) {
        return Panache.getSession().chain(s -> s.find(part.entityType(), declarationId, lock));
    }

    /** The part of the event's declaration, locked; created (not yet opened) when the event comes first. */
    private Uni<P> lockOrCreate(CloudEvent event) {
        UUID id = event.declarationId();
        return find(id, LockMode.PESSIMISTIC_WRITE).chain(found -> {
            if (found != null) {
                if (!found.tenant.equals(event.tenant())) {
                    throw new IllegalArgumentException("event " + event.id() + " names tenant " + event.tenant()
                            + " but declaration " + id + " belongs to another tenant");
                }
                return Uni.createFrom().item(found);
            }
            P p = part.newEntity().get();
            p.declarationId = id;
            p.tenant = event.tenant();
            p.revision = 0;
            p.updatedAt = now();
            return p.persist().replaceWith(p);
        });
    }

    private P require(P p, String tenant, UUID declarationId) {
        if (p == null || !p.tenant.equals(tenant) || !p.opened) {
            throw ProblemException.notFound("the " + part.name() + " of declaration " + declarationId);
        }
        return p;
    }

    private C content(P p) {
        return p.content == null ? null : Json.read(p.content, part.contentType());
    }

    private PartView<C> toView(P p, List<UpstreamApproval> rows) {
        PartStatus status = p.approvedRevision != null && p.approvedRevision == p.revision ? PartStatus.APPROVED
                : p.evaluatedRevision != null && p.evaluatedRevision == p.revision ? PartStatus.SUBMITTED
                : PartStatus.DRAFT;
        List<Finding> findings = p.findings == null ? List.of() : Json.read(p.findings, FINDINGS);
        PartView.Approval approval = p.approvedRevision == null ? null
                : new PartView.Approval(p.approvedRevision, p.approvedBy, p.approvedAt, Upstreams.approvedAgainst(part.upstreams(), rows));
        return new PartView<>(p.declarationId, p.revision, status, p.subjectType, p.subjectName, p.periodStart,
                p.periodEnd, p.claimStandard, content(p), p.lastEditedBy, p.updatedAt, findings, approval,
                upstreams.basis(rows).revisions());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
