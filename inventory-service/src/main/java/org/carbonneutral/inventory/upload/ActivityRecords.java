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
     * One COPY in progress: rows become COPY csv bytes in a 1 MiB buffer, sent when it fills. Nothing is visible until
     * {@link #commit()}; closing without it cancels the copy and rolls it back. A row is written field by field: its
     * {@link #start(long)}, then each of its columns after the first two ({@link #quoted}, {@link #raw} or
     * {@link #none()}), then {@link #end()}; {@link #write(ActivityRow)} does it for a row validated as text.
     */
    static final class Copy implements AutoCloseable {

        private static final int FLUSH_AT = 1 << 20;
        private static final int MAX_FIELD = 1 << 16;

        private final Connection connection;
        private final CopyIn copy;
        private final byte[] uploadSeq;
        private final byte[] buffer = new byte[FLUSH_AT + MAX_FIELD];
        private final byte[] digits = new byte[20];
        private int length;
        private boolean committed;

        Copy(Connection connection, CopyIn copy, long uploadSeq) {
            this.connection = connection;
            this.copy = copy;
            this.uploadSeq = Long.toString(uploadSeq).getBytes(StandardCharsets.US_ASCII);
        }

        /** A row validated as text. */
        void write(ActivityRow r) throws SQLException {
            start(r.line());
            quoted(r.source());
            ascii(r.quantity().toPlainString());
            quoted(r.unit());
            ascii(r.periodStart() == null ? null : r.periodStart().toString());
            ascii(r.periodEnd() == null ? null : r.periodEnd().toString());
            quoted(r.evidence());
            quoted(r.factorIds());
            quoted(r.lookupKind());
            quoted(r.lookupActivity());
            quoted(r.lookupSet());
            ascii(r.lookupYear() == null ? null : r.lookupYear().toString());
            end();
        }

        /** Starts a row: the upload's sequence number and the row's line. */
        void start(long line) throws SQLException {
            if (length >= FLUSH_AT) {
                flush();
            }
            System.arraycopy(uploadSeq, 0, buffer, length, uploadSeq.length);
            length += uploadSeq.length;
            buffer[length++] = ',';
            int n = 0;
            long v = line;
            do {
                digits[n++] = (byte) ('0' + v % 10);
                v /= 10;
            } while (v > 0);
            while (n > 0) {
                buffer[length++] = digits[--n];
            }
        }

        /** A column copied as it is (digits, a date), UTF-8 bytes [from, to) of {@code bytes}. */
        void raw(byte[] bytes, int from, int to) throws SQLException {
            room(to - from + 1);
            buffer[length++] = ',';
            System.arraycopy(bytes, from, buffer, length, to - from);
            length += to - from;
        }

        /** A text column: UTF-8 bytes [from, to) of {@code bytes}, quoted, its quotes doubled. */
        void quoted(byte[] bytes, int from, int to) throws SQLException {
            room(2 * (to - from) + 3);
            buffer[length++] = ',';
            buffer[length++] = '"';
            for (int i = from; i < to; i++) {
                byte b = bytes[i];
                if (b == '"') {
                    buffer[length++] = '"';
                }
                buffer[length++] = b;
            }
            buffer[length++] = '"';
        }

        /** An empty (null) column. */
        void none() {
            buffer[length++] = ',';
        }

        /** Ends the row. */
        void end() {
            buffer[length++] = '\n';
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

        private void quoted(String s) throws SQLException {
            if (s == null) {
                none();
            } else {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                quoted(bytes, 0, bytes.length);
            }
        }

        private void ascii(String s) throws SQLException {
            if (s == null) {
                none();
            } else {
                byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
                raw(bytes, 0, bytes.length);
            }
        }

        /**
         * Makes room for {@code n} more bytes and the separators that may follow them (the row's empty columns and
         * its end), sending what the buffer holds if need be.
         */
        private void room(int n) throws SQLException {
            if (length + n + 16 > buffer.length) {
                flush();
                if (n + 16 > buffer.length) {
                    throw new SQLException("a field of " + n + " bytes does not fit a COPY buffer of " + buffer.length);
                }
            }
        }

        /** Sends what the buffer holds. */
        void flush() throws SQLException {
            if (length > 0) {
                copy.writeToCopy(buffer, 0, length);
                length = 0;
            }
        }
    }
}
