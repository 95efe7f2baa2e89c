package org.carbonneutral.pathway.rules;

import java.math.BigDecimal;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.pathway.domain.SubjectPeriod;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * PATH-7 (PAS 2060): a declaration resting on offsets alone is allowed for a subject's first period only; when the
 * subject has a declared period before this one, this period's emissions must be below that period's — for a product or
 * service subject its emissions per declared unit (the inventory's product subject line), in the same declared unit,
 * not its totals. Warn under ISO 14068-1, block under PAS 2060.
 */
public class ReductionAfterTheFirstPeriod implements Rule<PathwayFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("PATH-7", Severity.WARN,
            "PAS 2060: an offset-only declaration is allowed for the first period only; later periods must show a "
                    + "reduction.",
            "PAS 2060：僅首次宣告期間得僅以抵銷達成碳中和；其後期間應呈現減量。", "PAS");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(PathwayFacts facts) {
        var previous = facts.previousDeclaredPeriod();
        if (facts.content() == null || previous.isEmpty()) {
            return List.of();
        }
        var p = previous.get();
        boolean pas = facts.claimStandard() == ClaimStandard.PAS_2060;
        if (facts.inventory() == null) {
            return List.of(finding(pas, "Whether this period shows a reduction against the declared period "
                    + p.periodStart() + "–" + p.periodEnd() + " (" + p.totalTco2e().toPlainString()
                    + " t) is known once the inventory is approved.", "盤查核准後始能判斷本期間相對於已宣告期間 "
                    + p.periodStart() + "–" + p.periodEnd() + "（" + p.totalTco2e().toPlainString() + " 公噸）是否減量。"));
        }
        if (facts.subjectType() != SubjectType.ORGANISATION) {
            return perDeclaredUnit(facts, p, pas);
        }
        var total = facts.inventory().totalTco2e();
        if (total.compareTo(p.totalTco2e()) < 0) {
            return List.of();
        }
        return List.of(finding(pas, "This period's emissions, " + total.toPlainString() + " t, are not below those of the "
                + "previous declared period " + p.periodStart() + "–" + p.periodEnd() + ", " + p.totalTco2e().toPlainString()
                + " t: only a subject's first period may rest on offsets alone.", "本期間排放量 " + total.toPlainString()
                + " 公噸未低於前一宣告期間 " + p.periodStart() + "–" + p.periodEnd() + " 之 " + p.totalTco2e().toPlainString()
                + " 公噸：僅首次宣告期間得僅以抵銷達成碳中和。"));
    }

    /** A product or service subject: emissions per declared unit, not totals (a larger output is no reduction). */
    private static List<Finding> perDeclaredUnit(PathwayFacts facts, SubjectPeriod p, boolean pas) {
        var product = facts.inventory().productSubject();
        BigDecimal now = product == null ? null : product.perUnitKgCo2e();
        String period = p.periodStart() + "–" + p.periodEnd();
        if (now == null || p.perUnitKgCo2e() == null) {
            return List.of(finding(pas, "A product or service subject shows a reduction per declared unit: the emissions "
                    + "per declared unit of this period or of the declared period " + period + " are not known.",
                    "產品或服務主體應以每一宣告單位之排放量呈現減量：本期間或已宣告期間 " + period + " 之每單位排放量不明。"));
        }
        String unit = product.declaredUnit();
        if (unit != null && p.declaredUnit() != null && !unit.equals(p.declaredUnit())) {
            return List.of(finding(pas, "The declared unit '" + unit + "' differs from '" + p.declaredUnit()
                    + "' of the declared period " + period + ": emissions per unit cannot be compared.",
                    "宣告單位「" + unit + "」與已宣告期間 " + period + " 之「" + p.declaredUnit() + "」不同，無法比較每單位排放量。"));
        }
        if (now.compareTo(p.perUnitKgCo2e()) < 0) {
            return List.of();
        }
        return List.of(finding(pas, "This period's emissions per declared unit, " + now.toPlainString() + " kg CO2e, are "
                + "not below those of the previous declared period " + period + ", " + p.perUnitKgCo2e().toPlainString()
                + " kg CO2e: only a subject's first period may rest on offsets alone.", "本期間每一宣告單位排放量 "
                + now.toPlainString() + " 公斤CO2e 未低於前一宣告期間 " + period + " 之 " + p.perUnitKgCo2e().toPlainString()
                + " 公斤CO2e：僅首次宣告期間得僅以抵銷達成碳中和。"));
    }

    private static Finding finding(boolean pas, String en, String zh) {
        return pas ? Finding.block("PATH-7", "periodEmissions", en, zh) : Finding.warn("PATH-7", "periodEmissions", en, zh);
    }
}
