package org.carbonneutral.offset.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * OFF-4: a credit's vintage year (the year its vintage period ends) is no earlier than five years before the first
 * year of the neutrality period: period 2024 → 2019 passes, 2018 fails.
 */
public class VintageWithinFiveYears implements Rule<OffsetsFacts> {

    public static final int MAX_YEARS_BEFORE = 5;

    private static final RuleDescription DESCRIPTION = new RuleDescription("OFF-4", Severity.BLOCK,
            "Vintage no earlier than 5 years before the start of the neutrality period.",
            "減量額度之年份（計入期結束年）不得早於碳中和期間起始年前5年。", "G參.三(一)4, ISO");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(OffsetsFacts facts) {
        if (facts.content() == null) {
            return List.of();
        }
        int earliest = facts.periodStart().getYear() - MAX_YEARS_BEFORE;
        List<Finding> findings = new ArrayList<>();
        for (var c : facts.credits()) {
            var r = c.retirement();
            if (c.vintageYear() < earliest) {
                findings.add(Finding.block("OFF-4", c.field("vintageYear"),
                        "Vintage " + c.vintageYear() + " of " + r.serialNumber() + " is earlier than " + earliest
                                + " (5 years before the period starting " + facts.periodStart() + ").",
                        "額度 " + r.serialNumber() + " 之年份 " + c.vintageYear() + " 早於 " + earliest + " 年（期間起始 "
                                + facts.periodStart() + " 前5年）。"));
            }
        }
        return findings;
    }
}
