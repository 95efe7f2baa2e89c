package org.carbonneutral.pathway.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.PathwaySnapshot.YearValue;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.carbonneutral.pathway.domain.SubjectPeriod;
import org.carbonneutral.pathway.domain.Trajectories;
import org.carbonneutral.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

/** Rules and series that read the subject's other periods: PATH-7, the baseline's source (PATH-1 (3)), the actuals. */
class SubjectHistoryTest {

    static final UUID Y2020 = UUID.randomUUID();
    static final UUID Y2024 = UUID.randomUUID();

    static SubjectPeriod period(UUID id, int year, String total, boolean declared, String activity) {
        return new SubjectPeriod(id, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 2, new BigDecimal(total),
                List.of(new InventorySnapshot.ScopeTotal(1, new BigDecimal(total))), declared,
                activity == null ? null : new BigDecimal(activity));
    }

    static PathwayFacts facts(ClaimStandard standard, PathwayContent content, String emissions, List<SubjectPeriod> history,
            SubjectPeriod baseline) {
        return new PathwayFacts(SubjectType.ORGANISATION, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), standard,
                content, emissions == null ? null : TestEvents.organisationInventory(emissions, "0"), history, baseline);
    }

    static List<String> path7(ClaimStandard standard, String emissions, List<SubjectPeriod> history) {
        return new ReductionAfterTheFirstPeriod().check(facts(standard, new PathwayBuilder().build(), emissions, history, null))
                .stream().map(f -> f.ruleId() + "/" + f.severity()).toList();
    }

    @Test
    void theFirstPeriodMayRestOnOffsetsAlone() {
        assertEquals(List.of(), path7(ClaimStandard.PAS_2060, "90000", List.of()));
        // an earlier period that was never declared (or was withdrawn) does not make this period a later one
        assertEquals(List.of(), path7(ClaimStandard.PAS_2060, "90000", List.of(period(Y2024, 2024, "80000", false, null))));
    }

    @Test
    void aLaterPeriodMustShowAReduction() {
        var declared2024 = List.of(period(Y2024, 2024, "90000", true, null));
        assertEquals(List.of(), path7(ClaimStandard.PAS_2060, "89999.999", declared2024));
        assertEquals(List.of("PATH-7/BLOCK"), path7(ClaimStandard.PAS_2060, "90000", declared2024));
        assertEquals(List.of("PATH-7/WARN"), path7(ClaimStandard.ISO_14068_1, "90000", declared2024));
        assertEquals(List.of("PATH-7/BLOCK"), path7(ClaimStandard.PAS_2060, null, declared2024));
        // compared with the latest declared period, not an older, higher one
        assertEquals(List.of("PATH-7/BLOCK"), path7(ClaimStandard.PAS_2060, "95000",
                List.of(period(Y2020, 2020, "100000", true, null), period(Y2024, 2024, "90000", true, null))));
    }

    static List<String> path1(PathwayBuilder b, SubjectPeriod baseline) {
        return new ManagementPlanItems().check(facts(ClaimStandard.ISO_14068_1, b.build(), "90000", List.of(), baseline))
                .stream().map(f -> f.ruleId() + ":" + f.field()).toList();
    }

    @Test
    void theBaselineComesFromAnApprovedInventoryOfTheBaseYearOrACitedSource() {
        assertEquals(List.of(), path1(new PathwayBuilder(), null));
        var b = new PathwayBuilder();
        b.source = null;
        assertEquals(List.of("PATH-1:baselineSource"), path1(b, null));
        b.source = new PathwayContent.BaselineSource(null, "2020 inventory");
        b.byScope = null;
        assertEquals(List.of("PATH-1:baselineByScope"), path1(b, null));

        b = new PathwayBuilder().baselineFrom(Y2020);
        assertEquals(List.of(), path1(b, period(Y2020, 2020, "100000.000", true, null)));
        assertEquals(List.of("PATH-1:baselineSource.inventoryDeclarationId"), path1(b, null));
        assertEquals(List.of("PATH-1:baselineTco2e"), path1(b, period(Y2020, 2020, "99999.999", true, null)));
        assertEquals(List.of("PATH-1:baseYear"), path1(b, period(Y2020, 2021, "100000", true, null)));
    }

    @Test
    void actualsComeFromApprovedInventoriesOfThePeriodsBefore() {
        var content = new PathwayBuilder().build();
        var t = Trajectories.of(content, 2025, new BigDecimal("78500"), List.of(period(Y2020, 2020, "100000", true, null),
                period(Y2024, 2024, "83000", false, null), period(UUID.randomUUID(), 2026, "70000", false, null)));
        assertEquals("ABSOLUTE", t.basis());
        assertEquals(26, t.targets().size());
        assertEquals(new YearValue(2020, new BigDecimal("100000.000")), t.targets().get(0));
        assertEquals(new YearValue(2045, new BigDecimal("0.000")), t.targets().get(25));
        assertEquals(List.of(new YearValue(2020, new BigDecimal("100000.000")), new YearValue(2024, new BigDecimal("83000.000")),
                new YearValue(2025, new BigDecimal("78500.000"))), t.actuals());
        assertEquals(new BigDecimal("79000.000"), t.milestone());
        assertEquals(Boolean.TRUE, t.milestoneMet());
        assertEquals(Boolean.FALSE, Trajectories.of(content, 2025, new BigDecimal("79000.001"), List.of()).milestoneMet());
        assertNull(Trajectories.of(content, 2025, null, List.of()).milestoneMet());
    }

    @Test
    void anIntensityOnlyPathwayHasItsMilestoneOnIntensity() {
        // 20 t per million NTD in 2020 → 11.6 in 2030: the 2025 milestone is 15.8; 2025: 88,000 t over 5,600 = 15.714286
        var b = new PathwayBuilder().targets(2020, "100000", 2030, null, 2045);
        b.intensity = new PathwayContent.IntensityTarget("revenue", "million NTD", new BigDecimal("5000"),
                new BigDecimal("11.6"), new BigDecimal("5600"));
        var t = Trajectories.of(b.build(), 2025, new BigDecimal("88000"), List.of(period(Y2024, 2024, "90000", true, "5000")));
        assertEquals("INTENSITY", t.basis());
        assertEquals("tCO2e/million NTD", t.unit());
        assertEquals(new BigDecimal("15.800000"), t.milestone());
        assertEquals(new BigDecimal("15.714286"), t.periodValue());
        assertEquals(List.of(new YearValue(2024, new BigDecimal("18.000000")), new YearValue(2025, new BigDecimal("15.714286"))),
                t.actuals());
        var rule = new MilestoneOrBestAvailableTechniques();
        assertEquals(List.of(), rule.check(facts(ClaimStandard.ISO_14068_1, b.build(), "88000", List.of(), null)));
        assertEquals(List.of(Severity.BLOCK), rule.check(facts(ClaimStandard.ISO_14068_1, b.build(), "88500", List.of(), null))
                .stream().map(f -> f.severity()).toList());
        b.intensity = new PathwayContent.IntensityTarget("revenue", "million NTD", new BigDecimal("5000"),
                new BigDecimal("11.6"), null);
        assertEquals(List.of("intensityTarget.periodActivity"), rule.check(facts(ClaimStandard.ISO_14068_1, b.build(),
                "88000", List.of(), null)).stream().map(f -> f.field()).toList());
    }
}
