package org.carbonneutral.disclosure.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.PartActionRecord;
import org.carbonneutral.contracts.PartApproval;
import org.carbonneutral.contracts.PartApprovalRevocation;
import org.carbonneutral.contracts.Parts;
import org.carbonneutral.disclosure.service.ApprovalProjection;
import org.carbonneutral.disclosure.service.DeclarationTrail;
import org.carbonneutral.platform.part.EventRoutes;

/**
 * What disclosure-service consumes (inventory.events, pathway.events, offset.events): every approval and revocation
 * of the three parts goes to the approval projection, and every action on them to the declaration's trail.
 */
@ApplicationScoped
public class ApprovalRoutes {

    @Produces
    @Singleton
    static EventRoutes routes(ApprovalProjection projection, DeclarationTrail trail) {
        return EventRoutes.builder()
                .on(EventType.INVENTORY_ACTION_RECORDED, PartActionRecord.class, (e, a) -> trail.recorded(e, Parts.INVENTORY, a))
                .on(EventType.PATHWAY_ACTION_RECORDED, PartActionRecord.class, (e, a) -> trail.recorded(e, Parts.PATHWAY, a))
                .on(EventType.OFFSETS_ACTION_RECORDED, PartActionRecord.class, (e, a) -> trail.recorded(e, Parts.OFFSETS, a))
                .on(EventType.INVENTORY_APPROVED, PartApproval.class, (e, a) -> projection.approved(e, Parts.INVENTORY, a))
                .on(EventType.PATHWAY_APPROVED, PartApproval.class, (e, a) -> projection.approved(e, Parts.PATHWAY, a))
                .on(EventType.OFFSETS_APPROVED, PartApproval.class, (e, a) -> projection.approved(e, Parts.OFFSETS, a))
                .on(EventType.INVENTORY_APPROVAL_REVOKED, PartApprovalRevocation.class,
                        (e, r) -> projection.revoked(e, Parts.INVENTORY, r))
                .on(EventType.PATHWAY_APPROVAL_REVOKED, PartApprovalRevocation.class,
                        (e, r) -> projection.revoked(e, Parts.PATHWAY, r))
                .on(EventType.OFFSETS_APPROVAL_REVOKED, PartApprovalRevocation.class,
                        (e, r) -> projection.revoked(e, Parts.OFFSETS, r))
                .build();
    }
}
