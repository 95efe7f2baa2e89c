package org.carbonneutral.disclosure.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.carbonneutral.disclosure.config.WebhooksConfig;
import org.carbonneutral.disclosure.domain.RetrySchedule;
import org.carbonneutral.disclosure.domain.WebhookSignature;
import org.carbonneutral.disclosure.domain.WebhookTargetRule;
import org.carbonneutral.disclosure.service.WebhookTargets;
import org.carbonneutral.platform.failure.Failures;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries (written in the transactions of the changes they report) and records every attempt.
 * Each pass claims due deliveries of enabled endpoints for a lease (a crash mid-send leaves them due again when the
 * lease ends; other instances skip claimed rows), checks the URL's resolved addresses against the target rule again,
 * POSTs the body signed per Standard Webhooks (no redirects followed, bounded timeouts), and records the outcome: 2xx
 * succeeds; otherwise the next attempt is scheduled by the retry schedule, and when none is left the delivery has
 * failed. An endpoint whose deliveries keep failing is disabled, with the reason on the endpoint and a notice to the
 * tenant.
 */
@ApplicationScoped
public class WebhookRelay {

    private static final Logger LOG = Logger.getLogger(WebhookRelay.class);

    private static final String CLAIM = "with due as (select d.id from webhook_delivery d join webhook_endpoint e on "
            + "e.id = d.endpoint_id where d.status = 'PENDING' and d.next_attempt_at <= now() and e.enabled "
            + "order by d.next_attempt_at limit $1 for update of d skip locked) "
            + "update webhook_delivery d set next_attempt_at = now() + make_interval(secs => $2::double precision) "
            + "from due, webhook_endpoint e where d.id = due.id and e.id = d.endpoint_id "
            + "returning d.id as delivery_id, d.message_id, d.payload, d.attempts, d.manual, e.id as endpoint_id, e.url, "
            + "e.secret, e.previous_secret, e.previous_secret_expires_at";
    private static final String INSERT_ATTEMPT = "insert into webhook_attempt (delivery_id, attempted_at, trigger, "
            + "duration_ms, http_status, error, succeeded) values ($1, $2, $3, $4, $5, $6, $7)";
    private static final String UPDATE_DELIVERY = "update webhook_delivery set status = $2, attempts = $3, "
            + "next_attempt_at = $4, last_attempt_at = $5, manual = false where id = $1";
    private static final String ENDPOINT_SUCCEEDED = "update webhook_endpoint set failed_deliveries_in_row = 0, "
            + "failing_since = null where id = $1 and (failed_deliveries_in_row <> 0 or failing_since is not null)";
    private static final String ENDPOINT_FAILED = "update webhook_endpoint set failing_since = "
            + "coalesce(failing_since, $2::timestamptz), failed_deliveries_in_row = failed_deliveries_in_row + $3::integer "
            + "where id = $1";
    private static final String DISABLE = "with disabled as (update webhook_endpoint set enabled = false, "
            + "disabled_at = $2::timestamptz, updated_at = $2::timestamptz, version = version + 1, disabled_reason = "
            + "case when failed_deliveries_in_row >= $3::integer "
            + "then 'disabled by the suite: ' || failed_deliveries_in_row || ' deliveries in a row failed every attempt' "
            + "else 'disabled by the suite: no delivery attempt succeeded since ' "
            + "|| to_char(failing_since at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') end || '; last error: ' "
            + "|| $5::text where id = $1 and enabled and (failed_deliveries_in_row >= $3::integer "
            + "or failing_since <= $2::timestamptz - make_interval(secs => $4::double precision)) "
            + "returning id, tenant, url, disabled_reason) "
            + "insert into webhook_notice (tenant, endpoint_id, at, kind, message) select tenant, id, $2::timestamptz, "
            + "'ENDPOINT_DISABLED', 'Webhook endpoint ' || url || ' was ' || disabled_reason || '. Nothing is sent to it "
            + "until it is enabled again (POST /api/webhooks/' || id || '/enable); its waiting deliveries are sent then.' "
            + "from disabled returning tenant, endpoint_id, message";

    private final Pool pool;
    private final WebhooksConfig config;
    private final WebhookTargetRule targets;
    private final RetrySchedule schedule;
    private final HttpClient client;
    private ScheduledExecutorService executor;
    private volatile boolean databaseLost;

