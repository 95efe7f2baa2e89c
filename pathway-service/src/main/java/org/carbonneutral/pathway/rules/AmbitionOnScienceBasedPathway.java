package org.carbonneutral.pathway.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.pathway.domain.Trajectories;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * PATH-3: the short-term target's implied linear annual reduction, (1 − target ÷ baseline) ÷ (target year − base
 * year), is at least 4.2 %/yr (SBTi 1.5 °C absolute contraction); a base year before 2015 is flagged. Compared
 * exactly: base 2020 100,000 t → 2030 58,000 t is 4.2 %/yr and passes.
 */
public class AmbitionOnScienceBasedPathway implements Rule<PathwayFacts> {

    public static final BigDecimal ONE_POINT_FIVE_RATE = new BigDecimal("0.042");
    public static final int EARLIEST_BASE_YEAR = 2015;

    private static final RuleDescription DESCRIPTION = new RuleDescription("PATH-3", Severity.WARN,
            "Ambition: an absolute target reducing less than 4.2 %/yr linear from the base year (1.5 °C) is flagged; "
                    + "base year no earlier than 2015.",
            "企圖心：絕對減量目標自基準年起之線性年減率低於4.2%（1.5°C路徑）者予以標示；基準年不得早於2015年。", "SBTi");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    /** The implied linear annual reduction as a fraction (0.042 = 4.2 %/yr), exact to 10 decimals. */
    public static BigDecimal impliedAnnualRate(int baseYear, BigDecimal baseline, int targetYear, BigDecimal target) {
        return Trajectories.impliedAnnualRate(baseYear, baseline, targetYear, target);
    }

    /** A rate as a percentage with two decimals, e.g. 0.025 → "2.50". */
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public List<Finding> check(PathwayFacts facts) {
        var c = facts.content();
        if (c == null || c.baselineTco2e().signum() == 0 || c.shortTermTargetYear() <= c.baseYear()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        if (c.baseYear() < EARLIEST_BASE_YEAR) {
            findings.add(Finding.warn("PATH-3", "baseYear", "Base year " + c.baseYear() + " is earlier than 2015.",
                    "基準年 " + c.baseYear() + " 早於2015年。"));
        }
        if (c.shortTermTargetTco2e() != null) {
            BigDecimal rate = impliedAnnualRate(c.baseYear(), c.baselineTco2e(), c.shortTermTargetYear(), c.shortTermTargetTco2e());
            if (rate.compareTo(ONE_POINT_FIVE_RATE) < 0) {
                findings.add(Finding.warn("PATH-3", "shortTermTargetTco2e",
                        "The target implies " + percent(rate) + " %/yr linear reduction from " + c.baseYear()
                                + ", below the 4.2 %/yr of a 1.5 °C pathway.",
                        "目標隱含自 " + c.baseYear() + " 年起每年線性減量 " + percent(rate) + "%，低於1.5°C路徑之4.2%。"));
            }
        }
        var intensity = c.intensityTarget();
        if (intensity != null) {
            BigDecimal base = Trajectories.intensity(c.baselineTco2e(), intensity.baseYearActivity());
            BigDecimal rate = impliedAnnualRate(c.baseYear(), base, c.shortTermTargetYear(), intensity.targetIntensity());
            if (rate.compareTo(ONE_POINT_FIVE_RATE) < 0) {
                findings.add(Finding.warn("PATH-3", "intensityTarget.targetIntensity",
                        "The intensity target implies " + percent(rate) + " %/yr linear reduction of tCO2e per "
                                + intensity.unit() + " of " + intensity.metric() + " from " + c.baseYear()
                                + ", below the 4.2 %/yr of a 1.5 °C pathway; an intensity target does not ensure an "
                                + "absolute reduction.",
                        "密集度目標隱含自 " + c.baseYear() + " 年起每" + intensity.unit() + intensity.metric() + "之排放量每年線性減少 "
                                + percent(rate) + "%，低於1.5°C路徑之4.2%；密集度目標不保證絕對減量。"));
            }
        }
        return findings;
    }
}
