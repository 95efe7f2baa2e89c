package org.carbonneutral.platform.consumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.platform.part.EventRoutes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Applies an event at most once per consumer, by the service's one table of {@link EventRoutes}: the event id is recorded in {@code processed_event} in the same
 * transaction as the effect, so duplicates and redeliveries change nothing. A record that is not a suite event, or
 * whose effect rejects it, goes to the dead-letter topic of its topic; transient failures are retried first.
 */
@ApplicationScoped
public class IdempotentConsumer {

    /** The channel every service consumes its upstream topics on. */
    public static final String CHANNEL = "events";

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final String RECORD = "insert into processed_event (event_id, consumer, event_type, processed_at) "
            + "values (?1, ?2, ?3, now()) on conflict do nothing";

    private final String consumer;
    private final EventRoutes routes;

    public IdempotentConsumer(@ConfigProperty(name = "quarkus.application.name") String consumer, EventRoutes routes) {
        this.consumer = consumer;
        this.routes = routes;
    }

    /**
     * The one consumer of a service: every topic it reads comes in on the channel {@value #CHANNEL} (configured with
     * {@code mp.messaging.incoming.events.topics}), and each record is applied once by the service's routes. A record
     * that cannot be applied goes to {@code <its topic>.dlq.<service>} and the channel carries on.
     */
    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        String topic = message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getTopic)
                .orElse(CHANNEL);
        return consume(message.getPayload()).onItemOrFailure().transformToUni((done, failure) ->
                Uni.createFrom().completionStage(failure == null ? message.ack() : message.nack(failure,
                        Metadata.of(OutgoingKafkaRecordMetadata.builder().withTopic(topic + ".dlq." + consumer).build()))));
    }

    /**
     * Applies the record's event by the routes, once. A type the service has no route for (a topic carries more types
     * than a service needs) has no effect, so nothing is recorded for it either.
     */
    Uni<Void> consume(String value) {
        CloudEvent event;
        try {
            event = Events.parse(value);
        } catch (IllegalArgumentException e) {
            LOG.warnf("dead-lettering a record that is not a suite event: %s", e.getMessage());
            return Uni.createFrom().failure(new PoisonMessageException(e.getMessage(), e));
        }
        if (!EventType.ofCeType(event.type()).map(routes::handles).orElse(false)) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery(RECORD)
                                .setParameter(1, event.id())
                                .setParameter(2, consumer)
                                .setParameter(3, event.type())
                                .executeUpdate())
                        .chain(inserted -> inserted == 0 ? Uni.createFrom().voidItem() : routes.apply(event)))
                .ifNoItem().after(Duration.ofSeconds(30)).fail()
                .invoke(() -> LOG.debugf("applied %s %s for %s", event.type(), event.id(), event.subject()))
                .onFailure(e -> !(e instanceof PoisonMessageException || e instanceof IllegalArgumentException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(5)
                .onFailure().invoke(e -> LOG.warnf("event %s (%s) failed and goes to the dead-letter topic: %s",
                        event.id(), event.type(), e.getMessage()));
    }

    /** Thrown for a record that can never be applied. */
    public static class PoisonMessageException extends RuntimeException {
        public PoisonMessageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
