package org.carbonneutral.inventory.upload;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The uploaded rows in {@code activity_record}, each carrying its upload's sequence number. An upload's valid rows go
 * in with PostgreSQL COPY in one transaction, committed only when every row was valid; the rows of an upload that was
 * copied but could not be applied are deleted. Blocking (JDBC): the upload job's thread calls it.
 */
@Singleton
public class ActivityRecords {

    private static final Logger LOG = Logger.getLogger(ActivityRecords.class);
    private static final String COPY = "COPY activity_record (upload_seq, line, source, quantity, unit, period_start, "
            + "period_end, evidence, factor_ids, lookup_kind, lookup_activity, lookup_set, lookup_year) "
            + "FROM STDIN (FORMAT csv)";

    private final AgroalDataSource dataSource;

    public ActivityRecords(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Starts copying the rows of upload {@code uploadSeq}, on a connection of its own. */
    Copy copy(long uploadSeq) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            return new Copy(c, c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY), uploadSeq);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Deletes the rows of upload {@code uploadSeq} (copied, but not applied to the inventory). */
    void delete(long uploadSeq) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from activity_record where upload_seq = ?")) {
            ps.setLong(1, uploadSeq);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.errorf(e, "rows of unapplied upload %d not deleted", uploadSeq);
        }
    }

    /**
     * One COPY in progress: validated rows become COPY csv, sent 1 MiB at a time. Nothing is visible until
     * {@link #commit()}; closing without it cancels the copy and rolls it back.
     */
    static final class Copy implements AutoCloseable {

        private static final int FLUSH_AT = 1 << 20;

        private final Connection connection;
        private final CopyIn copy;
        private final String uploadSeq;
        private final StringBuilder buffer = new StringBuilder(FLUSH_AT);
        private boolean committed;

        private Copy(Connection connection, CopyIn copy, long uploadSeq) {
            this.connection = connection;
            this.copy = copy;
            this.uploadSeq = Long.toString(uploadSeq);
        }

        void write(ActivityRow r) throws SQLException {
            buffer.append(uploadSeq).append(',').append(r.line()).append(',');
            text(r.source()).append(',').append(r.quantity().toPlainString()).append(',');
            text(r.unit()).append(',');
            buffer.append(r.periodStart() == null ? "" : r.periodStart().toString()).append(',');
            buffer.append(r.periodEnd() == null ? "" : r.periodEnd().toString()).append(',');
            text(r.evidence()).append(',');
            text(r.factorIds()).append(',');
            text(r.lookupKind()).append(',');
            text(r.lookupActivity()).append(',');
            text(r.lookupSet()).append(',');
            buffer.append(r.lookupYear() == null ? "" : r.lookupYear().toString()).append('\n');
            if (buffer.length() >= FLUSH_AT) {
                flush();
            }
        }

        /** Sends what is left, ends the copy and commits: the rows are in. */
        void commit() throws SQLException {
            flush();
            copy.endCopy();
            connection.commit();
            committed = true;
        }

        @Override
        public void close() throws SQLException {
            try {
                if (!committed) {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                    connection.rollback();
                }
            } finally {
                connection.close();
            }
        }

        private StringBuilder text(String s) {
            if (s == null) {
                return buffer;
            }
            return buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
        }

        private void flush() throws SQLException {
            if (!buffer.isEmpty()) {
                byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                buffer.setLength(0);
            }
        }
    }
}
