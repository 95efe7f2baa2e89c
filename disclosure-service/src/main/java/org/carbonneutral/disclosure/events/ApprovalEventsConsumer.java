package org.carbonneutral.disclosure.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.carbonneutral.disclosure.service.ApprovalProjection;
import org.carbonneutral.platform.consumer.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes the three parts' approvals and revocations (inventory.events, pathway.events, offset.events). */
@ApplicationScoped
public class ApprovalEventsConsumer {

    private final IdempotentConsumer consumer;
    private final ApprovalProjection projection;

    public ApprovalEventsConsumer(IdempotentConsumer consumer, ApprovalProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @Incoming("inventory-events")
    public Uni<Void> inventory(String value) {
        return consumer.consume(value, projection::apply);
    }

    @Incoming("pathway-events")
    public Uni<Void> pathway(String value) {
        return consumer.consume(value, projection::apply);
    }

    @Incoming("offset-events")
    public Uni<Void> offsets(String value) {
        return consumer.consume(value, projection::apply);
    }
}
