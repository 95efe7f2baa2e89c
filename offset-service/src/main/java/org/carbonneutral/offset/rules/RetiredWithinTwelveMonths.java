package org.carbonneutral.offset.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * OFF-5: retired no later than 12 calendar months after the end of the reporting period, inclusive: period ending
 * 2024-12-31 → retired on 2025-12-31 passes, on 2026-01-01 fails.
 */
public class RetiredWithinTwelveMonths implements Rule<OffsetsFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("OFF-5", Severity.BLOCK,
            "Retired no later than 12 months after the end of the reporting period.",
            "減量額度應於碳中和期間結束後12個月內完成註銷。", "G參.三(一)6, ISO");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    public static LocalDate deadline(LocalDate periodEnd) {
        return periodEnd.plusMonths(12);
    }

    @Override
    public List<Finding> check(OffsetsFacts facts) {
        if (facts.content() == null) {
            return List.of();
        }
        LocalDate deadline = deadline(facts.periodEnd());
        List<Finding> findings = new ArrayList<>();
        for (var c : facts.credits()) {
            var r = c.retirement();
            if (r.retiredOn().isAfter(deadline)) {
                findings.add(Finding.block("OFF-5", c.field("retiredOn"),
                        "Retired on " + r.retiredOn() + ", after the deadline " + deadline
                                + " (12 months after the period ending " + facts.periodEnd() + ").",
                        "註銷日 " + r.retiredOn() + " 晚於期限 " + deadline + "（期間結束 " + facts.periodEnd() + " 後12個月）。"));
            }
        }
        return findings;
    }
}
