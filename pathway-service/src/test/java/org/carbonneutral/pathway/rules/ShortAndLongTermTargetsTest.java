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
        PathwayContent content = new PathwayContent(2020, new BigDecimal("100000"), shortTermYear, new BigDecimal("58000"),
                netZeroYear, null, null, null, null);
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

    @Test
    void noTargetsBlock() {
        List<Finding> f = rule.check(new PathwayFacts(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                ClaimStandard.PAS_2060, null, null));
        assertEquals(1, f.size());
        assertEquals("PATH-2", f.get(0).ruleId());
    }
}
