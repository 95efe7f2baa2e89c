package org.carbonneutral.platform.part;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.PartApproval;
import org.carbonneutral.contracts.PartApprovalRevocation;
import org.carbonneutral.contracts.json.Json;
import org.jboss.logging.Logger;

/**
 * "Rests on an approved upstream part": keeps, per declaration and upstream, the upstream's standing approval (from its
 * approval and revocation events) and what this part's own approval was checked against, and revokes this part's
 * approval when what it rests on falls or is superseded. Runs under the lock of the part's row.
 */
final class Upstreams<P extends PartEntity> {

    private static final Logger LOG = Logger.getLogger(Upstreams.class);

    private final String part;
    private final List<Upstream> definitions;
    private final BiFunction<P, String, Uni<Void>> revokeStanding;

    Upstreams(String part, List<Upstream> definitions, BiFunction<P, String, Uni<Void>> revokeStanding) {
        this.part = part;
        this.definitions = List.copyOf(definitions);
        this.revokeStanding = revokeStanding;
    }

    Uni<List<UpstreamApproval>> rows(UUID declarationId) {
        if (definitions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from UpstreamApproval where declarationId = ?1", UpstreamApproval.class)
                .setParameter(1, declarationId).getResultList());
    }

    Basis basis(List<UpstreamApproval> rows) {
        return definitions.isEmpty() ? Basis.NONE : Basis.of(definitions, rows);
    }

    /** Whether the standing approval was checked against every upstream approval standing now. */
    static boolean approvalHolds(List<UpstreamApproval> rows) {
        return rows.stream().allMatch(r -> Objects.equals(r.approvedAgainst, r.revision));
    }

    /** The part is approved now, against each upstream's standing revision. */
    static void approvedAgainst(List<UpstreamApproval> rows) {
        rows.forEach(r -> r.approvedAgainst = r.revision);
    }

    /** The part's approval is gone: it rests on nothing. */
    static void notApproved(List<UpstreamApproval> rows) {
        rows.forEach(r -> r.approvedAgainst = null);
    }

    static Map<String, Integer> approvedAgainst(List<Upstream> definitions, List<UpstreamApproval> rows) {
        Map<String, Integer> against = new LinkedHashMap<>();
        for (Upstream u : definitions) {
            against.put(u.name(), rows.stream().filter(r -> r.upstream.equals(u.name())).map(r -> r.approvedAgainst)
                    .filter(Objects::nonNull).findFirst().orElse(null));
        }
        return against;
    }

    void routes(EventRoutes.Builder routes, Function<CloudEvent, Uni<P>> lockOrCreate) {
        for (Upstream u : definitions) {
            routes.on(u.approved(), PartApproval.class, (event, approval) -> lockOrCreate.apply(event)
                    .chain(p -> row(p, u).chain(row -> approved(p, u, row, approval))));
            routes.on(u.revoked(), PartApprovalRevocation.class, (event, revocation) -> lockOrCreate.apply(event)
                    .chain(p -> row(p, u).chain(row -> revoked(p, u, row, revocation))));
        }
    }

    /** A newer approval of the upstream becomes the basis; an approval of this part against an older one no longer holds. */
    private Uni<Void> approved(P p, Upstream u, UpstreamApproval row, PartApproval approval) {
        if (row.seenRevision != null && approval.revision() < row.seenRevision) {
            LOG.debugf("ignoring %s revision %d of %s: revision %d already seen", u.name(), approval.revision(),
                    p.declarationId, row.seenRevision);
            return Uni.createFrom().voidItem();
        }
        row.revision = approval.revision();
        row.seenRevision = approval.revision();
        row.snapshot = Json.write(approval.snapshot());
        row.checkedAgainst = Json.write(approval.checkedAgainst());
        if (p.approvedRevision != null && !Objects.equals(row.approvedAgainst, approval.revision())) {
            return revokeStanding.apply(p, u.name() + " revision " + approval.revision() + " was approved; this "
                    + part + " approval was checked against revision " + row.approvedAgainst);
        }
        return Uni.createFrom().voidItem();
    }

    /** The upstream approval this part rests on was revoked: the basis is gone, and so is an approval against it. */
    private Uni<Void> revoked(P p, Upstream u, UpstreamApproval row, PartApprovalRevocation revocation) {
        row.seenRevision = Math.max(row.seenRevision == null ? 0 : row.seenRevision, revocation.currentRevision());
        if (row.revision != null && row.revision <= revocation.revokedRevision()) {
            row.revision = null;
            row.snapshot = null;
            row.checkedAgainst = null;
        }
        if (p.approvedRevision != null && row.approvedAgainst != null && row.approvedAgainst <= revocation.revokedRevision()) {
            return revokeStanding.apply(p, "the approval of " + u.name() + " revision " + revocation.revokedRevision()
                    + " it was checked against was revoked: " + revocation.reason());
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<UpstreamApproval> row(P p, Upstream u) {
        return Panache.getSession().chain(s -> s.find(UpstreamApproval.class, new UpstreamApproval.Key(p.declarationId, u.name()))
                .chain(found -> {
                    if (found != null) {
                        return Uni.createFrom().item(found);
                    }
                    UpstreamApproval row = new UpstreamApproval();
                    row.declarationId = p.declarationId;
                    row.upstream = u.name();
                    row.tenant = p.tenant;
                    return s.persist(row).replaceWith(row);
                }));
    }
}
