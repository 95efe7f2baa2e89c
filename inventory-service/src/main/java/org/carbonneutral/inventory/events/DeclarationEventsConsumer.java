package org.carbonneutral.inventory.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.carbonneutral.platform.consumer.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** disclosure.events, applied once each by the routes of {@code InventoryService#routes}. */
@ApplicationScoped
public class DeclarationEventsConsumer {

    private final IdempotentConsumer events;

    public DeclarationEventsConsumer(IdempotentConsumer events) {
        this.events = events;
    }

    @Incoming("disclosure-events")
    public Uni<Void> consume(String value) {
        return events.consume(value);
    }
}
