package org.carbonneutral.inventory.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.carbonneutral.inventory.service.InventoryWorkflow;
import org.carbonneutral.platform.consumer.IdempotentConsumer;
import org.carbonneutral.platform.part.DependentPartEvents;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes disclosure.events: a DeclarationOpened creates the declaration's inventory part. */
@ApplicationScoped
public class DeclarationEventsConsumer {

    private final IdempotentConsumer consumer;
    private final InventoryWorkflow workflow;

    public DeclarationEventsConsumer(IdempotentConsumer consumer, InventoryWorkflow workflow) {
        this.consumer = consumer;
        this.workflow = workflow;
    }

    @Incoming("disclosure-events")
    public Uni<Void> consume(String value) {
        return consumer.consume(value, event -> DependentPartEvents.apply(workflow, event));
    }
}
