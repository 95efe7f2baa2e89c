package org.carbonneutral.pathway.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.carbonneutral.pathway.domain.PathwayContent.Measure;
import org.carbonneutral.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

class MeasuresAndMilestoneTest {

    final PathwayRules rules = new PathwayRules();

    static Measure heatPumps(String basis, List<Integer> scopes) {
        return new Measure("Heat-pump dryers", PathwayContent.MeasureType.ENERGY_SUBSTITUTION, scopes, List.of("LPG dryers"),
                basis, "metered LPG before/after", "LPG kg/month", "monthly", new BigDecimal("120"), new BigDecimal("80"),
                PathwayContent.MeasureStatus.IN_PROGRESS, LocalDate.of(2025, 3, 1), null);
    }

    List<String> check(List<Measure> measures, PathwayContent.BatJustification bat, String emissions) {
        // base 2020 100,000 t → 2030 58,000 t: the 2025 milestone is 79,000 t
        var content = new PathwayContent(2020, new BigDecimal("100000"), 2030, new BigDecimal("58000"), 2045, measures, bat);
        var inventory = emissions == null ? null : TestEvents.organisationInventory(emissions, "0");
        return rules.evaluate(new PathwayFacts(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1,
                content, inventory)).stream().map(f -> f.ruleId() + ":" + f.field()).toList();
    }

    @Test
    void milestoneOnTheLinearTrajectory() {
        assertEquals(new BigDecimal("79000.000"), MilestoneOrBestAvailableTechniques.milestone(2020, new BigDecimal("100000"),
                2030, new BigDecimal("58000"), 2025));
        assertEquals(new BigDecimal("58000.000"), MilestoneOrBestAvailableTechniques.milestone(2020, new BigDecimal("100000"),
                2030, new BigDecimal("58000"), 2031));
        assertEquals(List.of(), check(List.of(heatPumps("before/after metering", List.of(1))), null, "79000"));
    }

    @Test
    void offTrackNeedsABestAvailableTechniquesJustification() {
        assertEquals(List.of("PATH-6:batJustification"), check(List.of(), null, "79000.001"));
        assertEquals(List.of(), check(List.of(), new PathwayContent.BatJustification("kilns, dryers and compressors audited "
                + "in 2025", "remaining kilns have no electric alternative at this temperature"), "90000"));
        assertEquals(List.of("PATH-6:batJustification"), check(List.of(), null, null));
    }

    @Test
    void measuresNameScopesBasisMethodAndIndicator() {
        assertEquals(List.of("PATH-4:measures[0].scopes", "PATH-4:measures[0].calculationBasis"),
                check(List.of(heatPumps(" ", List.of())), null, "70000"));
    }
}
