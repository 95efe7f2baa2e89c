package org.carbonneutral.platform.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.DeclarationOpened;
import org.carbonneutral.contracts.events.InventoryApprovalRevoked;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.InventorySnapshot;

/** Upstream events as the other services publish them, for testing one service on the real broker. */
public final class TestEvents {

    private TestEvents() {
    }

    public static UUID declarationOpened(String tenant, SubjectType type, LocalDate start, LocalDate end,
            ClaimStandard standard) {
        UUID id = UUID.randomUUID();
        TestKafka.publish(EventType.DECLARATION_OPENED, tenant, id,
                new DeclarationOpened(id, type, "Acme Taiwan", "All Taiwan sites", start, end, standard));
        return id;
    }

    public static InventorySnapshot organisationInventory(String scope1, String scope2) {
        BigDecimal s1 = new BigDecimal(scope1);
        BigDecimal s2 = new BigDecimal(scope2);
        BigDecimal total = s1.add(s2);
        return new InventorySnapshot(SubjectType.ORGANISATION,
                List.of(new InventorySnapshot.SourceLine("Diesel", 1, s1), new InventorySnapshot.SourceLine("Electricity", 2, s2)),
                List.of(new InventorySnapshot.ScopeTotal(1, s1), new InventorySnapshot.ScopeTotal(2, s2),
                        new InventorySnapshot.ScopeTotal(3, BigDecimal.ZERO.setScale(3))),
                total, BigDecimal.ZERO.setScale(3), total, List.of(), null, null);
    }

    public static void inventoryApproved(String tenant, UUID id, int revision, InventorySnapshot snapshot) {
        TestKafka.publish(EventType.INVENTORY_APPROVED, tenant, id, new InventoryApproved(id, revision,
                "d".repeat(64), "ann", OffsetDateTime.now(), List.of(), snapshot));
    }

    public static void inventoryApprovalRevoked(String tenant, UUID id, int revokedRevision, int currentRevision) {
        TestKafka.publish(EventType.INVENTORY_APPROVAL_REVOKED, tenant, id, new InventoryApprovalRevoked(id,
                revokedRevision, currentRevision, "activity data corrected", OffsetDateTime.now()));
    }
}
