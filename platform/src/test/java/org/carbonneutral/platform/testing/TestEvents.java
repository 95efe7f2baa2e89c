package org.carbonneutral.platform.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Organisation;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.DeclarationOpened;
import org.carbonneutral.contracts.events.InventoryApprovalRevoked;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.InventorySnapshot;

/** Upstream events as the other services publish them, for testing one service on the real broker. */
public final class TestEvents {

    private TestEvents() {
    }

    /** The organisation the test declarations are opened for. */
    public static final Organisation ACME = new Organisation("Acme Taiwan Ltd.", List.of("台灣艾克米股份有限公司"),
            "04595257");

    public static UUID declarationOpened(String tenant, SubjectType type, LocalDate start, LocalDate end,
            ClaimStandard standard) {
        return declarationOpened(tenant, type, start, end, standard, ACME);
    }

    public static UUID declarationOpened(String tenant, SubjectType type, LocalDate start, LocalDate end,
            ClaimStandard standard, Organisation organisation) {
        UUID id = UUID.randomUUID();
        TestKafka.publish(EventType.DECLARATION_OPENED, tenant, id,
                new DeclarationOpened(id, type, "Acme Taiwan", "All Taiwan sites", start, end, standard, organisation));
        return id;
    }

    public static InventorySnapshot organisationInventory(String scope1, String scope2) {
        BigDecimal s1 = new BigDecimal(scope1);
        BigDecimal s2 = new BigDecimal(scope2);
        BigDecimal total = s1.add(s2);
        BigDecimal zero = BigDecimal.ZERO.setScale(3);
        return new InventorySnapshot(SubjectType.ORGANISATION, "OPERATIONAL_CONTROL", "AR5", List.of("Taipei head office"),
                List.of(new InventorySnapshot.SourceLine("Diesel", "Taipei head office", 1, 1, null, s1,
                                List.of(new InventorySnapshot.GasLine("CO2", s1.movePointRight(3), s1)),
                                List.of("MOENV-EF:6.0.4:stationary_combustion:柴油:CO2")),
                        new InventorySnapshot.SourceLine("Electricity", "Taipei head office", 2, 2, null, s2,
                                List.of(new InventorySnapshot.GasLine("CO2E", s2.movePointRight(3), s2)),
                                List.of("TAIPOWER-GRID:2017-2024:purchased_electricity:電力:CO2E:2024"))),
                List.of(new InventorySnapshot.ScopeTotal(1, s1), new InventorySnapshot.ScopeTotal(2, s2),
                        new InventorySnapshot.ScopeTotal(3, zero)),
                null, s2, zero,
                List.of(new InventorySnapshot.CategoryTotal(1, s1), new InventorySnapshot.CategoryTotal(2, s2)),
                List.of(new InventorySnapshot.GasTotal("CO2", s1), new InventorySnapshot.GasTotal("CO2E", s2)),
                total, zero, zero, total, total, List.of(), List.of(), new BigDecimal("100.00"),
                new InventorySnapshot.VerificationLine(false, false, null, null, null, null, null),
                List.of(new InventorySnapshot.FactorSetRef("MOENV-EF", "6.0.4", "MOENV")), List.of(), null, null, null, null);
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
