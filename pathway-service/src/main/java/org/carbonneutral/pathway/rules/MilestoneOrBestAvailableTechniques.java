package org.carbonneutral.pathway.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * PATH-6: before offsetting, either the pathway's milestone for the period is met — the period's emissions (from the
 * approved inventory) are at most the linear trajectory from the baseline to the short-term target at the period's end
 * year — or a best-available-techniques justification says what was assessed and why no further action is possible
 * now.
 */
public class MilestoneOrBestAvailableTechniques implements Rule<PathwayFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("PATH-6", Severity.BLOCK,
            "Before offsetting: evidence that best available techniques are applied and why no further action is possible "
                    + "now, or that the pathway's milestone for the period is met.",
            "抵銷前應證明已採行最佳可行技術且目前無法再進一步減量，或已達成路徑於該期間之里程碑。", "G參.三 ¶1");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    /** The linear trajectory's value at {@code year} (tCO2e, 3 decimals HALF_UP); the baseline before the base year. */
    public static BigDecimal milestone(int baseYear, BigDecimal baseline, int targetYear, BigDecimal target, int year) {
        if (year <= baseYear) {
            return baseline.setScale(3, RoundingMode.HALF_UP);
        }
        BigDecimal fraction = BigDecimal.valueOf(Math.min(year, targetYear) - baseYear)
                .divide(BigDecimal.valueOf(targetYear - baseYear), 10, RoundingMode.HALF_UP);
        return baseline.subtract(baseline.subtract(target).multiply(fraction)).setScale(3, RoundingMode.HALF_UP);
    }

    @Override
    public List<Finding> check(PathwayFacts facts) {
        var c = facts.content();
        if (c == null || c.shortTermTargetYear() <= c.baseYear()) {
            return List.of();
        }
        if (c.batJustification() != null) {
            return List.of();
        }
        if (facts.inventory() == null) {
            return List.of(Finding.block("PATH-6", "batJustification", "Whether the period's milestone is met is known "
                    + "once the inventory is approved; otherwise give a best-available-techniques justification.",
                    "盤查核准後始能判斷是否達成里程碑；否則應提出最佳可行技術說明。"));
        }
        int year = facts.periodEnd().getYear();
        BigDecimal milestone = milestone(c.baseYear(), c.baselineTco2e(), c.shortTermTargetYear(), c.shortTermTargetTco2e(), year);
        BigDecimal emissions = facts.inventory().totalTco2e();
        if (emissions.compareTo(milestone) <= 0) {
            return List.of();
        }
        return List.of(Finding.block("PATH-6", "batJustification",
                "The period's emissions, " + emissions + " t, are above the pathway's " + year + " milestone of " + milestone
                        + " t: show that best available techniques are applied and why no further action is possible now.",
                "期間排放量 " + emissions + " 公噸高於路徑 " + year + " 年里程碑 " + milestone + " 公噸，應說明已採行最佳可行技術且目前無法再減量之理由。"));
    }
}
