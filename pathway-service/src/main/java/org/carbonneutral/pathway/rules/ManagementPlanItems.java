package org.carbonneutral.pathway.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * PATH-1: the management plan holds (1) subject and boundary (fixed when the declaration is opened), (2) the timeline
 * to neutrality, (3) baseline emissions and (4) the pathway with its targets (required fields of the pathway), and
 * (5) the expected quantity and type of credits — (2), (3) and (5) are checked here. The baseline comes from an
 * approved inventory of the same subject whose period covers the base year (and then equals its total), or from a
 * cited source with its figures by scope — checked against the approved inventory of the base year where the suite holds
 * one for the same subject.
 */
public class ManagementPlanItems implements Rule<PathwayFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("PATH-1", Severity.BLOCK,
            "The management plan holds (1) subject and boundary, (2) timeline to neutrality, (3) baseline emissions, "
                    + "(4) pathway with short- and long-term targets, (5) expected quantity and type of credits.",
            "管理計畫應包含（1）主體與邊界、（2）達成碳中和之時程、（3）基線排放量、（4）短中長期目標之減量路徑、（5）預計使用之減量額度數量與類型。",
            "G參.二 ¶1");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(PathwayFacts facts) {
        if (facts.content() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        if (facts.content().timeline() == null || facts.content().timeline().isBlank()) {
            findings.add(Finding.block("PATH-1", "timeline", "The plan states no timeline to carbon neutrality.",
                    "管理計畫未載明達成碳中和之時程。"));
        }
        if (facts.content().expectedCredits() == null || facts.content().expectedCredits().isEmpty()) {
            findings.add(Finding.block("PATH-1", "expectedCredits",
                    "The plan states no expected quantity and type of credits.", "管理計畫未載明預計使用之減量額度數量與類型。"));
        }
        baseline(facts, findings);
        return findings;
    }

    private static void baseline(PathwayFacts facts, List<Finding> findings) {
        var c = facts.content();
        var source = c.baselineSource();
        if (source == null || (source.inventoryDeclarationId() == null && blank(source.citation()))) {
            findings.add(Finding.block("PATH-1", "baselineSource", "The plan does not say where the baseline emissions "
                    + "come from: name the declaration whose approved inventory covers " + c.baseYear()
                    + ", or cite the source.", "管理計畫未載明基線排放量之來源：請指明涵蓋 " + c.baseYear()
                    + " 年且已核准盤查之宣告，或引用其出處。"));
            return;
        }
        if (source.inventoryDeclarationId() == null) {
            if (c.baselineByScope() == null || c.baselineByScope().isEmpty()) {
                findings.add(Finding.block("PATH-1", "baselineByScope", "A cited baseline states its emissions by scope.",
                        "引用之基線排放量應按範疇列示。"));
            }
            citedAgainstInventory(facts, findings);
            return;
        }
        var period = facts.baselinePeriod();
        if (period == null) {
            findings.add(Finding.block("PATH-1", "baselineSource.inventoryDeclarationId", "Declaration "
                    + source.inventoryDeclarationId() + " has no approved inventory of this subject to take the baseline "
                    + "from.", "宣告 " + source.inventoryDeclarationId() + " 無本主體已核准之盤查可作為基線。"));
            return;
        }
        if (c.baseYear() < period.periodStart().getYear() || c.baseYear() > period.periodEnd().getYear()) {
            findings.add(Finding.block("PATH-1", "baseYear", "The base year " + c.baseYear() + " is not in the period "
                    + period.periodStart() + "–" + period.periodEnd() + " of the inventory the baseline comes from.",
                    "基準年 " + c.baseYear() + " 不在基線所引盤查之期間 " + period.periodStart() + "–" + period.periodEnd()
                            + " 內。"));
        }
        if (c.baselineTco2e().compareTo(period.totalTco2e()) != 0) {
            findings.add(Finding.block("PATH-1", "baselineTco2e", "The baseline " + c.baselineTco2e().toPlainString()
                    + " t differs from the total " + period.totalTco2e().toPlainString() + " t of inventory revision "
                    + period.inventoryRevision() + " it names.", "基線排放量 " + c.baselineTco2e().toPlainString()
                    + " 公噸與所引盤查（修訂 " + period.inventoryRevision() + "）之總量 " + period.totalTco2e().toPlainString()
                    + " 公噸不符。"));
        }
    }

    /** A cited baseline equals the approved inventory of the base year where the suite holds one for the subject. */
    private static void citedAgainstInventory(PathwayFacts facts, List<Finding> findings) {
        var c = facts.content();
        var held = facts.baseYearInventory();
        if (held == null || c.baselineTco2e().compareTo(held.totalTco2e()) == 0) {
            return;
        }
        String cited = c.baselineTco2e().toPlainString();
        String approved = held.totalTco2e().toPlainString();
        findings.add(Finding.block("PATH-1", "baselineTco2e", "The cited baseline " + cited + " t differs from " + approved
                + " t, the total of the approved inventory of " + c.baseYear() + " the suite holds for this subject "
                + "(declaration " + held.declarationId() + ", revision " + held.inventoryRevision() + ", period "
                + held.periodStart() + "–" + held.periodEnd() + ").", "引用之基線排放量 " + cited + " 公噸與本主體 "
                + c.baseYear() + " 年已核准盤查（宣告 " + held.declarationId() + "，修訂 " + held.inventoryRevision()
                + "）之總量 " + approved + " 公噸不符。"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
