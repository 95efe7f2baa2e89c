package org.carbonneutral.pathway.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.junit.jupiter.api.Test;

class ShortAndLongTermTargetsTest {

    final ShortAndLongTermTargets rule = new ShortAndLongTermTargets();

    List<String> fields(int shortTermYear, int netZeroYear) {
        PathwayContent content = new PathwayBuilder().targets(2020, "100000", shortTermYear, "30000", netZeroYear).build();
        return rule.check(new PathwayFacts(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                ClaimStandard.ISO_14068_1, content, null)).stream().map(f -> f.ruleId() + ":" + f.field()).toList();
    }

    @Test
    void shortTermTargetFiveToTenYearsAfterThePeriod() {
        assertEquals(List.of(), fields(2030, 2045));
        assertEquals(List.of(), fields(2035, 2045));
        assertEquals(List.of("PATH-2:shortTermTargetYear"), fields(2029, 2045));
        assertEquals(List.of("PATH-2:shortTermTargetYear"), fields(2036, 2045));
    }

    @Test
    void netZeroAfterTheShortTermTargetAnd2050AtTheLatest() {
        assertEquals(List.of(), fields(2030, 2050));
        assertEquals(List.of("PATH-2:netZeroYear"), fields(2030, 2051));
        assertEquals(List.of("PATH-2:netZeroYear"), fields(2030, 2030));
        assertEquals(List.of(), fields(2030, 2031));
    }

    List<String> fields(PathwayBuilder b) {
        return rule.check(new PathwayFacts(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                ClaimStandard.ISO_14068_1, b.build(), null)).stream().map(f -> f.ruleId() + ":" + f.field()).toList();
    }

    @Test
    void targetsNameTheirScopesAndTheirScienceBasedPathway() {
        var b = new PathwayBuilder();
        b.scopes = List.of();
        b.reference = null;
        assertEquals(List.of("PATH-2:targetScopes", "PATH-2:scienceBasedReference"), fields(b));
    }

    @Test
    void anAbsoluteTargetBelowItsOwnPathwayBlocks() {
        // 100,000 t → 75,000 t over 10 years = 2.5 %/yr: on the well-below 2 °C pathway, not on the 1.5 °C one
        var b = new PathwayBuilder().targets(2020, "100000", 2030, "75000", 2045);
        b.reference = PathwayContent.ScienceBasedReference.SBTI_WB2C;
        assertEquals(List.of(), fields(b));
        b.reference = PathwayContent.ScienceBasedReference.SBTI_1_5C;
        assertEquals(List.of("PATH-2:shortTermTargetTco2e"), fields(b));
        b.reference = PathwayContent.ScienceBasedReference.SBTI_WB2C;
        b.target = new BigDecimal("75001");
        var f = rule.check(new PathwayFacts(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1,
                b.build(), null));
        assertEquals("The target implies 2.50 %/yr linear reduction, below the pathway it names: SBTi well-below 2 °C "
                + "absolute contraction (2.5 %/yr).", f.get(0).messageEn());
    }

    @Test
    void noTargetsBlock() {
        List<Finding> f = rule.check(new PathwayFacts(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                ClaimStandard.PAS_2060, null, null));
        assertEquals(1, f.size());
        assertEquals("PATH-2", f.get(0).ruleId());
    }
}
