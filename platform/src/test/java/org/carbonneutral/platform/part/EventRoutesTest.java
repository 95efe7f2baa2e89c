package org.carbonneutral.platform.part;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.PartApprovalRevocation;
import org.carbonneutral.contracts.events.DeclarationWithdrawn;
import org.carbonneutral.contracts.events.InventoryApprovalRevoked;
import org.junit.jupiter.api.Test;

class EventRoutesTest {

    static CloudEvent event(EventType type, Record payload, UUID id) {
        return Events.envelope(type, "/test", "acme", id, payload);
    }

    @Test
    void anEventGoesToItsRouteWithItsPayloadAndOtherTypesAreIgnored() {
        List<String> seen = new ArrayList<>();
        EventRoutes routes = EventRoutes.builder()
                .on(EventType.INVENTORY_APPROVAL_REVOKED, PartApprovalRevocation.class, (event, revoked) -> {
                    seen.add(revoked.revokedRevision() + ":" + revoked.reason());
                    return Uni.createFrom().voidItem();
                }).build();
        UUID id = UUID.randomUUID();
        routes.apply(event(EventType.INVENTORY_APPROVAL_REVOKED,
                new InventoryApprovalRevoked(id, 2, 3, "corrected", OffsetDateTime.now()), id)).await().indefinitely();
        routes.apply(event(EventType.DECLARATION_WITHDRAWN, new DeclarationWithdrawn(id, 1, "x", OffsetDateTime.now()), id))
                .await().indefinitely();
        assertEquals(List.of("2:corrected"), seen);
        assertTrue(routes.handles(EventType.INVENTORY_APPROVAL_REVOKED));
    }

    @Test
    void aTypeRoutedTwiceOrToTheWrongPayloadFailsAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> EventRoutes.builder()
                .on(EventType.INVENTORY_APPROVED, Record.class, (e, p) -> Uni.createFrom().voidItem())
                .on(EventType.INVENTORY_APPROVED, Record.class, (e, p) -> Uni.createFrom().voidItem()));
        assertThrows(IllegalArgumentException.class, () -> EventRoutes.builder()
                .on(EventType.DECLARATION_OPENED, PartApprovalRevocation.class, (e, p) -> Uni.createFrom().voidItem()));
    }
}
