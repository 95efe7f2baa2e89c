package org.carbonneutral.pathway.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.carbonneutral.pathway.service.PathwayWorkflow;
import org.carbonneutral.platform.consumer.IdempotentConsumer;
import org.carbonneutral.platform.part.DependentPartEvents;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes DeclarationOpened, Published and Withdrawn (disclosure.events) and the inventory's approvals and revocations (inventory.events). */
@ApplicationScoped
public class UpstreamEventsConsumer {

    private final IdempotentConsumer consumer;
    private final PathwayWorkflow workflow;

    public UpstreamEventsConsumer(IdempotentConsumer consumer, PathwayWorkflow workflow) {
        this.consumer = consumer;
        this.workflow = workflow;
    }

    @Incoming("disclosure-events")
    public Uni<Void> declarations(String value) {
        return consumer.consume(value, workflow::onDeclarationEvent);
    }

    @Incoming("inventory-events")
    public Uni<Void> inventory(String value) {
        return consumer.consume(value, event -> DependentPartEvents.apply(workflow, event));
    }
}
