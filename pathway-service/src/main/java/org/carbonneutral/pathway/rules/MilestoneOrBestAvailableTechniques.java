package org.carbonneutral.pathway.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.pathway.domain.PathwayContent.TechniqueApplied;
import org.carbonneutral.pathway.domain.Trajectories;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * PATH-6: before offsetting, either the pathway's milestone for the period is met — the period's emissions (from the
 * approved inventory) are at most the trajectory's value for the period's end year from the base year — or there is
 * evidence that best available techniques are applied: each technique named, where it is applied, since when (in or
 * before the period), and why no further action is possible now. When the period is the base year no milestone can be
 * met (the trajectory's value there is the period's own emissions), so the evidence is always needed then.
 */
public class MilestoneOrBestAvailableTechniques implements Rule<PathwayFacts> {

    static final String FIELD = "bestAvailableTechniques";

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
        if (facts.periodEnd().getYear() <= c.baseYear()) {
            return techniques(facts, "The period is the base year " + c.baseYear() + ": no milestone can be met yet, so "
                    + "show the best available techniques applied and why no further action is possible now.",
                    "本期間即為基準年 " + c.baseYear() + "：尚無里程碑可達成，應說明已採行之最佳可行技術及目前無法再減量之理由。");
        }
        if (c.bestAvailableTechniques() != null && !c.bestAvailableTechniques().isEmpty()) {
            return techniques(facts, null, null);
        }
        if (facts.inventory() == null) {
            return List.of(Finding.block("PATH-6", FIELD, "Whether the period's milestone is met is known "
                    + "once the inventory is approved; otherwise show the best available techniques applied.",
                    "盤查核准後始能判斷是否達成里程碑；否則應說明已採行之最佳可行技術。"));
        }
        var trajectory = Trajectories.of(c, facts.periodEnd().getYear(), facts.inventory().totalTco2e(), facts.history());
        if (trajectory == null) {
            return List.of(Finding.block("PATH-6", "shortTermTargetTco2e", "Without an absolute or intensity target there "
                    + "is no milestone; show the best available techniques applied.",
                    "未訂絕對或密集度目標即無里程碑；應說明已採行之最佳可行技術。"));
        }
        if (trajectory.periodValue() == null) {
            return List.of(Finding.block("PATH-6", "intensityTarget.periodActivity", "The milestone of an intensity "
                    + "target needs the metric's value in the period; or show the best available techniques applied.",
                    "密集度目標之里程碑需該期間之活動指標數值；或說明已採行之最佳可行技術。"));
        }
        if (Boolean.TRUE.equals(trajectory.milestoneMet())) {
            return List.of();
        }
        String value = trajectory.periodValue().toPlainString() + " " + trajectory.unit();
        String milestone = trajectory.milestone().toPlainString() + " " + trajectory.unit();
        int year = trajectory.milestoneYear();
        return List.of(Finding.block("PATH-6", FIELD,
                "The period's " + (Trajectories.ABSOLUTE.equals(trajectory.basis()) ? "emissions" : "intensity") + ", "
                        + value + ", are above the pathway's " + year + " milestone of " + milestone
                        + ": show that best available techniques are applied and why no further action is possible now.",
                "期間" + (Trajectories.ABSOLUTE.equals(trajectory.basis()) ? "排放量" : "排放密集度") + " " + value + " 高於路徑 "
                        + year + " 年里程碑 " + milestone + "，應說明已採行最佳可行技術且目前無法再減量之理由。"));
    }

    /** The evidence of best available techniques: at least one entry ({@code en} says why it is needed), each complete. */
    private static List<Finding> techniques(PathwayFacts facts, String en, String zh) {
        var entries = facts.content().bestAvailableTechniques();
        if (entries == null || entries.isEmpty()) {
            return List.of(Finding.block("PATH-6", FIELD, en, zh));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TechniqueApplied t = entries.get(i);
            String at = FIELD + "[" + i + "].";
            if (blank(t.technique())) {
                findings.add(missing(at + "technique", i, "the technique", "技術名稱"));
            }
            if (blank(t.appliedAt())) {
                findings.add(missing(at + "appliedAt", i, "where it is applied", "採行地點"));
            }
            if (t.appliedSince() == null) {
                findings.add(missing(at + "appliedSince", i, "since when it is applied", "採行起始日"));
            } else if (t.appliedSince().isAfter(facts.periodEnd())) {
                findings.add(Finding.block("PATH-6", at + "appliedSince", "Technique " + (i + 1) + " is applied only since "
                        + t.appliedSince() + ", after the period ends on " + facts.periodEnd() + ": it is not evidence for "
                        + "this period.", "第 " + (i + 1) + " 項技術自 " + t.appliedSince() + " 始採行，晚於期間結束日 "
                        + facts.periodEnd() + "，不得作為本期間之佐證。"));
            }
            if (blank(t.whyNoFurtherActionNow())) {
                findings.add(missing(at + "whyNoFurtherActionNow", i, "why no further action is possible now",
                        "目前無法再進一步減量之理由"));
            }
        }
        return findings;
    }

    private static Finding missing(String field, int i, String en, String zh) {
        return Finding.block("PATH-6", field, "Best available technique " + (i + 1) + " does not state " + en + ".",
                "第 " + (i + 1) + " 項最佳可行技術未載明" + zh + "。");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
