package org.carbonneutral.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.events.InventoryApprovalRevoked;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.OffsetsSnapshot;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.platform.testing.TestEvents;

/**
 * A complete declaration of tenant {@value #TENANT} as the tests see it: its company profile, and the approval and
 * revocation events of its three parts, as inventory-service, pathway-service and offset-service publish them.
 */
public final class ApprovalEvents {

    public static final String TENANT = "acme";

    public static final String PROFILE = """
            {"company":{"name":"Acme Taiwan Co., Ltd.","businessNumber":"12345678","address":"No. 1, Sec. 1, Zhongxiao W. Rd., Taipei",
                        "industry":"Electronic components","listed":true,"article21Emitter":false},
             "processesAndProducts":"Passive components: design, sintering, assembly",
             "commitment":{"signedBy":"Lin Mei-Hua","title":"Chairperson","statement":"We will be carbon neutral every year and net zero by 2045.",
                           "date":"2025-01-15"},
             "planOwner":{"name":"Chen Wei","title":"ESG manager","email":"esg@acme.example","phone":"+886-2-1234-5678"},
             "team":[{"name":"Chen Wei","role":"Plan owner","department":"ESG office"},
                     {"name":"Wang Li","role":"Inventory lead","department":"Plant engineering"}],
             "outlook":"Rooftop solar on all plants by 2027; electrified kilns by 2030."}""";

    /** {@link #PROFILE} with the optional facts of chapters 1.1, 2.2.2 and 3.2 of the appendix template. */
    public static final String FULL_PROFILE = PROFILE.replace("\"article21Emitter\":false}",
            "\"article21Emitter\":false,\"representative\":\"Lin Mei-Hua\"}").replace("\"outlook\":", """
            "organisationChart":{"reference":"https://www.acme.example/about/organisation.pdf","description":"Board, president, ESG office"},
            "policyStatement":"We save energy and reduce our emissions voluntarily.",
            "dataManagement":"Meter readings entered monthly, checked by a second person against invoices, kept 7 years.",
            "assumptionsAndReasons":"Production stays at the 2025 level; heat pumps because drying is the largest LPG use.",
            "outlook":""".strip());

    private ApprovalEvents() {
    }

    public static CloudEvent inventory(UUID id, int revision) {
        return Events.envelope(EventType.INVENTORY_APPROVED, "/inventory-service", TENANT, id, new InventoryApproved(id,
                revision, "a".repeat(64), "ann", OffsetDateTime.now(), List.of(),
                TestEvents.organisationInventory("1250.5", "948.0" + revision)));
    }

    public static CloudEvent pathway(UUID id, int revision, int inventoryRevision) {
        return Events.envelope(EventType.PATHWAY_APPROVED, "/pathway-service", TENANT, id, new PathwayApproved(id, revision,
                inventoryRevision, "b".repeat(64), "ann", OffsetDateTime.now(), List.of(),
                new PathwaySnapshot(2020, new BigDecimal("3000"), List.of(), new PathwaySnapshot.BaselineSource(null, null,
                        "2020 inventory"), List.of(1, 2), "SBTI_1_5C", new BigDecimal("0.042"), 2031, new BigDecimal("1800"),
                        new BigDecimal("0.0363636364"), null, 2045, "net zero 2045",
                        List.of(new PathwaySnapshot.ExpectedCredits(2025, new BigDecimal("2199"), "MOENV offset credits")),
                        new PathwaySnapshot.Trajectory("ABSOLUTE", "tCO2e", List.of(
                                new PathwaySnapshot.YearValue(2020, new BigDecimal("3000.000")),
                                new PathwaySnapshot.YearValue(2031, new BigDecimal("1800.000")),
                                new PathwaySnapshot.YearValue(2045, new BigDecimal("0.000"))),
                                List.of(new PathwaySnapshot.YearValue(2025, new BigDecimal("2198.500"))), 2025,
                                new BigDecimal("2454.545"), new BigDecimal("2198.500"), true),
                        List.of(new PathwaySnapshot.MeasureResult("Heat-pump dryers", "ENERGY_SUBSTITUTION", List.of(1),
                                List.of("LPG dryers"), null, null, new BigDecimal("120"), new BigDecimal("80"), null,
                                "LPG before/after", "metered LPG x MOENV factor", "LPG kg/month", "monthly", "IMPLEMENTED",
                                LocalDate.of(2025, 3, 1), null, LocalDate.of(2025, 3, 1),
                                "https://acme.example/esg/heat-pump-dryers-2025.pdf", "metered LPG, March to December",
                                true)), null, null,
                        new BigDecimal("2198.5"), BigDecimal.ZERO, new BigDecimal("2198.5"), null, List.of(), null)));
    }

    public static CloudEvent offsets(UUID id, int revision, int inventoryRevision) {
        return offsets(id, revision, inventoryRevision, 1);
    }

    /** Credits approved against {@code inventoryRevision} after pathway revision {@code pathwayRevision}. */
    public static CloudEvent offsets(UUID id, int revision, int inventoryRevision, Integer pathwayRevision) {
        return Events.envelope(EventType.OFFSETS_APPROVED, "/offset-service", TENANT, id, new OffsetsApproved(id, revision,
                inventoryRevision, "c".repeat(64), "ann", OffsetDateTime.now(), List.of(),
                new OffsetsSnapshot(new BigDecimal("2198.5"), new BigDecimal("2198.5"), new BigDecimal("100.00"), 2199, 2199, pathwayRevision,
                        List.of(new OffsetsSnapshot.RetirementLine("MOENV", "TW-2-1-030172798-030174996-00-00-A0000070",
                                "TW", 30172798, 30174996, 2199, 2023, LocalDate.of(2024, 5, 20), LocalDate.of(2026, 3, 1),
                                "Acme Taiwan", "Carbon neutrality 2025", "https://ghgregistry.moenv.gov.tw/", true,
                                new OffsetsSnapshot.ProjectLine("A0000070", "Boiler fuel switch", "REDUCTION", null,
                                        "OFFSET_PROJECT", "AMS-III.B", "Kaohsiung", "Acme Energy", List.of(), true, "SGS Taiwan",
                                        true, false, List.of()))),
                        List.of())));
    }

    public static CloudEvent inventoryRevoked(UUID id, int revoked, int current) {
        return Events.envelope(EventType.INVENTORY_APPROVAL_REVOKED, "/inventory-service", TENANT, id,
                new InventoryApprovalRevoked(id, revoked, current, "activity data corrected", OffsetDateTime.now()));
    }
}
