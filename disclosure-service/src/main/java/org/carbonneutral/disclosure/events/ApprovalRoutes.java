package org.carbonneutral.disclosure.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.disclosure.service.PublicationSaga;
import org.carbonneutral.platform.part.EventRoutes;

/**
 * What disclosure-service consumes (inventory.events, pathway.events, offset.events): every approval and revocation
 * of the three parts goes to the publication projection.
 */
@ApplicationScoped
public class ApprovalRoutes {

    private static final List<EventType> APPROVALS = List.of(EventType.INVENTORY_APPROVED,
            EventType.INVENTORY_APPROVAL_REVOKED, EventType.PATHWAY_APPROVED, EventType.PATHWAY_APPROVAL_REVOKED,
            EventType.OFFSETS_APPROVED, EventType.OFFSETS_APPROVAL_REVOKED);

    @Produces
    @Singleton
    static EventRoutes routes(PublicationSaga saga) {
        EventRoutes.Builder routes = EventRoutes.builder();
        APPROVALS.forEach(type -> routes.on(type, Record.class, (event, payload) -> saga.apply(event)));
        return routes.build();
    }
}
