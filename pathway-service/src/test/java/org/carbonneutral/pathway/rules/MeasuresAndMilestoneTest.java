package org.carbonneutral.pathway.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.carbonneutral.pathway.domain.PathwayContent.Measure;
import org.carbonneutral.pathway.domain.Trajectories;
import org.carbonneutral.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

class MeasuresAndMilestoneTest {

    final List<org.carbonneutral.platform.rules.Rule<PathwayFacts>> rules = List.of(new MeasuresAreTypedAndMonitored(),
            new ReductionsBeforeOffsets(), new MilestoneOrBestAvailableTechniques(), new ManagementPlanItems());

    static Measure heatPumps(String basis, List<Integer> scopes) {
        return PathwayBuilder.measure(basis, scopes);
    }

    List<String> check(List<Measure> measures, List<PathwayContent.TechniqueApplied> techniques, String emissions) {
        // base 2020 100,000 t → 2030 58,000 t: the 2025 milestone is 79,000 t
        var b = new PathwayBuilder();
        b.measures = measures;
        b.techniques = techniques;
        var inventory = emissions == null ? null : TestEvents.organisationInventory(emissions, "0");
        var facts = new PathwayFacts(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1,
                b.build(), inventory);
        return rules.stream().flatMap(r -> r.check(facts).stream()).map(f -> f.ruleId() + ":" + f.field()).toList();
    }

    @Test
    void milestoneOnTheLinearTrajectory() {
        assertEquals(new BigDecimal("79000.000"), Trajectories.valueAt(2020, new BigDecimal("100000"), 2030,
                new BigDecimal("58000"), 2045, 2025, 3));
        assertEquals(new BigDecimal("58000.000"), Trajectories.valueAt(2020, new BigDecimal("100000"), 2030,
                new BigDecimal("58000"), 2045, 2030, 3));
        // after the short-term target, linear to zero net emissions in 2045: 58,000 × 14/15
        assertEquals(new BigDecimal("54133.333"), Trajectories.valueAt(2020, new BigDecimal("100000"), 2030,
                new BigDecimal("58000"), 2045, 2031, 3));
        assertEquals(new BigDecimal("0.000"), Trajectories.valueAt(2020, new BigDecimal("100000"), 2030,
                new BigDecimal("58000"), 2045, 2045, 3));
        assertEquals(List.of(), check(List.of(heatPumps("before/after metering", List.of(1))), null, "79000"));
    }

    @Test
    void offTrackNeedsABestAvailableTechniquesJustification() {
        List<Measure> one = List.of(heatPumps("before/after metering", List.of(1)));
        assertEquals(List.of("PATH-6:bestAvailableTechniques"), check(one, null, "79000.001"));
        assertEquals(List.of(), check(one, List.of(PathwayBuilder.technique(LocalDate.of(2023, 6, 1))), "90000"));
        assertEquals(List.of("PATH-6:bestAvailableTechniques"), check(one, null, null));
    }

    @Test
    void reductionsComeBeforeRemovalsAndOffsets() {
        Measure trees = new Measure("Plant trees", PathwayContent.MeasureType.REMOVAL_ENHANCEMENT, List.of(1), List.of(),
                "growth tables", "allometric", "survival rate", "yearly", null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("PATH-5:measures"), check(List.of(trees), null, "70000"));
        assertEquals(List.of("PATH-5:measures"), check(List.of(), null, "70000"));
        assertEquals(List.of(), check(List.of(trees, heatPumps("metering", List.of(1))), null, "70000"));
    }

    @Test
    void thePlanStatesTimelineAndExpectedCredits() {
        var b = new PathwayBuilder();
        b.timeline = " ";
        b.credits = List.of();
        var content = b.build();
        assertEquals(List.of("PATH-1:timeline", "PATH-1:expectedCredits"), new ManagementPlanItems().check(new PathwayFacts(
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1, content, null))
                .stream().map(f -> f.ruleId() + ":" + f.field()).toList());
    }

    @Test
    void measuresNameScopesBasisMethodAndIndicator() {
        assertEquals(List.of("PATH-4:measures[0].scopes", "PATH-4:measures[0].calculationBasis"),
                check(List.of(heatPumps(" ", List.of())), null, "70000"));
    }

    @Test
    void productMeasuresStateTheirEffectPerDeclaredUnit() {
        var facts = new PathwayFacts(SubjectType.PRODUCT, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                ClaimStandard.ISO_14068_1, new PathwayBuilder().build(), null, List.of(), null);
        assertEquals(List.of("PATH-4:measures[0].effectPerUnitKgCo2e"), new MeasuresAreTypedAndMonitored().check(facts)
                .stream().map(f -> f.ruleId() + ":" + f.field()).toList());
        var b = new PathwayBuilder();
        var m = PathwayBuilder.heatPumps();
        b.measures = List.of(new Measure(m.name(), m.type(), m.scopes(), m.sourcesAffected(), m.calculationBasis(),
                m.quantificationMethod(), m.monitoringIndicator(), m.monitoringFrequency(), m.beforeTco2e(), m.afterTco2e(),
                m.expectedReductionTco2e(), m.achievedReductionTco2e(), new BigDecimal("0.042"), m.status(), m.startDate(),
                m.endDate(), m.implementedOn(), m.evidence()));
        assertEquals(List.of(), new MeasuresAreTypedAndMonitored().check(new PathwayFacts(SubjectType.PRODUCT,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1, b.build(), null, List.of(),
                null)));
    }
}
