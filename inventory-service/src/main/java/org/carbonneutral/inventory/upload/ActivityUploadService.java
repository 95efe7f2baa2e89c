package org.carbonneutral.inventory.upload;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.factors.FactorLibrary;
import org.carbonneutral.inventory.factors.TenantFactors;
import org.carbonneutral.inventory.service.InventoryWorkflow;
import org.carbonneutral.platform.csv.CsvReader;
import org.carbonneutral.platform.part.PartView;
import org.carbonneutral.platform.problem.ProblemException;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk activity data. The request's thread reads the body and hands it, chunk by chunk, to a background job that
 * validates every row as it arrives (line, column, reason for each error) and copies the valid rows into
 * {@code activity_record} with PostgreSQL COPY in one transaction. An upload applies entirely or not at all: any
 * error rolls the copy back. When every row is valid, the inventory gets a new revision pointing at the upload (an
 * approval standing on the old data is revoked). Progress (bytes and rows read) is written as the job goes.
 */
@Singleton
public class ActivityUploadService {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";
    static final int MAX_STORED_ERRORS = 1000;
    static final int PROGRESS_EVERY = 25_000;
    private static final Logger LOG = Logger.getLogger(ActivityUploadService.class);
    private static final String COPY = "COPY activity_record (upload_seq, line, source, quantity, unit, period_start, "
            + "period_end, evidence, factor_ids, lookup_kind, lookup_activity, lookup_set, lookup_year) FROM STDIN (FORMAT csv)";

