package org.carbonneutral.platform.outbox;

import io.micrometer.core.instrument.Metrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.carbonneutral.platform.failure.Failures;
import org.carbonneutral.platform.metrics.SuiteMetrics;
import org.carbonneutral.platform.tracing.TraceContext;
import org.carbonneutral.platform.kafka.KafkaClientSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in insertion order and marks them sent (at-least-once: a crash between
 * the broker's acknowledgement and the update re-sends, and consumers drop the duplicate by event id). While the
 * broker is away rows wait; nothing is lost across a broker outage or a restart of the service.
 *
 * <p>With several instances of a service on one database, one relays at a time: a pass runs in a transaction that first
 * takes the transaction-scoped advisory lock {@value #LOCK}, and an instance that cannot take it leaves the pass to
 * the holder (every instance is notified of every commit, so the holder's next pass sees what it missed). Rows are
 * therefore sent once, in insertion order, instead of once per instance; the lock ends with the holder's transaction,
 * or its connection when the instance dies.
 *
 * <p>Each send is a producer span continuing the trace of the change that recorded the event, and the record carries
 * its W3C {@code traceparent} header. The backlog (rows not yet sent) and the age of the oldest are measured every
 * {@value #MEASURE_EVERY_MS} ms for {@link SuiteMetrics#OUTBOX_BACKLOG} and {@link SuiteMetrics#OUTBOX_OLDEST_AGE}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final long MEASURE_EVERY_MS = 5000;
    /** The channel the outbox table's trigger notifies at each commit that recorded events. */
    static final String CHANNEL = "outbox_event";
    /** The advisory lock key of the relay: one relaying instance per service database. */
    static final long LOCK = 0x6f7574626f78L; // "outbox"
    /**
     * The unsent rows, if this transaction takes the relay's lock: the uncorrelated subquery is a one-time filter,
     * evaluated once before the scan, so the lock and the rows cost one round trip.
     */
    private static final String SELECT_UNSENT_IF_LOCKED = "select id, topic, event_key, payload, trace_parent "
            + "from outbox_event where (select pg_try_advisory_xact_lock(" + LOCK + ")) and sent_at is null "
            + "order by seq limit $1";
    private static final String MARK_SENT = "update outbox_event set sent_at = now() where id = any($1)";
    private static final String MEASURE = "select count(*) as backlog, "
            + "coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as oldest from outbox_event where sent_at is null";
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(10);
    private static final String MARK_FAILED = "update outbox_event set attempts = attempts + 1, last_error = $2 where id = $1";

    private final Pool pool;
    private final KafkaClientSettings kafka;
    private final int batchSize;
    private final Duration interval;
    private KafkaProducer<String, String> producer;
    private ScheduledExecutorService executor;
    private volatile boolean failing;
    private volatile boolean databaseLost;
    private final Tracer tracer;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestMillis = new AtomicLong();
    private long measuredAt;
    private final Vertx vertx;
    private final PgConnectOptions listen;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private PgSubscriber subscriber;
    private volatile boolean listening;

    public OutboxRelay(Pool pool,
            KafkaClientSettings kafka,
            @ConfigProperty(name = "suite.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "suite.outbox.interval", defaultValue = "0.5s") Duration interval, Tracer tracer,
            Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.pool = pool;
        this.vertx = vertx;
        this.listen = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
        this.tracer = tracer;
        this.kafka = kafka;
        this.batchSize = batchSize;
        this.interval = interval;
    }

    /**
     * Relays on a thread of its own, woken by PostgreSQL when an event is committed ({@code LISTEN outbox_event}; the
     * table's trigger notifies at commit), and polling every {@code suite.outbox.interval} as the fallback for a
     * notification missed while the listening connection was down. The scheduler extension does not go below one
     * second, and latency matters.
     */
    void onStart(@Observes StartupEvent event) {
        Metrics.gauge(SuiteMetrics.OUTBOX_BACKLOG, backlog);
        Metrics.gauge(SuiteMetrics.OUTBOX_OLDEST_AGE, oldestMillis, a -> a.get() / 1000.0);
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::pass, 500, interval.toMillis(), TimeUnit.MILLISECONDS);
        subscriber = PgSubscriber.subscriber(vertx, listen).reconnectPolicy(retries -> 1000L);
        subscriber.closeHandler(v -> {
            if (listening) {
                LOG.warnf("outbox: the connection listening for committed events closed; polling every %s until it is back",
                        interval);
            }
            listening = false;
        });
        subscriber.channel(CHANNEL).subscribeHandler(v -> {
            listening = true;
            wake();
        }).handler(payload -> wake());
        subscriber.connect().onFailure(e -> LOG.warnf("outbox: cannot listen for committed events (%s); polling every %s",
                e.toString(), interval));
    }

    /** Runs a pass soon, once however many notifications arrive meanwhile. */
    private void wake() {
        if (wakePending.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    wakePending.set(false);
                    pass();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                wakePending.set(false); // shutting down
            }
        }
    }

    private void pass() {
        try {
            while (relayOnce() == batchSize) {
                // a full batch: more may be waiting
            }
            measure();
            if (databaseLost) {
                LOG.info("outbox: database reachable again, relaying resumed");
                databaseLost = false;
            }
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                if (!databaseLost) {
                    LOG.warnf("outbox: database unavailable, events wait in the outbox until it is back (%s)", e.toString());
                }
                databaseLost = true;
            } else {
                LOG.errorf(e, "outbox relay pass failed; it is tried again in %s", interval);
            }
        }
    }

    /**
     * One pass: publishes up to one batch, unless another instance is relaying; returns how many rows were published.
     * Blocking: call off the event loop.
     */
    public synchronized int relayOnce() {
        SqlConnection connection = pool.getConnection().await().atMost(STATEMENT_TIMEOUT);
        try {
            Transaction transaction = connection.begin().await().atMost(STATEMENT_TIMEOUT);
            int sent = 0;
            try {
                sent = relay(connection);
                transaction.commit().await().atMost(STATEMENT_TIMEOUT);
            } catch (RuntimeException e) {
                transaction.rollback().onFailure().recoverWithNull().await().atMost(STATEMENT_TIMEOUT);
                throw e;
            }
            return sent;
        } finally {
            connection.close().onFailure().recoverWithNull().await().atMost(STATEMENT_TIMEOUT);
        }
    }

    private int relay(SqlConnection connection) {
        List<Row> rows = new ArrayList<>();
        execute(connection, SELECT_UNSENT_IF_LOCKED, Tuple.of(batchSize)).forEach(rows::add);
        if (rows.isEmpty()) {
            return 0;
        }
        List<UUID> sent = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        String error = null;
        try {
            KafkaProducer<String, String> p = producer();
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            for (Row row : rows) {
                String topic = row.getString("topic");
                Span span = tracer.spanBuilder(topic + " publish").setSpanKind(SpanKind.PRODUCER)
                        .setParent(TraceContext.parent(row.getString("trace_parent")))
                        .setAttribute("messaging.system", "kafka").setAttribute("messaging.destination.name", topic)
                        .setAttribute("messaging.message.id", row.getUUID("id").toString()).startSpan();
                spans.add(span);
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, row.getString("event_key"),
                        row.getString("payload"));
                String traceparent = TraceContext.traceparent(span);
                if (traceparent != null) {
                    record.headers().add(TraceContext.HEADER, traceparent.getBytes(StandardCharsets.US_ASCII));
                }
                acks.add(p.send(record));
            }
            for (int i = 0; i < acks.size(); i++) {
                acks.get(i).get(15, TimeUnit.SECONDS);
                sent.add(rows.get(i).getUUID("id"));
                spans.get(i).end();
                Metrics.counter(SuiteMetrics.OUTBOX_RELAYED, "topic", rows.get(i).getString("topic")).increment();
            }
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            for (int i = sent.size(); i < spans.size(); i++) {
                spans.get(i).setStatus(StatusCode.ERROR, error);
                spans.get(i).end();
            }
            Metrics.counter(SuiteMetrics.OUTBOX_SEND_FAILURES).increment();
            resetProducer();
        }
        if (!sent.isEmpty()) {
            execute(connection, MARK_SENT, Tuple.of(sent.toArray(new UUID[0])));
        }
        if (error != null) {
            if (!failing) {
                LOG.warnf("outbox: broker unavailable, %d event(s) wait for the next attempt (%s)",
                        rows.size() - sent.size(), error);
            }
            failing = true;
            execute(connection, MARK_FAILED, Tuple.of(rows.get(sent.size()).getUUID("id"), error));
        } else if (failing) {
            LOG.info("outbox: broker reachable again, publishing resumed");
            failing = false;
        }
        return sent.size();
    }

    /** Measures the backlog at most every {@value #MEASURE_EVERY_MS} ms (one index scan of the unsent rows). */
    private void measure() {
        long now = System.currentTimeMillis();
        if (now - measuredAt < MEASURE_EVERY_MS) {
            return;
        }
        measuredAt = now;
        Row row = execute(MEASURE, Tuple.tuple()).iterator().next();
        backlog.set(row.getLong("backlog"));
        oldestMillis.set((long) (row.getDouble("oldest") * 1000));
    }

    /**
     * One statement on a connection of its own: a query run on the pool itself while the database is unreachable makes
     * the SQL client fail its request twice (once now, once when its acquisition timer fires), which it logs as an
     * uncaught error on every relay pass of an outage.
     */
    private RowSet<Row> execute(String sql, Tuple arguments) {
        return pool.withConnection(c -> c.preparedQuery(sql).execute(arguments)).await().atMost(STATEMENT_TIMEOUT);
    }

    private static RowSet<Row> execute(SqlConnection connection, String sql, Tuple arguments) {
        return connection.preparedQuery(sql).execute(arguments).await().atMost(STATEMENT_TIMEOUT);
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = kafka.properties();
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000");
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
            props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private void resetProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException ignored) {
                // closing a producer whose broker is gone may fail; a fresh one is made on the next pass
            }
            producer = null;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    /** Stops listening and relaying and closes the producer. */
    public void close() {
        if (subscriber != null) {
            subscriber.close();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        synchronized (this) {
            resetProducer();
        }
    }
}
