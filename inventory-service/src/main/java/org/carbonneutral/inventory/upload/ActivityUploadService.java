package org.carbonneutral.inventory.upload;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.factors.FactorLibrary;
import org.carbonneutral.inventory.factors.TenantFactors;
import org.carbonneutral.inventory.service.InventoryService;
import org.carbonneutral.platform.http.IfMatch;
import org.carbonneutral.platform.part.PartView;
import org.carbonneutral.platform.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Bulk activity data. The request's thread reads the body and hands it, chunk by chunk, to a background job that
 * reads its rows ({@link ActivityRows}), validates each as it arrives ({@link ActivityRowValidator}: line, column and
 * reason for each error) and copies the valid ones into {@code activity_record} ({@link ActivityRecords}, PostgreSQL
 * COPY, one transaction). An upload applies entirely or not at all: any error rolls the copy back. When every row is
 * valid, the inventory gets a new revision pointing at the upload (an approval standing on the old data is revoked).
 * The job's state and progress are kept in {@link UploadJobRepository}.
 */
@Singleton
public class ActivityUploadService {

    static final int PROGRESS_EVERY = 25_000;
    private static final Logger LOG = Logger.getLogger(ActivityUploadService.class);

    private final TenantFactors tenantFactors;
    private final InventoryService inventory;
    private final UploadJobRepository jobs;
    private final ActivityRecords records;
    /** The jobs run here, on threads of their own: they block on the body, on JDBC and on COPY for minutes. */
    private final ExecutorService jobThreads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "activity-upload");
        t.setDaemon(true);
        return t;
    });

    public ActivityUploadService(TenantFactors tenantFactors, InventoryService inventory, UploadJobRepository jobs,
            ActivityRecords records) {
        this.tenantFactors = tenantFactors;
        this.inventory = inventory;
        this.jobs = jobs;
        this.records = records;
    }

    /** What a job needs to know about its upload, fixed when it starts. */
    private record Job(UUID id, long seq, String tenant, String user, UUID declarationId, int revision, String format,
            Set<String> sources, FactorLibrary library) {
    }

    /** Starts the job and feeds it the body; blocking (call from a worker thread). Returns when the body is read. */
    public UUID start(String tenant, String user, UUID declarationId, String ifMatch, String mediaType,
            long contentLength, InputStream body) throws Exception {
        String format = ActivityRows.format(mediaType);
        PartView<InventoryContent> part = ReactiveBridge.await(() -> inventory.lifecycle().view(tenant, declarationId));
        IfMatch.require(ifMatch, part.revision(), "inventory");
        if (part.content() == null || part.content().sources() == null || part.content().sources().isEmpty()) {
            throw ProblemException.conflict("no-sources", "enter the inventory's sources first: every uploaded row "
                    + "names the source it belongs to");
        }
        FactorLibrary library = ReactiveBridge.await(() -> Panache.withSession(() -> tenantFactors.library(tenant)));
        Set<String> sources = new LinkedHashSet<>();
        part.content().sources().stream().filter(s -> s.tco2e() == null).forEach(s -> sources.add(s.name()));
        UUID id = UUID.randomUUID();
        long seq = jobs.create(id, declarationId, tenant, user, format, part.revision(), Math.max(0, contentLength));
        Job job = new Job(id, seq, tenant, user, declarationId, part.revision(), format, sources, library);
        // the body is read here and handed to the job as it arrives, so receiving and processing overlap
        ChunkPipe pipe = new ChunkPipe();
        jobThreads.submit(() -> run(job, pipe));
        pipe.feed(body);
        return id;
    }

    /** The job {@code id}, if it belongs to {@code tenant}. */
    public Uni<UploadView> job(String tenant, UUID id) {
        return ReactiveBridge.offload(() -> jobs.find(tenant, id).map(UploadView::of)
                .orElseThrow(() -> ProblemException.notFound("activity upload " + id)));
    }

    /** The uploads of an inventory, newest first. */
    public Uni<List<UploadView>> list(String tenant, UUID declarationId) {
        return ReactiveBridge.offload(() -> jobs.list(tenant, declarationId).stream().map(UploadView::of).toList());
    }

    private void run(Job job, ChunkPipe pipe) {
        try {
            UploadOutcome outcome = load(job, pipe);
            if (outcome.errorCount() > 0) {
                jobs.failed(job.id(), outcome);
            } else {
                apply(job, outcome);
            }
        } catch (Throwable e) {
            LOG.errorf(e, "upload %s failed", job.id());
            jobs.failed(job.id(), UploadOutcome.of(
                    new RowError(0, "", "the upload could not be processed; nothing was applied")));
        } finally {
            pipe.abandon();
        }
    }

    /** Validates and copies every row in one transaction; rolls back on any error. */
    private UploadOutcome load(Job job, ChunkPipe pipe) throws Exception {
        UploadOutcome outcome = new UploadOutcome();
        ActivityRowValidator validator = new ActivityRowValidator(job.library(), job.sources());
        PlainRowCopier plain = new PlainRowCopier(validator, job.sources());
        List<RowError> rowErrors = new ArrayList<>();
        try (ActivityRecords.Copy copy = records.copy(job.seq())) {
            ActivityRows rows = ActivityRows.open(job.format(), pipe.stream(), outcome::error);
            String lastFilled = null;
            while (rows.next()) {
                outcome.rowRead();
                ActivityRows.RowBytes bytes = rows.bytes();
                // a plain row goes straight from its bytes to COPY; any other is read as text, errors and all
                String filled = bytes != null && outcome.errorCount() == 0 ? plain.copy(rows.line(), bytes, copy) : null;
                if (filled == null) {
                    rowErrors.clear();
                    ActivityRow valid = validator.validate(rows.line(), rows.cells(), rowErrors);
                    if (valid == null) {
                        rowErrors.forEach(outcome::error);
                    } else if (outcome.errorCount() == 0) {
                        copy.write(valid);
                        filled = valid.source();
                    }
                }
                if (filled != null && !filled.equals(lastFilled)) {
                    outcome.filled(filled);
                    lastFilled = filled;
                }
                if (outcome.rows() % PROGRESS_EVERY == 0) {
                    jobs.progress(job.id(), outcome.rows(), pipe.bytesRead(), outcome.errorCount());
                }
            }
            if (outcome.rows() == 0 && outcome.errorCount() == 0) {
                outcome.error(new RowError(1, "", "the upload holds no rows"));
            }
            outcome.bytesRead(pipe.bytesRead());
            if (outcome.errorCount() == 0) {
                copy.commit();
            }
        }
        return outcome;
    }

    /** Makes the copied rows the inventory's next revision; if that fails, deletes them and fails the job. */
    private void apply(Job job, UploadOutcome outcome) {
        try {
            String ifMatch = "\"" + job.revision() + "\"";
            PartView<InventoryContent> applied = ReactiveBridge.await(() -> inventory.applyUpload(job.tenant(),
                    job.user(), job.declarationId(), ifMatch, job.id(), Json.write(outcome.sources())));
            jobs.succeeded(job.id(), outcome, applied.revision());
        } catch (Throwable e) {
            String reason = e instanceof ProblemException p ? p.getMessage() : "the inventory could not be updated";
            LOG.warnf(e, "upload %s copied but not applied", job.id());
            records.delete(job.seq());
            outcome.error(new RowError(0, "If-Match", reason));
            jobs.failed(job.id(), outcome);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        jobThreads.shutdownNow();
    }
}
