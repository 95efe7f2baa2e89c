package org.carbonneutral.platform.consumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Function;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.platform.part.EventRoutes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies an event at most once per consumer, by the service's one table of {@link EventRoutes}: the event id is recorded in {@code processed_event} in the same
 * transaction as the effect, so duplicates and redeliveries change nothing. A record that is not a suite event, or
 * whose effect rejects it, fails the message (the channel sends it to its dead-letter topic); transient failures
 * are retried first.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final String RECORD = "insert into processed_event (event_id, consumer, event_type, processed_at) "
            + "values (?1, ?2, ?3, now()) on conflict do nothing";

    private final String consumer;
    private final EventRoutes routes;

    public IdempotentConsumer(@ConfigProperty(name = "quarkus.application.name") String consumer, EventRoutes routes) {
        this.consumer = consumer;
        this.routes = routes;
    }

    /** Applies a record's event by the service's {@link EventRoutes}, once. */
    public Uni<Void> consume(String value) {
        return consume(value, routes::apply);
    }

    Uni<Void> consume(String value, Function<CloudEvent, Uni<Void>> effect) {
        CloudEvent event;
        try {
            event = Events.parse(value);
        } catch (IllegalArgumentException e) {
            LOG.warnf("dead-lettering a record that is not a suite event: %s", e.getMessage());
            return Uni.createFrom().failure(new PoisonMessageException(e.getMessage(), e));
        }
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery(RECORD)
                                .setParameter(1, event.id())
                                .setParameter(2, consumer)
                                .setParameter(3, event.type())
                                .executeUpdate())
                        .chain(inserted -> inserted == 0 ? Uni.createFrom().voidItem() : effect.apply(event)))
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
