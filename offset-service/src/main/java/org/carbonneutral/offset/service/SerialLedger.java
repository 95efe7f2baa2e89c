package org.carbonneutral.offset.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.offset.domain.Credit;
import org.carbonneutral.platform.problem.ProblemAfterRollback;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * The suite-wide ledger of claimed serial blocks. A draft holds nothing:
 * the blocks of approved credits are held from the approval on, in the approval's transaction, replacing what the
 * declaration held unpublished; the database's exclusion constraint refuses any block that shares a serial with
 * another declaration's block (any tenant), so of concurrent approvals of overlapping blocks exactly one wins, and
 * {@link #conflict} turns the refusal into a 409 naming the conflicting block. A block claimed by a published version
 * is held by it for good (the database refuses to delete it), also after a withdrawal (OFF-2 (d)).
 * Needs an active Hibernate Reactive session.
 */
@Singleton
public class SerialLedger {

    /** The overlap check, served by the exclusion constraint's GiST index. */
    public static final String OVERLAP = "select registry, batch_key, serial_start, serial_end, tenant, declaration_id, "
            + "published_version from retired_block where registry = ?1 and batch_key = ?2 "
            + "and block && int8range(?3, ?4, '[]') and declaration_id <> ?5 limit 1";
    public static final String INSERT = "insert into retired_block (registry, batch_key, serial_start, serial_end, "
            + "serial_number, tenant, declaration_id, retired_on, beneficiary, offsets_revision) "
            + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
    private static final String RELEASE = "delete from retired_block where declaration_id = ?1 and published_version is null";
    private static final String PUBLISHED = "update retired_block set published_version = ?3 where declaration_id = ?1 "
            + "and offsets_revision = ?2 and published_version is null";
    private static final String EXCLUSION_VIOLATION = "23P01";

    /**
     * Holds the blocks of {@code credits} for {@code revision} of the declaration's credits, replacing the blocks it
     * held unpublished; fails with a {@link BlockConflict} when one is another declaration's.
     */
    public Uni<Void> hold(String tenant, UUID declarationId, int revision, List<Credit> credits) {
        return Panache.getSession().chain(s -> s.createNativeQuery(RELEASE).setParameter(1, declarationId).executeUpdate()
                .chain(x -> Multi.createFrom().iterable(credits)
                        .onItem().transformToUniAndConcatenate(c -> s.createNativeQuery(INSERT)
                                .setParameter(1, c.block().registry().name()).setParameter(2, c.block().batchKey())
                                .setParameter(3, c.block().start()).setParameter(4, c.block().end())
                                .setParameter(5, c.retirement().serialNumber()).setParameter(6, tenant)
                                .setParameter(7, declarationId).setParameter(8, c.retirement().retiredOn())
                                .setParameter(9, c.retirement().beneficiary()).setParameter(10, revision).executeUpdate()
                                .onFailure(SerialLedger::isExclusionViolation)
                                .transform(e -> new BlockConflict(tenant, declarationId, c, e)))
                        .collect().last().replaceWithVoid()));
    }

    /** Frees what the declaration holds unpublished; answers how many blocks. Published blocks stay held. */
    public Uni<Integer> release(UUID declarationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(RELEASE).setParameter(1, declarationId).executeUpdate());
    }

    /** The blocks of {@code offsetsRevision} are claimed by published {@code version} from now on, for good. */
    public Uni<Integer> published(UUID declarationId, int offsetsRevision, int version) {
        return Panache.getSession().chain(s -> s.createNativeQuery(PUBLISHED).setParameter(1, declarationId)
                .setParameter(2, offsetsRevision).setParameter(3, version).executeUpdate());
    }

    /**
     * A 409 for the first of {@code credits} whose block another declaration holds already (read only: an edit holds
     * nothing, it only learns early what its approval would be refused for).
     */
    public Uni<Void> requireFree(String tenant, UUID declarationId, List<Credit> credits) {
        return Panache.getSession().chain(s -> Multi.createFrom().iterable(credits)
                .onItem().transformToUniAndConcatenate(c -> overlap(s, c, declarationId)
                        .map(rows -> rows.isEmpty() ? null : conflictWith(tenant, declarationId, c, rows)))
                .filter(java.util.Objects::nonNull).collect().first()
                .invoke(problem -> {
                    if (problem != null) {
                        throw problem;
                    }
                }).replaceWithVoid());
    }

    private static Uni<List<Object[]>> overlap(org.hibernate.reactive.mutiny.Mutiny.Session s, Credit c, UUID declarationId) {
        return s.createNativeQuery(OVERLAP, Object[].class)
                .setParameter(1, c.block().registry().name()).setParameter(2, c.block().batchKey())
                .setParameter(3, c.block().start()).setParameter(4, c.block().end()).setParameter(5, declarationId)
                .getResultList();
    }

    static UUID uuid(Object o) {
        return o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    private static boolean isExclusionViolation(Throwable e) {
        return sqlState(e) != null && EXCLUSION_VIOLATION.equals(sqlState(e));
    }

    /** The edit failed on the exclusion constraint: the claim of {@code credit} overlaps a committed block. */
    public final class BlockConflict extends ProblemAfterRollback {

        private final transient Credit credit;
        private final String tenant;
        private final UUID declarationId;

        BlockConflict(String tenant, UUID declarationId, Credit credit, Throwable cause) {
            super("block " + credit.block().describe() + " overlaps a claimed block", cause);
            this.credit = credit;
            this.tenant = tenant;
            this.declarationId = declarationId;
        }

        public Credit credit() {
            return credit;
        }

        @Override
        public Uni<ProblemException> problem() {
            return conflict(tenant, declarationId, this);
        }
    }

    /**
     * The 409 for a {@link BlockConflict}, naming the committed block it overlaps (read after the failed transaction,
     * in a session of its own) and, when it is the same tenant's, its declaration.
     */
    public Uni<ProblemException> conflict(String tenant, UUID declarationId, BlockConflict conflict) {
        Credit c = conflict.credit();
        return Panache.withSession(() -> Panache.getSession().chain(s -> overlap(s, c, declarationId)))
                .map(rows -> conflictWith(tenant, declarationId, c, rows));
    }

    private static ProblemException conflictWith(String tenant, UUID declarationId, Credit c, List<Object[]> rows) {
        String existing = "a block";
        String owner = "another declaration";
        if (!rows.isEmpty()) {
            Object[] r = rows.get(0);
            existing = r[0] + " " + r[1] + " " + r[2] + ".." + r[3];
            owner = (tenant.equals(r[4]) ? "declaration " + r[5] : "a declaration of another organisation")
                    + (r[6] == null ? " (approved)" : " (published, version " + r[6] + "; held for good)");
        }
        return ProblemException.conflict("serial-already-claimed", c.field("serialNumber") + ": block "
                + c.block().describe() + " (" + c.retirement().serialNumber() + ") overlaps " + existing
                + ", already claimed by " + owner + " (OFF-2): a credit is retired for one claim only");
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg) {
                return pg.getSqlState();
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
