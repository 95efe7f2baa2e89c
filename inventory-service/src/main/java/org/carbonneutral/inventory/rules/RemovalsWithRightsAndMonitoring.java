package org.carbonneutral.inventory.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * INV-7: removals count only with evidence of the right to manage the sink (land ownership or use rights) and with
 * monitoring; a reversal counts as emissions of the period it happens in (the calculator adds it).
 */
public class RemovalsWithRightsAndMonitoring implements Rule<InventoryFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("INV-7", Severity.BLOCK,
            "Removals are counted only with evidence of boundary management rights, are monitored, and a reversal is "
                    + "counted as emissions in the period it happens.",
            "碳移除須有邊界管理權（如土地所有權或使用權）之證明並持續監測；發生逆轉時，應於當期計為排放。", "G參.二 ¶6");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(InventoryFacts facts) {
        if (facts.content() == null || facts.content().removals() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        var removals = facts.content().removals();
        for (int i = 0; i < removals.size(); i++) {
            var r = removals.get(i);
            if (r.rightsEvidence() == null || r.rightsEvidence().isBlank()) {
                findings.add(Finding.block("INV-7", "removals[" + i + "].rightsEvidence",
                        "Removal '" + r.name() + "' has no evidence of the right to manage the sink (ownership or use rights).",
                        "碳移除「" + r.name() + "」缺少管理權（所有權或使用權）證明。"));
            }
            if (r.monitoring() == null || r.monitoring().isBlank()) {
                findings.add(Finding.block("INV-7", "removals[" + i + "].monitoring",
                        "Removal '" + r.name() + "' states no monitoring.", "碳移除「" + r.name() + "」未說明監測方式。"));
            }
        }
        return findings;
    }
}
