package org.carbonneutral.platform.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.apache.kafka.common.header.Header;
import org.carbonneutral.platform.failure.Failures;
import org.carbonneutral.platform.metrics.SuiteMetrics;
import org.carbonneutral.platform.persistence.AfterCommit;
import org.carbonneutral.platform.part.EventRoutes;
import org.carbonneutral.platform.tracing.TraceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Applies an event at most once per consumer, by the service's one table of {@link EventRoutes}: the event id is recorded in {@code processed_event} in the same
 * transaction as the effect, so duplicates and redeliveries change nothing. What the effect registers with
 * {@link AfterCommit} runs once that transaction has committed.
 *
 * <p>Failures are told apart ({@link Failures}): while the database or broker is unavailable the record is retried
 * until it is back — the channel processes one record at a time, so the partition waits and order is kept; a record
 * that can never be applied (not a suite event, rejected by its effect) goes to the dead-letter topic of its topic at
 * once; a failure of unknown kind is retried {@value #UNCLASSIFIED_ATTEMPTS} times first. Each dead-lettered record is
 * counted in {@code suite.events.dead_lettered}, each applied one in {@code suite.events.processed}, each already applied
 * one in {@code suite.events.duplicates}.
 *
 * <p>Each record is processed in a consumer span whose parent is the record's W3C {@code traceparent} header (or the
 * event's CloudEvents {@code traceparent} extension): the span is current while the effect runs, so the events the
 * effect records in the outbox continue the same trace.
 */
@ApplicationScoped
public class IdempotentConsumer {

    /** The channel every service consumes its upstream topics on. */
    public static final String CHANNEL = "events";
    /** The metric counting dead-lettered records, by topic and event type. */
    public static final String DEAD_LETTERED = "suite.events.dead_lettered";
    static final int UNCLASSIFIED_ATTEMPTS = 5;
    /** The type a record is counted under when it is not a suite event. */
    static final String UNREADABLE = "unreadable";

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final String RECORD = "insert into processed_event (event_id, consumer, event_type, processed_at) "
            + "values (?1, ?2, ?3, now()) on conflict do nothing";

    private final String consumer;
    private final EventRoutes routes;
    private final MeterRegistry meters;
    private final Duration firstBackOff;
    private final Duration maxBackOff;
    private final Tracer tracer;

    /** What became of a record. */
    enum Outcome { APPLIED, DUPLICATE, NOT_ROUTED }

    public IdempotentConsumer(@ConfigProperty(name = "quarkus.application.name") String consumer, EventRoutes routes,
            MeterRegistry meters, Tracer tracer,
            @ConfigProperty(name = "suite.consumer.retry.first-back-off", defaultValue = "PT0.2S") Duration firstBackOff,
            @ConfigProperty(name = "suite.consumer.retry.max-back-off", defaultValue = "PT3S") Duration maxBackOff) {
        this.consumer = consumer;
        this.routes = routes;
        this.meters = meters;
        this.firstBackOff = firstBackOff;
        this.maxBackOff = maxBackOff;
        this.tracer = tracer;
    }

    /** The dead-letter topic of {@code topic} for the service {@code consumer}. */
    public static String deadLetterTopic(String topic, String consumer) {
        return topic + ".dlq." + consumer;
    }

    /**
     * The one consumer of a service: every topic it reads comes in on the channel {@value #CHANNEL} (configured with
     * {@code mp.messaging.incoming.events.topics}), and each record is applied once by the service's routes. A record
     * that can never be applied goes to {@code <its topic>.dlq.<service>} and the channel carries on.
     */
    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        var kafka = message.getMetadata(IncomingKafkaRecordMetadata.class);
        String topic = kafka.map(IncomingKafkaRecordMetadata::getTopic).orElse(CHANNEL);
        Read read = Read.of(message.getPayload());
        String type = read.type();
        String traceparent = kafka.map(m -> m.getHeaders().lastHeader(TraceContext.HEADER)).map(Header::value)
                .map(v -> new String(v, StandardCharsets.US_ASCII))
                .orElse(read.event() == null ? null : read.event().traceparent());
        return Uni.createFrom().deferred(() -> {
            Span span = tracer.spanBuilder(topic + " process").setSpanKind(SpanKind.CONSUMER)
                    .setParent(TraceContext.parent(traceparent)).setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.destination.name", topic).setAttribute("cloudevents.event_type", type)
                    .setAttribute("messaging.consumer.group.name", consumer).startSpan();
            Scope scope = span.makeCurrent();
            return apply(read).onItemOrFailure().invoke((outcome, failure) -> {
                if (failure != null) {
                    span.setStatus(StatusCode.ERROR, failure.toString());
                } else {
                    span.setAttribute("suite.outcome", outcome.name());
                }
                scope.close();
                span.end();
            });
        }).onItemOrFailure().transformToUni((outcome, failure) -> {
            if (failure == null) {
                if (outcome == Outcome.APPLIED) {
                    meters.counter(SuiteMetrics.EVENTS_PROCESSED, "topic", topic, "type", type).increment();
                } else if (outcome == Outcome.DUPLICATE) {
                    meters.counter(SuiteMetrics.EVENTS_DUPLICATES, "topic", topic, "type", type).increment();
                }
                return Uni.createFrom().completionStage(message.ack());
            }
            meters.counter(DEAD_LETTERED, "topic", topic, "type", type).increment();
            return Uni.createFrom().completionStage(message.nack(failure, Metadata.of(OutgoingKafkaRecordMetadata.builder()
                    .withTopic(deadLetterTopic(topic, consumer)).build())));
        });
    }

    /** Counts a record of {@code topic} sent to its dead-letter topic. */
    void countDeadLettered(String topic, String value) {
        meters.counter(DEAD_LETTERED, "topic", topic, "type", Read.of(value).type()).increment();
    }

    /**
     * Applies the record's event by the routes, once, retrying as its failure's kind allows. A type the service has no
     * route for (a topic carries more types than a service needs) has no effect, so nothing is recorded for it either.
     */
    Uni<Outcome> consume(String value) {
        return apply(Read.of(value));
    }

    /** A record's value read as a suite event, or why it is not one. */
    private record Read(CloudEvent event, IllegalArgumentException unreadable) {

        static Read of(String value) {
            try {
                return new Read(Events.parse(value), null);
            } catch (IllegalArgumentException e) {
                return new Read(null, e);
            }
        }

        /** The event's type, or {@value #UNREADABLE}. */
        String type() {
            return event == null ? UNREADABLE : event.type();
        }
    }

    private Uni<Outcome> apply(Read read) {
        return read.event() == null ? poison(read.unreadable()) : apply(read.event());
    }

    private static Uni<Outcome> poison(IllegalArgumentException e) {
        LOG.warnf("dead-lettering a record that is not a suite event: %s", e.getMessage());
        return Uni.createFrom().failure(new PoisonMessageException(e.getMessage(), e));
    }

    /** Applies a parsed event by the routes, once (see {@link #consume(String)}). */
    private Uni<Outcome> apply(CloudEvent event) {
        if (!EventType.ofCeType(event.type()).map(routes::handles).orElse(false)) {
            return Uni.createFrom().item(Outcome.NOT_ROUTED);
        }
        boolean[] duplicate = {false};
        return retried(event, () -> AfterCommit.transaction(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery(RECORD)
                                .setParameter(1, event.id())
                                .setParameter(2, consumer)
                                .setParameter(3, event.type())
                                .executeUpdate())
                        .chain(inserted -> {
                            duplicate[0] = inserted == 0;
                            return inserted == 0 ? Uni.createFrom().voidItem() : routes.apply(event);
                        }))
                .ifNoItem().after(Duration.ofSeconds(30)).fail())
                .invoke(() -> LOG.debugf("applied %s %s for %s", event.type(), event.id(), event.subject()))
                .map(x -> duplicate[0] ? Outcome.DUPLICATE : Outcome.APPLIED);
    }

    /**
     * Runs {@code attempt} until it succeeds, fails for good, or fails {@value #UNCLASSIFIED_ATTEMPTS} times in a row in a
     * way nobody knows to be transient. Every attempt runs on the Vert.x context the record arrived on, which the
     * reactive session needs, whatever thread the back-off timer fires on.
     */
    Uni<Void> retried(CloudEvent event, Supplier<Uni<Void>> attempt) {
        Context context = Vertx.currentContext();
        int[] unclassified = {0};
        boolean[] waiting = {false};
        return Uni.createFrom().deferred(() -> onContext(context, attempt))
                .onFailure(e -> {
                    Failures.Kind kind = Failures.classify(e);
                    if (kind == Failures.Kind.TRANSIENT) {
                        if (!waiting[0]) {
                            LOG.warnf("event %s (%s) waits for its dependency and is retried until it is back: %s",
                                    event.id(), event.type(), e.toString());
                        }
                        waiting[0] = true;
                        unclassified[0] = 0;
                        return true;
                    }
                    return kind == Failures.Kind.UNCLASSIFIED && ++unclassified[0] < UNCLASSIFIED_ATTEMPTS;
                })
                .retry().withBackOff(firstBackOff, maxBackOff).indefinitely()
                .invoke(() -> {
                    if (waiting[0]) {
                        LOG.infof("event %s (%s) applied after its dependency came back", event.id(), event.type());
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("event %s (%s) cannot be applied and goes to the dead-letter topic: %s",
                        event.id(), event.type(), e.toString()));
    }

    private static Uni<Void> onContext(Context context, Supplier<Uni<Void>> attempt) {
        if (context == null || Vertx.currentContext() == context) {
            return attempt.get();
        }
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored ->
                attempt.get().subscribe().with(emitter::complete, emitter::fail)));
    }

    /** Thrown for a record that can never be applied. */
    public static class PoisonMessageException extends RuntimeException {
        public PoisonMessageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
