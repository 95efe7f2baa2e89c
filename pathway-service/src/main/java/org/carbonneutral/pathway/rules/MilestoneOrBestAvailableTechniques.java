package org.carbonneutral.pathway.rules;

import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.pathway.domain.Trajectories;
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
        var trajectory = Trajectories.of(c, facts.periodEnd().getYear(), facts.inventory().totalTco2e(), facts.history());
        if (trajectory == null) {
            return List.of(Finding.block("PATH-6", "shortTermTargetTco2e", "Without an absolute or intensity target there "
                    + "is no milestone; give a best-available-techniques justification.",
                    "未訂絕對或密集度目標即無里程碑；應提出最佳可行技術說明。"));
        }
        if (trajectory.periodValue() == null) {
            return List.of(Finding.block("PATH-6", "intensityTarget.periodActivity", "The milestone of an intensity "
                    + "target needs the metric's value in the period; or give a best-available-techniques justification.",
                    "密集度目標之里程碑需該期間之活動指標數值；或提出最佳可行技術說明。"));
        }
        if (Boolean.TRUE.equals(trajectory.milestoneMet())) {
            return List.of();
        }
        String value = trajectory.periodValue().toPlainString() + " " + trajectory.unit();
        String milestone = trajectory.milestone().toPlainString() + " " + trajectory.unit();
        int year = trajectory.milestoneYear();
        return List.of(Finding.block("PATH-6", "batJustification",
                "The period's " + (Trajectories.ABSOLUTE.equals(trajectory.basis()) ? "emissions" : "intensity") + ", "
                        + value + ", are above the pathway's " + year + " milestone of " + milestone
                        + ": show that best available techniques are applied and why no further action is possible now.",
                "期間" + (Trajectories.ABSOLUTE.equals(trajectory.basis()) ? "排放量" : "排放密集度") + " " + value + " 高於路徑 "
                        + year + " 年里程碑 " + milestone + "，應說明已採行最佳可行技術且目前無法再減量之理由。"));
    }
}
