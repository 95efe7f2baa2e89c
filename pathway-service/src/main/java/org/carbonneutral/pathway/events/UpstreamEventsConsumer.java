package org.carbonneutral.pathway.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.carbonneutral.platform.consumer.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** disclosure.events and inventory.events, applied once each by the routes of {@code PathwayService#routes}. */
@ApplicationScoped
public class UpstreamEventsConsumer {

    private final IdempotentConsumer events;

    public UpstreamEventsConsumer(IdempotentConsumer events) {
        this.events = events;
    }

    @Incoming("disclosure-events")
    @Incoming("inventory-events")
    public Uni<Void> consume(String value) {
        return events.consume(value);
    }
}
