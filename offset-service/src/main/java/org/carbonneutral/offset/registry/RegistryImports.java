package org.carbonneutral.offset.registry;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.offset.domain.RegistryImport;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.platform.csv.CsvReader;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * Imports a registry's public retirement export for a tenant (all rows or none, in one transaction), keeping its
 * SHA-256 and source so that a published declaration can say what its credits were checked against. Blocking (JDBC).
 */
@Singleton
public class RegistryImports {

    /** Larger exports are split by the caller. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private final AgroalDataSource dataSource;

    public RegistryImports(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public RegistryImport importExport(String tenant, String user, Registry registry, String source, InputStream body)
            throws IOException, SQLException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ProblemException(413, "export-too-large", "Export too large", "an export is at most " + MAX_BYTES
                    + " bytes; split it", null, null);
        }
        if (bytes.length == 0) {
            throw ProblemException.invalid("$", "the export is empty");
        }
        List<Map<String, String>> rows;
        try {
            rows = CsvReader.keyedByHeader(
                    new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(422, "invalid-registry-export", "Not a CSV export", "the body is not CSV with a "
                    + "header row: " + e.getMessage(), null, null);
        }
        UUID id = UUID.randomUUID();
        List<RegistryRecord> records = RegistryExports.retirements(registry, id, rows);
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        RegistryImport result = new RegistryImport(id, registry, source, sha256(bytes), rows.size(), records.size(), user, at);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("insert into registry_import (id, tenant, registry, source, "
                        + "sha256, rows, retirements, imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setObject(1, id);
                    ps.setString(2, tenant);
                    ps.setString(3, registry.name());
                    ps.setString(4, source);
                    ps.setString(5, result.sha256());
                    ps.setInt(6, result.rows());
                    ps.setInt(7, result.retirements());
                    ps.setString(8, user);
                    ps.setTimestamp(9, Timestamp.from(at.toInstant()));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("insert into registry_record (import_id, tenant, registry, "
                        + "batch_key, serial_start, serial_end, serial_number, quantity, retired_on, beneficiary, purpose, "
                        + "line) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int n = 0;
                    for (RegistryRecord r : records) {
                        ps.setObject(1, id);
                        ps.setString(2, tenant);
                        ps.setString(3, registry.name());
                        ps.setString(4, r.block().batchKey());
                        ps.setLong(5, r.block().start());
                        ps.setLong(6, r.block().end());
                        ps.setString(7, r.serialNumber());
                        ps.setLong(8, r.block().quantity());
                        ps.setObject(9, r.retiredOn());
                        ps.setString(10, r.beneficiary());
                        ps.setString(11, r.purpose());
                        ps.setInt(12, r.line());
                        ps.addBatch();
                        if (++n % 1000 == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return result;
    }

    public List<RegistryImport> list(String tenant) throws SQLException {
        List<RegistryImport> imports = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, registry, source, sha256, rows, retirements, "
                        + "imported_by, imported_at from registry_import where tenant = ? order by imported_at desc")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    imports.add(new RegistryImport(rs.getObject(1, UUID.class), Registry.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7),
                            rs.getObject(8, OffsetDateTime.class)));
                }
            }
        }
        return imports;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
