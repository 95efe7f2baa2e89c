package org.carbonneutral.offset.registry;

import static org.carbonneutral.platform.persistence.NativeRows.date;
import static org.carbonneutral.platform.persistence.NativeRows.uuid;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.offset.domain.RegistryImport;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.offset.domain.RegistryStatus;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.offset.serial.SerialBlock;
import org.carbonneutral.offset.serial.SerialNumbers;
import org.carbonneutral.platform.persistence.NativeRows;

/**
 * Reads the suite's shared registry records (any tenant reads the same): the latest version of each record overlapping
 * some blocks, every version of one serial, and the imports records came from. Needs an active Hibernate Reactive
 * session.
 */
@Singleton
public class RegistryRecords {

    /** Blocks looked up in one query (an OR of block conditions, each served by the GiST index of latest records). */
    static final int CHUNK = 500;
    private static final String COLUMNS = "select registry, serial_number, batch_key, serial_start, serial_end, quantity, "
            + "status, vintage_year, vintage_start, vintage_end, project_id, issued_on, retired_on, beneficiary, "
            + "beneficiary_id, account_holder, purpose, retirement_type, issuance_batch, batch_quantity, line, version, "
            + "import_id from registry_record ";

    /**
     * The latest version of every record overlapping any of {@code blocks} (same registry and numbering space, a
     * serial in common), each once, ordered by registry, numbering space and block start.
     */
    public Uni<List<RegistryRecord>> latestOverlapping(List<SerialBlock> blocks) {
        List<List<SerialBlock>> chunks = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i += CHUNK) {
            chunks.add(blocks.subList(i, Math.min(blocks.size(), i + CHUNK)));
        }
        return Panache.getSession().chain(s -> Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> {
                    StringBuilder sql = new StringBuilder(COLUMNS).append("where latest and (");
                    for (int i = 0; i < chunk.size(); i++) {
                        int p = 1 + i * 4;
                        sql.append(i == 0 ? "" : " or ").append("(registry = ?").append(p).append(" and batch_key = ?")
                                .append(p + 1).append(" and block && int8range(?").append(p + 2).append(", ?")
                                .append(p + 3).append(", '[]'))");
                    }
                    var query = s.createNativeQuery(sql.append(") order by registry, batch_key, serial_start, id")
                            .toString(), Object[].class);
                    for (int i = 0; i < chunk.size(); i++) {
                        SerialBlock block = chunk.get(i);
                        int p = 1 + i * 4;
                        query.setParameter(p, block.registry().name()).setParameter(p + 1, block.batchKey())
                                .setParameter(p + 2, block.start()).setParameter(p + 3, block.end());
                    }
                    return query.getResultList();
                })
                .collect().in(ArrayList<RegistryRecord>::new, (all, rows) -> {
                    for (Object[] row : rows) {
                        RegistryRecord record = record(row);
                        if (!all.contains(record)) {
                            all.add(record);
                        }
                    }
                }))
                .map(List::copyOf);
    }

    /** Every version of {@code registry}'s record of {@code serialNumber}, oldest first (empty when there is none). */
    public Uni<List<RegistryRecord>> versions(Registry registry, String serialNumber) {
        return Panache.getSession().chain(s -> s.createNativeQuery(COLUMNS + "where registry = ?1 and serial_number = ?2 "
                + "order by version", Object[].class).setParameter(1, registry.name()).setParameter(2, serialNumber)
                .getResultList())
                .map(rows -> rows.stream().map(RegistryRecords::record).toList());
    }

    /** The imports {@code ids} name, oldest first. */
    public Uni<List<RegistryImport>> imports(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("select id, registry, source, fetched_at, sha256, rows, "
                + "retirements, records_changed, triggered_by from registry_import where id in (?1) order by fetched_at",
                Object[].class).setParameter(1, List.copyOf(ids)).getResultList())
                .map(rows -> rows.stream().map(r -> new RegistryImport(uuid(r[0]), Registry.valueOf((String) r[1]),
                        (String) r[2], NativeRows.timestamp(r[3]), (String) r[4], ((Number) r[5]).intValue(),
                        ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), (String) r[8])).toList());
    }

    private static RegistryRecord record(Object[] r) {
        Registry registry = Registry.valueOf((String) r[0]);
        String serial = (String) r[1];
        long quantity = ((Number) r[5]).longValue();
        return new RegistryRecord(registry, serial, block(registry, serial, quantity, (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue()), quantity, RegistryStatus.valueOf((String) r[6]),
                r[7] == null ? null : ((Number) r[7]).intValue(), date(r[8]), date(r[9]), (String) r[10], date(r[11]),
                date(r[12]), (String) r[13], (String) r[14], (String) r[15], (String) r[16], (String) r[17],
                (String) r[18], r[19] == null ? null : ((Number) r[19]).longValue(), ((Number) r[20]).intValue(),
                ((Number) r[21]).intValue(), uuid(r[22]));
    }

    /** The block as the serial names it (project and vintage where encoded), else as stored. */
    private static SerialBlock block(Registry registry, String serial, long quantity, String batchKey, long start, long end) {
        try {
            return SerialNumbers.parse(registry, serial, registry.ranged() ? null : quantity);
        } catch (SerialNumbers.InvalidSerialException e) {
            return new SerialBlock(registry, null, null, batchKey, start, end);
        }
    }
}
