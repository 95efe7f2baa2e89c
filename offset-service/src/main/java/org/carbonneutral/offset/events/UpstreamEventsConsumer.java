package org.carbonneutral.offset.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.carbonneutral.offset.service.OffsetsWorkflow;
import org.carbonneutral.platform.consumer.IdempotentConsumer;
import org.carbonneutral.platform.part.DependentPartEvents;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes DeclarationOpened (disclosure.events), the inventory's approvals and revocations (inventory.events), and the
 * pathway's (pathway.events), whose approved revision the credits' approval names.
 */
@ApplicationScoped
public class UpstreamEventsConsumer {

    private final IdempotentConsumer consumer;
    private final OffsetsWorkflow workflow;

    public UpstreamEventsConsumer(IdempotentConsumer consumer, OffsetsWorkflow workflow) {
        this.consumer = consumer;
        this.workflow = workflow;
    }

    @Incoming("disclosure-events")
    public Uni<Void> declarations(String value) {
        return consumer.consume(value, event -> DependentPartEvents.apply(workflow, event));
    }

    @Incoming("inventory-events")
    public Uni<Void> inventory(String value) {
        return consumer.consume(value, event -> DependentPartEvents.apply(workflow, event));
    }

    @Incoming("pathway-events")
    public Uni<Void> pathway(String value) {
        return consumer.consume(value, workflow::onPathwayEvent);
    }
}