    public WebhookRelay(Pool pool, WebhooksConfig config, WebhookTargets targets) {
        this.pool = pool;
        this.config = config;
        this.targets = targets.rule();
        this.schedule = new RetrySchedule(config.retrySchedule());
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout()).build();
    }

    void onStart(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "webhook-relay");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::pass, 1000, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void pass() {
        try {
            while (sendDue() == config.batchSize()) {
                // a full batch: more may be due
            }
            if (databaseLost) {
                LOG.info("webhooks: database reachable again, deliveries resumed");
                databaseLost = false;
            }
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                if (!databaseLost) {
                    LOG.warnf("webhooks: database unavailable, deliveries wait until it is back (%s)", e.toString());
                }
                databaseLost = true;
            } else {
                LOG.errorf(e, "webhook relay pass failed; it is tried again in %s", config.pollInterval());
            }
        }
    }

    /** A claimed delivery, with what signing and sending it needs. */
    private record Due(UUID id, String messageId, String payload, int attempts, boolean manual, UUID endpointId,
            String url, List<String> secrets) {
    }

    /** The outcome of one attempt. */
    private record Outcome(Due due, OffsetDateTime at, long durationMs, Integer httpStatus, String error) {
        boolean succeeded() {
            return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
        }
    }

    /** One pass: sends up to one batch of due deliveries; returns how many were claimed. Blocking. */
    public synchronized int sendDue() {
        double lease = config.timeout().plus(config.connectTimeout()).plusSeconds(60).toMillis() / 1000.0;
        List<Due> due = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Row r : pool.withConnection(c -> c.preparedQuery(CLAIM).execute(Tuple.of(config.batchSize(), lease)))
                .await().atMost(Duration.ofSeconds(10))) {
            List<String> secrets = new ArrayList<>();
            secrets.add(r.getString("secret"));
            OffsetDateTime previousExpires = r.getOffsetDateTime("previous_secret_expires_at");
            if (r.getString("previous_secret") != null && previousExpires != null && previousExpires.isAfter(now)) {
                secrets.add(r.getString("previous_secret"));
            }
            due.add(new Due(r.getUUID("delivery_id"), r.getString("message_id"), r.getString("payload"),
                    r.getInteger("attempts"), r.getBoolean("manual"), r.getUUID("endpoint_id"), r.getString("url"),
                    secrets));
        }
        List<CompletableFuture<Outcome>> sending = new ArrayList<>(due.size());
        for (Due d : due) {
            sending.add(send(d));
        }
        for (CompletableFuture<Outcome> s : sending) {
            Outcome outcome = s.join();
            try {
                record(outcome);
            } catch (RuntimeException e) {
                if (Failures.isTransient(e)) {
                    throw e;
                }
                // e.g. the endpoint was deleted meanwhile, and its deliveries with it
                LOG.warnf("webhooks: the attempt of delivery %s could not be recorded (%s)", outcome.due().id(), e.toString());
            }
        }
        return due.size();
    }

    private CompletableFuture<Outcome> send(Due d) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        long started = System.nanoTime();
        WebhookTargetRule.Verdict verdict = targets.check(d.url());
        if (!verdict.allowed()) {
            return CompletableFuture.completedFuture(new Outcome(d, at, elapsed(started), null,
                    "target refused: url " + verdict.refusal()));
        }
        long timestamp = at.toEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(verdict.uri()).timeout(config.timeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "carbon-neutrality-suite-webhooks/1")
                    .header("webhook-id", d.messageId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.header(d.secrets(), d.messageId(), timestamp, d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload())).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(d, at, elapsed(started), null,
                    "the request could not be made: " + e.getMessage()));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null
                        ? new Outcome(d, at, elapsed(started), response.statusCode(), null)
                        : new Outcome(d, at, elapsed(started), null, describe(failure)));
    }

    private void record(Outcome o) {
        Due d = o.due();
        int attempts = d.attempts() + 1;
        String status;
        OffsetDateTime next = null;
        boolean exhausted = false;
        if (o.succeeded()) {
            status = "SUCCEEDED";
        } else if (!d.manual() && schedule.after(attempts).isPresent()) {
            status = "PENDING";
            next = o.at().plus(schedule.after(attempts).get());
        } else {
            status = "FAILED";
            exhausted = !d.manual();
        }
        String error = o.error() != null ? o.error() : o.succeeded() ? null : "HTTP " + o.httpStatus();
        final String outcomeStatus = status;
        final OffsetDateTime nextAttempt = next;
        final int failedDelivery = exhausted ? 1 : 0;
        String notice = pool.withTransaction(c -> c.preparedQuery(INSERT_ATTEMPT).execute(tuple(d.id(), o.at(),
                        d.manual() ? "MANUAL" : "SCHEDULED", (int) o.durationMs(), o.httpStatus(), o.error(),
                        o.succeeded()))
                .chain(() -> c.preparedQuery(UPDATE_DELIVERY).execute(tuple(d.id(), outcomeStatus, attempts,
                        nextAttempt, o.at())))
                .chain(() -> endpointAfter(c, o, failedDelivery, error))).await().atMost(Duration.ofSeconds(10));
        if (!o.succeeded()) {
            LOG.debugf("webhooks: delivery %s to %s failed (%s), now %s", d.id(), d.url(), error, outcomeStatus);
        }
        if (notice != null) {
            LOG.warnf("webhooks: %s", notice);
        }
    }

    /**
     * The endpoint's failure count after the attempt: reset by a success; after a scheduled attempt failed, counted, and
     * the endpoint disabled when it keeps failing. Answers the notice left the tenant when it was disabled, else null.
     */
    private Uni<String> endpointAfter(SqlConnection c, Outcome o, int failedDelivery, String error) {
        UUID endpoint = o.due().endpointId();
        if (o.succeeded()) {
            return c.preparedQuery(ENDPOINT_SUCCEEDED).execute(Tuple.of(endpoint)).replaceWith((String) null);
        }
        if (o.due().manual()) {
            return Uni.createFrom().nullItem();
        }
        return c.preparedQuery(ENDPOINT_FAILED).execute(Tuple.of(endpoint, o.at(), failedDelivery))
                .chain(() -> c.preparedQuery(DISABLE).execute(tuple(endpoint, o.at(), config.disableAfterFailedDeliveries(),
                        (double) config.disableAfterFailingFor().toSeconds(), error)))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row r = rows.iterator().next();
                    return "tenant " + r.getString("tenant") + " endpoint " + r.getUUID("endpoint_id") + ": "
                            + r.getString("message");
                });
    }

    /** A tuple of the values, any of which may be null. */
    private static Tuple tuple(Object... values) {
        Tuple t = Tuple.tuple();
        for (Object v : values) {
            t.addValue(v);
        }
        return t;
    }

    private static long elapsed(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    private static String describe(Throwable failure) {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String message = t.getMessage();
        String kind = t instanceof java.net.http.HttpTimeoutException ? "timed out"
                : t instanceof java.net.ConnectException ? "could not connect"
                : t instanceof javax.net.ssl.SSLException ? "TLS failed" : "failed";
        return kind + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
