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
 * (5) the expected quantity and type of credits — (2) and (5) are checked here.
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
        return findings;
    }
}
