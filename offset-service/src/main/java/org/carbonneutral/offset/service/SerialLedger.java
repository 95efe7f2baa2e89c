package org.carbonneutral.offset.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.offset.domain.Credit;
import org.carbonneutral.offset.domain.RegistryImport;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.offset.serial.SerialBlock;
import org.carbonneutral.platform.persistence.NativeRows;
import org.carbonneutral.platform.problem.ProblemAfterRollback;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * The suite-wide ledger of claimed serial blocks and the tenant's imported registry records. A declaration's claim is
 * replaced as a whole in the caller's transaction; the database's exclusion constraint refuses any block that shares a
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
    private static final String RECORDS = "select import_id, line, registry, batch_key, serial_start, serial_end, "
            + "serial_number, retired_on, beneficiary, purpose from registry_record where tenant = ?1 and (";
    static final int CHUNK = 500;
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

    /**
     * The tenant's imported registry records overlapping any of {@code credits}' blocks: one query per
     * {@value #CHUNK} credits (an OR of block conditions, each served by the GiST index).
     */
    public Uni<List<RegistryRecord>> registryRecords(String tenant, List<Credit> credits) {
        List<List<Credit>> chunks = new ArrayList<>();
        for (int i = 0; i < credits.size(); i += CHUNK) {
            chunks.add(credits.subList(i, Math.min(credits.size(), i + CHUNK)));
        }
        return Panache.getSession().chain(s -> Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> {
                    StringBuilder sql = new StringBuilder(RECORDS);
                    for (int i = 0; i < chunk.size(); i++) {
                        int p = 2 + i * 4;
                        sql.append(i == 0 ? "" : " or ").append("(registry = ?").append(p).append(" and batch_key = ?")
                                .append(p + 1).append(" and block && int8range(?").append(p + 2).append(", ?")
                                .append(p + 3).append(", '[]'))");
                    }
                    var query = s.createNativeQuery(sql.append(") order by serial_start, id").toString(), Object[].class)
                            .setParameter(1, tenant);
                    for (int i = 0; i < chunk.size(); i++) {
                        var block = chunk.get(i).block();
                        int p = 2 + i * 4;
                        query.setParameter(p, block.registry().name()).setParameter(p + 1, block.batchKey())
                                .setParameter(p + 2, block.start()).setParameter(p + 3, block.end());
                    }
                    return query.getResultList();
                })
                .collect().in(ArrayList<RegistryRecord>::new, (all, rows) -> {
                    for (Object[] r : rows) {
                        RegistryRecord record = new RegistryRecord(uuid(r[0]), ((Number) r[1]).intValue(),
                                new SerialBlock(Registry.valueOf((String) r[2]), null, null, (String) r[3],
                                        ((Number) r[4]).longValue(), ((Number) r[5]).longValue()),
                                (String) r[6], date(r[7]), (String) r[8], (String) r[9]);
                        if (!all.contains(record)) {
                            all.add(record);
                        }
                    }
                }))
                .map(List::copyOf);
    }

    /** The imports {@code records} come from, oldest first. */
    public Uni<List<RegistryImport>> imports(String tenant, List<RegistryRecord> records) {
        List<UUID> ids = records.stream().map(RegistryRecord::importId).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("select id, registry, source, sha256, rows, retirements, "
                + "imported_by, imported_at from registry_import where tenant = ?1 and id in (?2) order by imported_at",
                Object[].class).setParameter(1, tenant).setParameter(2, ids).getResultList())
                .map(rows -> rows.stream().map(SerialLedger::registryImport).toList());
    }

    static RegistryImport registryImport(Object[] r) {
        return new RegistryImport(uuid(r[0]), Registry.valueOf((String) r[1]), (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), (String) r[6], NativeRows.timestamp(r[7]));
    }

    static UUID uuid(Object o) {
        return o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : o instanceof java.sql.Date d ? d.toLocalDate()
                : LocalDate.parse(o.toString());
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
