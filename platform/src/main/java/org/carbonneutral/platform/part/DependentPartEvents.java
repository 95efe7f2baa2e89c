package org.carbonneutral.platform.part;

import io.smallrye.mutiny.Uni;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;

/** Routes the upstream events a part consumes to its workflow; other event types are ignored. */
public final class DependentPartEvents {

    private DependentPartEvents() {
    }

    public static Uni<Void> apply(PartWorkflow<?, ?> workflow, CloudEvent event) {
        return EventType.ofCeType(event.type()).map(type -> switch (type) {
            case DECLARATION_OPENED -> workflow.onDeclarationOpened(event);
            case INVENTORY_APPROVED -> workflow.onInventoryApproved(event);
            case INVENTORY_APPROVAL_REVOKED -> workflow.onInventoryApprovalRevoked(event);
            default -> Uni.createFrom().voidItem();
        }).orElseGet(() -> Uni.createFrom().voidItem());
    }
}
