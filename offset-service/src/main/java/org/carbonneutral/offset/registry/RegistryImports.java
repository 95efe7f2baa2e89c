package org.carbonneutral.offset.registry;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carbonneutral.offset.domain.RegistryImport;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.offset.serial.Registry;

/**
 * Stores the registries' exports as the suite's shared records, in one transaction each (all rows or none). Imports of
 * one registry take turns (a transaction-scoped advisory lock). An export whose SHA-256 was already imported for the
 * registry changes nothing; otherwise each record whose facts are new or changed is stored as the serial's next
 * version (the earlier versions kept, no longer {@code latest}), and records absent from the export stay as they are.
 * Blocking (JDBC).
 */
@Singleton
public class RegistryImports {

    /** An import and whether this call made it (false: the same export was imported before). */
    public record Imported(RegistryImport registryImport, boolean created) {
    }

    private static final String IMPORT_COLUMNS = "id, registry, source, fetched_at, sha256, rows, retirements, "
            + "records_changed, triggered_by";
    /** The facts of a record, in the order the incoming rows are written; a change in any of them is a new version. */
    private static final String FACTS = "batch_key, serial_start, serial_end, quantity, status, vintage_year, "
            + "vintage_start, vintage_end, project_id, issued_on, retired_on, beneficiary, beneficiary_id, account_holder, "
            + "purpose, retirement_type, issuance_batch, batch_quantity";
    private static final String SAME_FACTS = "row(" + FACTS.replaceAll("(\\w+)", "i.$1") + ") is not distinct from row("
            + FACTS.replaceAll("(\\w+)", "r.$1") + ")";

    private final AgroalDataSource dataSource;

    public RegistryImports(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Imports {@code export} (read from {@code bytes}) of {@code registry} fetched from {@code source}. */
    public Imported store(Registry registry, String source, String triggeredBy, byte[] bytes, ExportReader.Export export)
            throws SQLException {
        String sha256 = sha256(bytes);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                    lock.setString(1, "registry_import " + registry.name());
                    lock.executeQuery().close();
                }
                Optional<RegistryImport> earlier = find(c, "registry = ? and sha256 = ?", registry.name(), sha256);
                if (earlier.isPresent()) {
                    c.rollback();
                    return new Imported(earlier.get(), false);
                }
                UUID id = UUID.randomUUID();
                OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                insertImport(c, new RegistryImport(id, registry, source, at, sha256, export.rows(),
                        export.retirements().size(), 0, triggeredBy));
                incoming(c, export.retirements());
                int changed = newVersions(c, registry, id);
                try (PreparedStatement ps = c.prepareStatement("update registry_import set records_changed = ? "
                        + "where id = ?")) {
                    ps.setInt(1, changed);
                    ps.setObject(2, id);
                    ps.executeUpdate();
                }
                RegistryImport result = new RegistryImport(id, registry, source, at, sha256, export.rows(),
                        export.retirements().size(), changed, triggeredBy);
                c.commit();
                return new Imported(result, true);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The export's records in a temporary table of this transaction. */
    private static void incoming(Connection c, List<RegistryRecord> records) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table incoming (line integer, serial_number text, batch_key text, "
                    + "serial_start bigint, serial_end bigint, quantity bigint, status text, vintage_year integer, "
                    + "vintage_start date, vintage_end date, project_id text, issued_on date, retired_on date, "
                    + "beneficiary text, beneficiary_id text, account_holder text, purpose text, retirement_type text, "
                    + "issuance_batch text, batch_quantity bigint, previous bigint, version integer) on commit drop");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into incoming (line, serial_number, " + FACTS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (RegistryRecord r : records) {
                Object[] values = {r.line(), r.serialNumber(), r.block().batchKey(), r.block().start(), r.block().end(),
                    r.quantity(), r.status().name(), r.vintageYear(), r.vintageStart(), r.vintageEnd(), r.projectId(),
                    r.issuedOn(), r.retiredOn(), r.beneficiary(), r.beneficiaryId(), r.accountHolder(), r.purpose(),
                    r.retirementType(), r.issuanceBatch(), r.batchQuantity()};
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Stores the new and changed records as versions of import {@code importId}; how many. */
    private static int newVersions(Connection c, Registry registry, UUID importId) throws SQLException {
        String latest = " from registry_record r where r.registry = ? and r.latest and r.serial_number = i.serial_number";
        try (PreparedStatement unchanged = c.prepareStatement("delete from incoming i using registry_record r "
                + "where r.registry = ? and r.latest and r.serial_number = i.serial_number and " + SAME_FACTS);
                PreparedStatement next = c.prepareStatement("update incoming i set previous = r.id, version = r.version + 1"
                        + latest);
                PreparedStatement superseded = c.prepareStatement("update registry_record set latest = false "
                        + "where id in (select previous from incoming where previous is not null)");
                PreparedStatement insert = c.prepareStatement("insert into registry_record (registry, serial_number, "
                        + "version, latest, import_id, line, " + FACTS + ") select ?, serial_number, coalesce(version, 1), "
                        + "true, ?, line, " + FACTS + " from incoming order by line")) {
            unchanged.setString(1, registry.name());
            unchanged.executeUpdate();
            next.setString(1, registry.name());
            next.executeUpdate();
            superseded.executeUpdate();
            insert.setString(1, registry.name());
            insert.setObject(2, importId);
            return insert.executeUpdate();
        }
    }

    private static void insertImport(Connection c, RegistryImport i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into registry_import (" + IMPORT_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, i.id());
            ps.setString(2, i.registry().name());
            ps.setString(3, i.source());
            ps.setTimestamp(4, Timestamp.from(i.fetchedAt().toInstant()));
            ps.setString(5, i.sha256());
            ps.setInt(6, i.rows());
            ps.setInt(7, i.retirements());
            ps.setInt(8, i.recordsChanged());
            ps.setString(9, i.triggeredBy());
            ps.executeUpdate();
        }
    }

    /** Every import, or those of {@code registry}, newest first, at most {@code limit}. */
    public List<RegistryImport> list(Registry registry, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + IMPORT_COLUMNS + " from registry_import "
                        + "where (?::text is null or registry = ?) order by fetched_at desc, id limit ?")) {
            String name = registry == null ? null : registry.name();
            ps.setString(1, name);
            ps.setString(2, name);
            ps.setInt(3, limit);
            return imports(ps);
        }
    }

    public Optional<RegistryImport> get(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return find(c, "id = ?", id);
        }
    }

    private static Optional<RegistryImport> find(Connection c, String where, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + IMPORT_COLUMNS + " from registry_import where " + where)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return imports(ps).stream().findFirst();
        }
    }

    private static List<RegistryImport> imports(PreparedStatement ps) throws SQLException {
        List<RegistryImport> imports = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                imports.add(new RegistryImport(rs.getObject(1, UUID.class), Registry.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getInt(6),
                        rs.getInt(7), rs.getInt(8), rs.getString(9)));
            }
        }
        return imports;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
