package org.carbonneutral.inventory.upload;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carbonneutral.contracts.json.Json;
import org.jboss.logging.Logger;

/**
 * The {@code activity_upload} row of each upload job: created RUNNING with the revision it expects and the body's
 * length, its progress (rows and bytes read, errors so far) written as the job goes, its end (SUCCEEDED or FAILED, the
 * first 1,000 row errors, the sources it fills, the revision it made), and read back for polling.
 * <p>
 * The table is read and written here only, and only with JDBC: the job runs on a plain thread beside a JDBC COPY and
 * writes its progress from there, its insert needs the identity {@code seq} back, and its updates are single SQL
 * statements. Every method blocks; callers on the event loop go through {@link ReactiveBridge#offload}.
 */
@Singleton
public class UploadJobRepository {

    private static final Logger LOG = Logger.getLogger(UploadJobRepository.class);
    private static final String COLUMNS = "id, declaration_id, uploaded_by, state, bytes_total, bytes_read, rows_read, "
            + "error_count, errors, applied_revision, started_at, finished_at";

    private final AgroalDataSource dataSource;

    public UploadJobRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records a RUNNING job; returns its sequence number, which its rows in {@code activity_record} carry. */
    long create(UUID id, UUID declarationId, String tenant, String user, String format, int expectedRevision,
            long bytesTotal) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into activity_upload (id, declaration_id, tenant, "
                        + "uploaded_by, format, state, expected_revision, bytes_total, started_at) "
                        + "values (?, ?, ?, ?, ?, 'RUNNING', ?, ?, now()) returning seq")) {
            ps.setObject(1, id);
            ps.setObject(2, declarationId);
            ps.setString(3, tenant);
            ps.setString(4, user);
            ps.setString(5, format);
            ps.setInt(6, expectedRevision);
            ps.setLong(7, bytesTotal);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** How far the job has read; a progress not recorded only delays what a poll shows. */
    void progress(UUID id, long rows, long bytes, int errors) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update activity_upload set rows_read = ?, bytes_read = ?, error_count = ? where id = ?")) {
            ps.setLong(1, rows);
            ps.setLong(2, bytes);
            ps.setInt(3, errors);
            ps.setObject(4, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.debugf(e, "progress of upload %s not recorded", id);
        }
    }

    /** The job applied its rows as revision {@code appliedRevision} of the inventory. */
    void succeeded(UUID id, UploadOutcome outcome, int appliedRevision) {
        finish(id, "SUCCEEDED", outcome, appliedRevision);
    }

    /** The job ended without applying anything, for the errors of {@code outcome}. */
    void failed(UUID id, UploadOutcome outcome) {
        finish(id, "FAILED", outcome, null);
    }

    private void finish(UUID id, String state, UploadOutcome o, Integer appliedRevision) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update activity_upload set state = ?, rows_read = ?, "
                        + "bytes_read = greatest(bytes_read, ?), bytes_total = greatest(bytes_total, ?), "
                        + "error_count = ?, errors = ?, sources = ?, applied_revision = ?, finished_at = now() "
                        + "where id = ?")) {
            ps.setString(1, state);
            ps.setLong(2, o.rows());
            ps.setLong(3, o.bytes());
            ps.setLong(4, o.bytes());
            ps.setInt(5, o.errorCount());
            ps.setString(6, Json.write(o.errors()));
            ps.setString(7, Json.write(o.sources()));
            ps.setObject(8, appliedRevision);
            ps.setObject(9, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.errorf(e, "state of upload %s not recorded", id);
        }
    }

    /** The job {@code id} if it belongs to {@code tenant}. */
    Optional<ActivityUpload> find(String tenant, UUID id) {
        List<ActivityUpload> found = query("select " + COLUMNS + " from activity_upload where id = ? and tenant = ?",
                id, tenant);
        return found.stream().findFirst();
    }

    /** The uploads of an inventory, newest first. */
    List<ActivityUpload> list(String tenant, UUID declarationId) {
        return query("select " + COLUMNS + " from activity_upload where declaration_id = ? and tenant = ? "
                + "order by started_at desc", declarationId, tenant);
    }

    private List<ActivityUpload> query(String sql, UUID id, String tenant) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            ps.setString(2, tenant);
            List<ActivityUpload> uploads = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uploads.add(new ActivityUpload(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getInt(8),
                            rs.getString(9), rs.getObject(10, Integer.class), rs.getObject(11, OffsetDateTime.class),
                            rs.getObject(12, OffsetDateTime.class)));
                }
            }
            return uploads;
        } catch (SQLException e) {
            throw new IllegalStateException("activity uploads unreadable", e);
        }
    }
}
