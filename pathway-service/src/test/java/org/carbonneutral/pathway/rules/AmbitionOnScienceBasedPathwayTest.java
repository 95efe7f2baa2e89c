package org.carbonneutral.pathway.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.junit.jupiter.api.Test;

class AmbitionOnScienceBasedPathwayTest {

    final AmbitionOnScienceBasedPathway rule = new AmbitionOnScienceBasedPathway();

    List<String> check(int baseYear, String baseline, int targetYear, String target) {
        var content = new PathwayBuilder().targets(baseYear, baseline, targetYear, target, 2045).build();
        return rule.check(new PathwayFacts(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1,
                content, null)).stream().map(f -> f.ruleId() + "/" + f.severity() + ":" + f.field()).toList();
    }

    @Test
    void fourPointTwoPercentPerYearExactlyPasses() {
        // (1 − 58,000 / 100,000) / (2030 − 2020) = 0.042
        assertEquals(new BigDecimal("0.0420000000"), AmbitionOnScienceBasedPathway.impliedAnnualRate(2020,
                new BigDecimal("100000"), 2030, new BigDecimal("58000")));
        assertEquals(List.of(), check(2020, "100000", 2030, "58000"));
    }

    @Test
    void lessAmbitionIsFlaggedWithTheRate() {
        assertEquals(List.of("PATH-3/WARN:shortTermTargetTco2e"), check(2020, "100000", 2030, "58001"));
        var f = rule.check(new PathwayFacts(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1,
                new PathwayBuilder().targets(2020, "100000", 2030, "75000", 2045).build(), null));
        assertEquals("The target implies 2.50 %/yr linear reduction from 2020, below the 4.2 %/yr of a 1.5 °C pathway.",
                f.get(0).messageEn());
    }

    @Test
    void baseYearBefore2015IsFlagged() {
        assertEquals(List.of("PATH-3/WARN:baseYear"), check(2014, "100000", 2030, "30000"));
        assertEquals(List.of(), check(2015, "100000", 2030, "30000"));
    }

    @Test
    void intensityTargetsAreCheckedOnTheirOwnRate() {
        // 100,000 t over 5,000 million NTD = 20 t per million NTD; 11.6 by 2030 = (1 − 0.58) / 10 = 4.2 %/yr
        var b = new PathwayBuilder().targets(2020, "100000", 2030, null, 2045);
        b.intensity = new PathwayContent.IntensityTarget("revenue", "million NTD", new BigDecimal("5000"),
                new BigDecimal("11.6"), null);
        assertEquals(List.of(), rule.check(new PathwayFacts(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                ClaimStandard.ISO_14068_1, b.build(), null)));
        b.intensity = new PathwayContent.IntensityTarget("revenue", "million NTD", new BigDecimal("5000"),
                new BigDecimal("11.61"), null);
        assertEquals(List.of("PATH-3/WARN:intensityTarget.targetIntensity"), rule.check(new PathwayFacts(LocalDate.of(2025,
                1, 1), LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1, b.build(), null)).stream()
                .map(f -> f.ruleId() + "/" + f.severity() + ":" + f.field()).toList());
    }
}
