package org.carbonneutral.offset.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.offset.domain.Coverage;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * OFF-1: credits retired for the declaration ≥ the residual rounded up to a whole tonne, and retired before the
 * declaration is published (a retirement dated after today cannot have happened).
 */
public class RetiredCoverResidual implements Rule<OffsetsFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("OFF-1", Severity.BLOCK,
            "Credits retired for the declaration ≥ residual (rounded up to a whole tonne); retired before the declaration is published.",
            "為宣告註銷之減量額度應不少於剩餘排放量（無條件進位至整數公噸），且應於宣告前完成註銷。", "G參.三 ¶2");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(OffsetsFacts facts) {
        List<Finding> findings = new ArrayList<>();
        if (facts.inventory() == null) {
            findings.add(Finding.block("OFF-1", "retirements",
                    "No approved inventory: the residual the credits must cover is not known.",
                    "尚無核准之盤查結果，無法得知應抵銷之剩餘排放量。"));
            return findings;
        }
        long required = Coverage.requiredTonnes(Coverage.residualToCover(facts.inventory()));
        long retired = Coverage.retiredTonnes(facts.credits());
        if (retired < required) {
            findings.add(Finding.block("OFF-1", "retirements",
                    "Retired credits (" + retired + " t) do not cover the residual of " + facts.inventory().residualTco2e()
                            + " tCO2e, which needs " + required + " whole credits; " + (required - retired) + " t are missing.",
                    "已註銷額度 " + retired + " 公噸不足以抵銷剩餘排放量 " + facts.inventory().residualTco2e() + " 公噸CO2e（需 "
                            + required + " 公噸），尚缺 " + (required - retired) + " 公噸。"));
        }
        for (var c : facts.credits()) {
            var r = c.retirement();
            if (r.retiredOn().isAfter(facts.today())) {
                findings.add(Finding.block("OFF-1", c.field("retiredOn"),
                        "Retirement date " + r.retiredOn() + " is in the future: credits must be retired before the declaration.",
                        "註銷日期 " + r.retiredOn() + " 在未來；額度應於宣告前完成註銷。"));
            }
        }
        return findings;
    }
}
