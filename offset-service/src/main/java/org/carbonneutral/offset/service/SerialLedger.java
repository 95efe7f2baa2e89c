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
 * The suite-wide ledger of claimed serial blocks. A declaration's claim is replaced as a whole in the caller's
 * transaction; the database's exclusion constraint refuses any block that shares a
 * serial with another declaration's block (any tenant); {@link #conflict} turns the refusal into a 409 naming the
 * conflicting block.
 * Needs an active Hibernate Reactive session.
 */
@Singleton
public class SerialLedger {

    /** The overlap check, served by the exclusion constraint's GiST index. */
    public static final String OVERLAP = "select registry, batch_key, serial_start, serial_end, tenant, declaration_id "
            + "from retired_block where registry = ?1 and batch_key = ?2 and block && int8range(?3, ?4, '[]') limit 1";
    public static final String INSERT = "insert into retired_block (registry, batch_key, serial_start, serial_end, "
            + "serial_number, tenant, declaration_id, retired_on, beneficiary) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
    private static final String EXCLUSION_VIOLATION = "23P01";

    /** Replaces the blocks {@code declarationId} claims with those of {@code credits}. */
    public Uni<Void> claim(String tenant, UUID declarationId, List<Credit> credits) {
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from retired_block where declaration_id = ?1")
                .setParameter(1, declarationId).executeUpdate()
                .chain(x -> Multi.createFrom().iterable(credits)
                        .onItem().transformToUniAndConcatenate(c -> s.createNativeQuery(INSERT)
                                .setParameter(1, c.block().registry().name()).setParameter(2, c.block().batchKey())
                                .setParameter(3, c.block().start()).setParameter(4, c.block().end())
                                .setParameter(5, c.retirement().serialNumber()).setParameter(6, tenant)
                                .setParameter(7, declarationId).setParameter(8, c.retirement().retiredOn())
                                .setParameter(9, c.retirement().beneficiary()).executeUpdate()
                                .onFailure(SerialLedger::isExclusionViolation)
                                .transform(e -> new BlockConflict(tenant, declarationId, c, e)))
                        .collect().last().replaceWithVoid()));
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
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(OVERLAP, Object[].class)
                .setParameter(1, c.block().registry().name()).setParameter(2, c.block().batchKey())
                .setParameter(3, c.block().start()).setParameter(4, c.block().end()).getResultList()))
                .map(rows -> {
                    String existing = "a block";
                    String owner = "another declaration";
                    if (!rows.isEmpty()) {
                        Object[] r = rows.get(0);
                        existing = r[0] + " " + r[1] + " " + r[2] + ".." + r[3];
                        owner = tenant.equals(r[4]) ? (declarationId.equals(uuid(r[5])) ? "this declaration"
                                : "declaration " + r[5]) : "a declaration of another organisation";
                    }
                    return ProblemException.conflict("serial-already-claimed", c.field("serialNumber") + ": block "
                            + c.block().describe() + " (" + c.retirement().serialNumber() + ") overlaps " + existing
                            + ", already claimed by " + owner + " (OFF-2): a credit is retired for one claim only");
                });
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
