package org.carbonneutral.pathway.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.pathway.domain.Trajectories;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * PATH-2: a short-term target 5–10 years after the declaration period's end year, and a long-term net-zero target
 * later than the short-term one and no later than 2050 (an earlier net-zero year is more ambitious, not a failure);
 * the targets name the scopes they cover and the science-based pathway they follow, and an absolute target reduces at
 * least at that pathway's linear annual rate.
 */
public class ShortAndLongTermTargets implements Rule<PathwayFacts> {

    public static final int SHORT_TERM_MIN_YEARS = 5;
    public static final int SHORT_TERM_MAX_YEARS = 10;
    public static final int NET_ZERO_LATEST = 2050;

    private static final RuleDescription DESCRIPTION = new RuleDescription("PATH-2", Severity.BLOCK,
            "Short-term target 5–10 years ahead; long-term net-zero target about 20 years ahead, 2050 at the latest, "
                    + "on an accepted science-based pathway.",
            "應訂定5至10年之短期目標，及約20年（最遲2050年）之長期淨零目標，並符合科學基礎路徑。", "G參.二 ¶2, ISO");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(PathwayFacts facts) {
        if (facts.content() == null) {
            return List.of(Finding.block("PATH-2", "shortTermTargetYear",
                    "No short-term or long-term target is set yet.", "尚未訂定短期及長期目標。"));
        }
        List<Finding> findings = new ArrayList<>();
        int periodEndYear = facts.periodEnd().getYear();
        int ahead = facts.content().shortTermTargetYear() - periodEndYear;
        if (ahead < SHORT_TERM_MIN_YEARS || ahead > SHORT_TERM_MAX_YEARS) {
            findings.add(Finding.block("PATH-2", "shortTermTargetYear",
                    "The short-term target year " + facts.content().shortTermTargetYear() + " is " + ahead
                            + " years after the period's end year " + periodEndYear + "; it must be 5 to 10 years ("
                            + (periodEndYear + SHORT_TERM_MIN_YEARS) + "–" + (periodEndYear + SHORT_TERM_MAX_YEARS) + ").",
                    "短期目標年 " + facts.content().shortTermTargetYear() + " 距期間結束年 " + periodEndYear + " 為 " + ahead
                            + " 年，應為5至10年（" + (periodEndYear + SHORT_TERM_MIN_YEARS) + "–"
                            + (periodEndYear + SHORT_TERM_MAX_YEARS) + "）。"));
        }
        int netZero = facts.content().netZeroYear();
        if (netZero <= facts.content().shortTermTargetYear()) {
            findings.add(Finding.block("PATH-2", "netZeroYear",
                    "The net-zero year " + netZero + " must come after the short-term target year "
                            + facts.content().shortTermTargetYear() + ".",
                    "淨零目標年 " + netZero + " 應晚於短期目標年 " + facts.content().shortTermTargetYear() + "。"));
        }
        if (netZero > NET_ZERO_LATEST) {
            findings.add(Finding.block("PATH-2", "netZeroYear",
                    "The net-zero year " + netZero + " is later than 2050.",
                    "淨零目標年 " + netZero + " 晚於2050年。"));
        }
        var c = facts.content();
        if (c.targetScopes() == null || c.targetScopes().isEmpty()) {
            findings.add(Finding.block("PATH-2", "targetScopes", "The targets do not name the scopes they cover.",
                    "目標未載明涵蓋之範疇。"));
        }
        if (c.scienceBasedReference() == null) {
            findings.add(Finding.block("PATH-2", "scienceBasedReference", "The targets do not name the science-based "
                    + "pathway they follow (SBTi 1.5 °C, SBTi well-below 2 °C, IEA NZE, IPCC 1.5 °C).",
                    "目標未載明所依循之科學基礎路徑（SBTi 1.5°C、SBTi 遠低於2°C、IEA NZE、IPCC 1.5°C）。"));
        } else if (c.shortTermTargetTco2e() != null && c.baselineTco2e().signum() > 0
                && c.shortTermTargetYear() > c.baseYear()) {
            BigDecimal rate = Trajectories.impliedAnnualRate(c.baseYear(), c.baselineTco2e(), c.shortTermTargetYear(),
                    c.shortTermTargetTco2e());
            var reference = c.scienceBasedReference();
            if (rate.compareTo(reference.annualRate()) < 0) {
                String percent = AmbitionOnScienceBasedPathway.percent(rate);
                findings.add(Finding.block("PATH-2", "shortTermTargetTco2e", "The target implies " + percent
                        + " %/yr linear reduction, below the pathway it names: " + reference.label() + ".",
                        "目標隱含每年線性減量 " + percent + "%，低於所依循之路徑：" + reference.label() + "。"));
            }
        }
        return findings;
    }
}
