package org.carbonneutral.disclosure.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.disclosure.service.PublicationSaga;
import org.carbonneutral.platform.consumer.IdempotentConsumer;
import org.carbonneutral.platform.part.EventRoutes;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The three parts' approvals and revocations (inventory.events, pathway.events, offset.events), applied once each. */
@ApplicationScoped
public class ApprovalEventsConsumer {

    private static final List<EventType> APPROVALS = List.of(EventType.INVENTORY_APPROVED,
            EventType.INVENTORY_APPROVAL_REVOKED, EventType.PATHWAY_APPROVED, EventType.PATHWAY_APPROVAL_REVOKED,
            EventType.OFFSETS_APPROVED, EventType.OFFSETS_APPROVAL_REVOKED);

    private final IdempotentConsumer events;

    public ApprovalEventsConsumer(IdempotentConsumer events) {
        this.events = events;
    }

    @Incoming("inventory-events")
    @Incoming("pathway-events")
    @Incoming("offset-events")
    public Uni<Void> consume(String value) {
        return events.consume(value);
    }

    /** Every approval and revocation goes to the publication projection. */
    @Produces
    @Singleton
    static EventRoutes routes(PublicationSaga saga) {
        EventRoutes.Builder routes = EventRoutes.builder();
        APPROVALS.forEach(type -> routes.on(type, Record.class, (event, payload) -> saga.apply(event)));
        return routes.build();
    }
}
