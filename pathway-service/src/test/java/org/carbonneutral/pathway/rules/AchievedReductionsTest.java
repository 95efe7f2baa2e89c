package org.carbonneutral.pathway.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.pathway.domain.AchievedReductions;
import org.carbonneutral.pathway.domain.PathwayContent.Measure;
import org.carbonneutral.pathway.domain.PathwayContent.MeasureStatus;
import org.carbonneutral.pathway.domain.PathwayContent.ReductionEvidence;
import org.carbonneutral.pathway.domain.PathwayContent.TechniqueApplied;
import org.carbonneutral.pathway.domain.Trajectories;
import org.carbonneutral.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

/** PATH-5 and PATH-6 count only what was achieved: measures in operation with evidence, techniques applied. */
class AchievedReductionsTest {

    static final LocalDate END = LocalDate.of(2025, 12, 31);

    static List<Finding> path5(List<Measure> measures) {
        var b = new PathwayBuilder();
        b.measures = measures;
        return new ReductionsBeforeOffsets().check(new PathwayFacts(LocalDate.of(2025, 1, 1), END,
                ClaimStandard.ISO_14068_1, b.build(), TestEvents.organisationInventory("70000", "0")));
    }

    static List<String> fields(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + ":" + f.field()).toList();
    }

    static Measure heatPumps(MeasureStatus status, LocalDate on, String achieved, ReductionEvidence evidence) {
        return PathwayBuilder.withResult(PathwayBuilder.heatPumps(), status, on, achieved, evidence);
    }

    @Test
    void aFirstDeclarationWithOnlyPlannedMeasuresIsRefused() {
        var planned = heatPumps(MeasureStatus.PLANNED, null, null, null);
        List<Finding> findings = path5(List.of(planned));
        assertEquals(List.of("PATH-5:measures"), fields(findings));
        assertEquals(Severity.BLOCK, findings.get(0).severity());
        assertTrue(findings.get(0).messageEn().contains("Planned measures and expected reductions do not count"));
        // an expected reduction alone, in progress, is no result either
        assertEquals(List.of("PATH-5:measures"), fields(path5(List.of(heatPumps(MeasureStatus.IN_PROGRESS,
                LocalDate.of(2025, 3, 1), null, null)))));
    }

    @Test
    void aMeasureInOperationWithAnAchievedReductionAndEvidenceCounts() {
        assertEquals(List.of(), path5(List.of(PathwayBuilder.heatPumps())));
        // one achieved measure beside a planned one is enough
        assertEquals(List.of(), path5(List.of(heatPumps(MeasureStatus.PLANNED, null, null, null), PathwayBuilder.heatPumps())));
        // partly in operation, with what it achieved and the evidence
        assertEquals(List.of(), path5(List.of(heatPumps(MeasureStatus.IN_PROGRESS, LocalDate.of(2025, 9, 1), "12.5",
                PathwayBuilder.EVIDENCE))));
        assertEquals(new BigDecimal("80.000"), AchievedReductions.total(List.of(PathwayBuilder.heatPumps(),
                heatPumps(MeasureStatus.PLANNED, null, null, null)), END));
    }

    @Test
    void aMeasureInOperationOnlyAfterThePeriodDoesNotCount() {
        var later = heatPumps(MeasureStatus.IMPLEMENTED, LocalDate.of(2026, 1, 1), "80", PathwayBuilder.EVIDENCE);
        assertEquals(List.of("PATH-5:measures"), fields(path5(List.of(later))));
        assertEquals(List.of(), path5(List.of(heatPumps(MeasureStatus.COMPLETED, END, "80", PathwayBuilder.EVIDENCE))));
    }

    @Test
    void anImplementedMeasureStatesItsDateResultAndEvidence() {
        var bare = heatPumps(MeasureStatus.IMPLEMENTED, null, null, null);
        assertEquals(List.of("PATH-5:measures[0].implementedOn", "PATH-5:measures[0].achievedReductionTco2e",
                "PATH-5:measures[0].evidence.reference", "PATH-5:measures[0].evidence.summary", "PATH-5:measures"),
                fields(path5(List.of(bare))));
        var zero = heatPumps(MeasureStatus.IMPLEMENTED, LocalDate.of(2025, 3, 1), "0", new ReductionEvidence("log", " "));
        assertEquals(List.of("PATH-5:measures[0].achievedReductionTco2e", "PATH-5:measures[0].evidence.summary",
                "PATH-5:measures"), fields(path5(List.of(zero))));
    }

    static List<Finding> path6(int baseYear, List<TechniqueApplied> techniques, String emissions) {
        var b = new PathwayBuilder().targets(baseYear, "100000", 2032, "58000", 2045);
        b.techniques = techniques;
        return new MilestoneOrBestAvailableTechniques().check(new PathwayFacts(LocalDate.of(2025, 1, 1), END,
                ClaimStandard.ISO_14068_1, b.build(), TestEvents.organisationInventory(emissions, "0")));
    }

    @Test
    void whenThePeriodIsTheBaseYearNoMilestoneCanBeMet() {
        // the base year's own emissions are the trajectory's value for 2025: that is no milestone met
        List<Finding> findings = path6(2025, null, "100000");
        assertEquals(List.of("PATH-6:bestAvailableTechniques"), fields(findings));
        assertTrue(findings.get(0).messageEn().contains("base year 2025"));
        assertNull(Trajectories.of(new PathwayBuilder().targets(2025, "100000", 2032, "58000", 2045).build(), 2025,
                new BigDecimal("100000"), List.of()).milestoneMet());
        assertEquals(List.of(), path6(2025, List.of(PathwayBuilder.technique(LocalDate.of(2023, 6, 1))), "100000"));
    }

    @Test
    void eachBestAvailableTechniqueNamesWhatWhereSinceWhenAndWhyNoMore() {
        assertEquals(List.of("PATH-6:bestAvailableTechniques[0].technique", "PATH-6:bestAvailableTechniques[0].appliedAt",
                "PATH-6:bestAvailableTechniques[0].appliedSince", "PATH-6:bestAvailableTechniques[0].whyNoFurtherActionNow"),
                fields(path6(2025, List.of(new TechniqueApplied(" ", null, null, "")), "100000")));
        // applied only after the period: no evidence for it, on the base year as off the milestone
        assertEquals(List.of("PATH-6:bestAvailableTechniques[1].appliedSince"), fields(path6(2025, List.of(
                PathwayBuilder.technique(LocalDate.of(2024, 1, 1)), PathwayBuilder.technique(LocalDate.of(2026, 1, 1))), "100000")));
        assertEquals(List.of("PATH-6:bestAvailableTechniques[0].appliedSince"), fields(path6(2020, List.of(
                PathwayBuilder.technique(LocalDate.of(2026, 1, 1))), "99000")));
    }

    @Test
    void afterTheBaseYearTheMilestoneIsTheTrajectorysValueForThePeriodsEndYear() {
        // base 2020 100,000 t → 2032 58,000 t: 2025 is 100,000 − 42,000 × 5/12 = 82,500 t
        assertEquals(List.of(), path6(2020, null, "82500"));
        assertEquals(List.of("PATH-6:bestAvailableTechniques"), fields(path6(2020, null, "82500.001")));
    }
}
