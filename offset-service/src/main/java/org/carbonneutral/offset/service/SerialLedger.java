package org.carbonneutral.offset.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.carbonneutral.offset.domain.Credit;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.offset.serial.SerialBlock;
import org.carbonneutral.platform.failure.Failures;
import org.carbonneutral.platform.problem.ProblemAfterRollback;
import org.carbonneutral.platform.problem.ProblemException;
import org.hibernate.reactive.mutiny.Mutiny;

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
     * held unpublished; fails with a {@link BlockConflict} when one is another declaration's. {@code records} gives each
     * credit's registry record (or null): see {@link #place}.
     */
    public Uni<Void> hold(String tenant, UUID declarationId, int revision, List<Credit> credits,
            Function<Credit, RegistryRecord> records) {
        return release(declarationId).chain(released -> Panache.getSession().chain(s -> Multi.createFrom()
                .iterable(credits)
                .onItem().transformToUniAndConcatenate(c -> place(s, declarationId, c, records.apply(c))
                        .chain(block -> s.createNativeQuery(INSERT)
                                .setParameter(1, block.registry().name()).setParameter(2, block.batchKey())
                                .setParameter(3, block.start()).setParameter(4, block.end())
                                .setParameter(5, c.retirement().serialNumber()).setParameter(6, tenant)
                                .setParameter(7, declarationId).setParameter(8, c.retirement().retiredOn())
                                .setParameter(9, c.retirement().beneficiary()).setParameter(10, revision)
                                .executeUpdate())
                        .onFailure(SerialLedger::isExclusionViolation)
                        .transform(e -> new BlockConflict(tenant, declarationId, c, e)))
                .collect().last().replaceWithVoid()));
    }

    /**
     * Where a credit sits in the ledger. A ranged serial is its own block. A registry without ranges names each
     * retirement by an identifier of its own; where the registry's record names the issuance batch it came from, the
     * retirement takes the next free positions of that batch (the declaration's own published positions for the same
     * retirement, when it has them), so the retirements of one batch never collide with each other and can never add
     * up to more than the batch was issued with: the same credits written under two identifiers are caught (409).
     */
    Uni<SerialBlock> place(Mutiny.Session s, UUID declarationId, Credit c, RegistryRecord record) {
        if (c.block().registry().ranged() || record == null || record.issuanceBatch() == null) {
            return Uni.createFrom().item(c.block());
        }
        String key = "batch " + record.issuanceBatch().strip().toUpperCase(Locale.ROOT);
        String registry = c.block().registry().name();
        return s.createNativeQuery("select serial_start, serial_end from retired_block where registry = ?1 and "
                        + "batch_key = ?2 and declaration_id = ?3 and serial_number = ?4 and published_version is not null "
                        + "limit 1", Object[].class)
                .setParameter(1, registry).setParameter(2, key).setParameter(3, declarationId)
                .setParameter(4, c.retirement().serialNumber()).getResultList()
                .chain(own -> !own.isEmpty() ? Uni.createFrom().item(new SerialBlock(c.block().registry(), null, null, key,
                        ((Number) own.get(0)[0]).longValue(), ((Number) own.get(0)[1]).longValue()))
                        : s.createNativeQuery("select coalesce(max(serial_end), 0) from retired_block where registry = ?1 "
                                + "and batch_key = ?2", Long.class).setParameter(1, registry).setParameter(2, key)
                                .getSingleResult().map(held -> {
                                    long start = held + 1;
                                    long end = start + c.quantity() - 1;
                                    if (record.batchQuantity() != null && end > record.batchQuantity()) {
                                        throw ProblemException.conflict("batch-exhausted", c.field("serialNumber")
                                                + ": " + c.retirement().serialNumber() + " retires " + c.quantity()
                                                + " credits of issuance batch " + record.issuanceBatch() + ", which was "
                                                + "issued with " + record.batchQuantity() + "; " + (start - 1)
                                                + " of them are already claimed (OFF-2): the same credits cannot be "
                                                + "claimed under two identifiers");
                                    }
                                    return new SerialBlock(c.block().registry(), null, null, key, start, end);
                                }));
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
                .collect().first()
                .invoke(problem -> {
                    if (problem != null) {
                        throw problem;
                    }
                }).replaceWithVoid());
    }

    private static Uni<List<Object[]>> overlap(Mutiny.Session s, Credit c, UUID declarationId) {
        return s.createNativeQuery(OVERLAP, Object[].class)
                .setParameter(1, c.block().registry().name()).setParameter(2, c.block().batchKey())
                .setParameter(3, c.block().start()).setParameter(4, c.block().end()).setParameter(5, declarationId)
                .getResultList();
    }

    private static boolean isExclusionViolation(Throwable e) {
        return EXCLUSION_VIOLATION.equals(Failures.sqlState(e));
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
}