    private final AgroalDataSource dataSource;
    private final TenantFactors tenantFactors;
    private final InventoryWorkflow workflow;
    private final ExecutorService jobs = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "activity-upload");
        t.setDaemon(true);
        return t;
    });

    public ActivityUploadService(AgroalDataSource dataSource, TenantFactors tenantFactors, InventoryWorkflow workflow) {
        this.dataSource = dataSource;
        this.tenantFactors = tenantFactors;
        this.workflow = workflow;
    }

    /** Starts the job and feeds it the body; blocking (call from a worker thread). Returns when the body is read. */
    public UUID start(String tenant, String user, UUID declarationId, String ifMatch, String mediaType, long contentLength,
            InputStream body) throws Exception {
        String format = mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase();
        if (!format.equals(CSV) && !format.equals(NDJSON)) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "send activity data as " + CSV + " or " + NDJSON, null, null);
        }
        PartView<InventoryContent> part = await(() -> workflow.view(tenant, declarationId));
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("send If-Match with the current inventory revision (ETag \""
                    + part.revision() + "\"); the upload makes the next revision");
        }
        if (!ifMatch.replace("W/", "").replace("\"", "").trim().equals(String.valueOf(part.revision()))) {
            throw ProblemException.preconditionFailed("If-Match " + ifMatch + " does not match the current revision \""
                    + part.revision() + "\"");
        }
        if (part.content() == null || part.content().sources() == null || part.content().sources().isEmpty()) {
            throw ProblemException.conflict("no-sources", "enter the inventory's sources first: every uploaded row "
                    + "names the source it belongs to");
        }
        FactorLibrary library = await(() -> io.quarkus.hibernate.reactive.panache.Panache.withSession(
                () -> tenantFactors.library(tenant)));
        Set<String> sources = new LinkedHashSet<>();
        part.content().sources().stream().filter(s -> s.tco2e() == null).forEach(s -> sources.add(s.name()));
        UUID id = UUID.randomUUID();
        long seq;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into activity_upload (id, declaration_id, tenant, "
                        + "uploaded_by, format, state, expected_revision, bytes_total, started_at) "
                        + "values (?, ?, ?, ?, ?, 'RUNNING', ?, ?, now()) returning seq")) {
            ps.setObject(1, id);
            ps.setObject(2, declarationId);
            ps.setString(3, tenant);
            ps.setString(4, user);
            ps.setString(5, format);
            ps.setInt(6, part.revision());
            ps.setLong(7, Math.max(0, contentLength));
            try (var rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
            }
        }
        // the body is read here and handed to the job as it arrives, so receiving and processing overlap
        ChunkPipe pipe = new ChunkPipe();
        jobs.submit(() -> run(id, seq, tenant, user, declarationId, part.revision(), format, pipe, sources, library));
        pipe.feed(body);
        return id;
    }
    private void run(UUID id, long seq, String tenant, String user, UUID declarationId, int revision, String format,
            ChunkPipe pipe, Set<String> sources, FactorLibrary library) {
        try {
            Outcome outcome = load(id, seq, format, pipe, sources, library);
            if (outcome.errorCount > 0) {
                finish(id, "FAILED", outcome, null);
                return;
            }
            try {
                PartView<InventoryContent> applied = await(() -> workflow.applyUpload(
                        tenant, user, declarationId, "\"" + revision + "\"", id, Json.write(outcome.sources)));
                finish(id, "SUCCEEDED", outcome, applied.revision());
            } catch (Throwable e) {
                String reason = e instanceof ProblemException p ? p.getMessage() : "the inventory could not be updated";
                LOG.warnf(e, "upload %s copied but not applied", id);
                deleteRows(seq);
                outcome.error(new RowError(0, "If-Match", reason));
                finish(id, "FAILED", outcome, null);
            }
        } catch (Throwable e) {
            LOG.errorf(e, "upload %s failed", id);
            Outcome failed = new Outcome();
            failed.error(new RowError(0, "", "the upload could not be processed; nothing was applied"));
            finish(id, "FAILED", failed, null);
        } finally {
            pipe.abandon();
        }
    }

    static final class Outcome {
        final List<RowError> errors = new ArrayList<>();
        int errorCount;
        long rows;
        long bytes;
        final Set<String> sources = new TreeSet<>();

        void error(RowError e) {
            errorCount++;
            if (errors.size() < MAX_STORED_ERRORS) {
                errors.add(e);
            }
        }
    }

    /** Validates and copies every row in one transaction; rolls back on any error. */
    Outcome load(UUID id, long seq, String format, ChunkPipe pipe, Set<String> sources, FactorLibrary library)
            throws Exception {
        Outcome outcome = new Outcome();
        ActivityRowValidator validator = new ActivityRowValidator(library, sources);
        AtomicLong bytes = new AtomicLong();
        try (Connection c = dataSource.getConnection();
                InputStream in = new CountingStream(pipe.stream(), bytes);
                Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            c.setAutoCommit(false);
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            CopyWriter writer = new CopyWriter(copy, seq);
            List<RowError> rowErrors = new ArrayList<>();
            Iterator<Map.Entry<Long, String[]>> rows = format.equals(CSV) ? csvRows(reader, outcome)
                    : ndjsonRows(reader, outcome);
            while (rows.hasNext()) {
                Map.Entry<Long, String[]> row = rows.next();
                rowErrors.clear();
                ActivityRow valid = validator.validate(row.getKey(), row.getValue(), rowErrors);
                outcome.rows++;
                if (valid == null) {
                    rowErrors.forEach(outcome::error);
                } else if (outcome.errorCount == 0) {
                    writer.write(valid);
                    outcome.sources.add(valid.source());
                }
                if (outcome.rows % PROGRESS_EVERY == 0) {
                    progress(id, outcome.rows, bytes.get(), outcome.errorCount);
                }
            }
            if (outcome.rows == 0 && outcome.errorCount == 0) {
                outcome.error(new RowError(1, "", "the upload holds no rows"));
            }
            outcome.bytes = bytes.get();
            if (outcome.errorCount > 0) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                c.rollback();
            } else {
                writer.flush();
                copy.endCopy();
                c.commit();
            }
        }
        return outcome;
    }

    private Iterator<Map.Entry<Long, String[]>> csvRows(Reader reader, Outcome outcome) throws IOException {
        CsvReader records = new CsvReader(reader);
        String[] header = records.next();
        int[] index = new int[ActivityRowValidator.COLUMNS.size()];
        java.util.Arrays.fill(index, -1);
        if (header != null) {
            for (int i = 0; i < header.length; i++) {
                String name = header[i].trim().toLowerCase();
                int known = ActivityRowValidator.COLUMNS.indexOf(name);
                if (known < 0) {
                    outcome.error(new RowError(1, name, "unknown column; columns are " + ActivityRowValidator.COLUMNS));
                } else {
                    index[known] = i;
                }
            }
            for (String required : List.of("source", "quantity", "unit")) {
                if (index[ActivityRowValidator.COLUMNS.indexOf(required)] < 0) {
                    outcome.error(new RowError(1, required, "missing column"));
                }
            }
        }
        return new Iterator<>() {
            String[] next = advance();

            private String[] advance() {
                try {
                    return records.next();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Map.Entry<Long, String[]> next() {
                String[] cells = next;
                long line = records.recordLine();
                next = advance();
                String[] row = new String[index.length];
                for (int k = 0; k < index.length; k++) {
                    int i = index[k];
                    row[k] = i < 0 || i >= cells.length ? "" : cells[i];
                }
                return Map.entry(line, row);
            }
        };
    }

    private Iterator<Map.Entry<Long, String[]>> ndjsonRows(Reader reader, Outcome outcome) {
        BufferedReader lines = (BufferedReader) reader;
        return new Iterator<>() {
            long line;
            String next = advance();

            private String advance() {
                try {
                    String l;
                    do {
                        l = lines.readLine();
                        line++;
                    } while (l != null && l.isBlank());
                    return l;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Map.Entry<Long, String[]> next() {
                String text = next;
                long at = line;
                next = advance();
                JsonNode node;
                try {
                    node = Json.mapper().readTree(text);
                } catch (Exception e) {
                    node = null;
                }
                if (node == null || !node.isObject()) {
                    outcome.error(new RowError(at, "", "not a JSON object"));
                    String[] empty = new String[ActivityRowValidator.COLUMNS.size()];
                    java.util.Arrays.fill(empty, "");
                    return Map.entry(at, empty);
                }
                node.fieldNames().forEachRemaining(f -> {
                    if (!ActivityRowValidator.COLUMNS.contains(f)) {
                        outcome.error(new RowError(at, f, "unknown field; fields are " + ActivityRowValidator.COLUMNS));
                    }
                });
                String[] row = new String[ActivityRowValidator.COLUMNS.size()];
                for (int k = 0; k < row.length; k++) {
                    JsonNode v = node.path(ActivityRowValidator.COLUMNS.get(k));
                    row[k] = v.isNull() || v.isMissingNode() ? "" : v.asText("").trim();
                }
                return Map.entry(at, row);
            }
        };
    }

    private void progress(UUID id, long rows, long bytes, int errors) {
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

    private void finish(UUID id, String state, Outcome o, Integer appliedRevision) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update activity_upload set state = ?, rows_read = ?, "
                        + "bytes_read = greatest(bytes_read, ?), bytes_total = greatest(bytes_total, ?), error_count = ?, "
                        + "errors = ?, sources = ?, applied_revision = ?, finished_at = now() where id = ?")) {
            ps.setString(1, state);
            ps.setLong(2, o.rows);
            ps.setLong(3, o.bytes);
            ps.setLong(4, o.bytes);
            ps.setInt(5, o.errorCount);
            ps.setString(6, Json.write(o.errors));
            ps.setString(7, Json.write(o.sources));
            ps.setObject(8, appliedRevision);
            ps.setObject(9, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.errorf(e, "state of upload %s not recorded", id);
        }
    }

    private void deleteRows(long seq) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from activity_record where upload_seq = ?")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.errorf(e, "rows of unapplied upload %d not deleted", seq);
        }
    }

    /** Runs reactive (Hibernate Reactive) work from this blocking thread, on a Vert.x context. */
    private static <T> T await(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        jobs.shutdownNow();
    }

    /** Turns validated rows into COPY csv, 1 MiB at a time. */
    static final class CopyWriter {
        private final CopyIn copy;
        private final String uploadSeq;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        CopyWriter(CopyIn copy, long uploadSeq) {
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
            if (buffer.length() >= (1 << 20)) {
                flush();
            }
        }

        private StringBuilder text(String s) {
            if (s == null) {
                return buffer;
            }
            return buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
        }

        void flush() throws SQLException {
            if (!buffer.isEmpty()) {
                byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                buffer.setLength(0);
            }
        }
    }

    /** Counts the bytes read from the body, for the job's percentage. */
    static final class CountingStream extends FilterInputStream {
        private final AtomicLong count;

        CountingStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }

    /** Used by the resource: problem for a job of another tenant or none. */
    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("activity upload " + id);
    }
}
