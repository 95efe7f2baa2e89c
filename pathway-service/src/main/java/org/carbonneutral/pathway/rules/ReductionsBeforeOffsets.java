package org.carbonneutral.pathway.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.pathway.domain.AchievedReductions;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * PATH-5: order of effort — reductions in the boundary come first, then removals in the boundary, then offsets. Only a
 * reduction achieved counts: at least one in-boundary reduction measure (not removal enhancement) in operation in or
 * before the period, with an achieved reduction above zero and its evidence (G貳: a declaration only after concrete
 * results). Planned measures and expected reductions never count. A measure said to be IMPLEMENTED or COMPLETED, in
 * operation by the period's end, states its date, its achieved reduction and its evidence.
 */
public class ReductionsBeforeOffsets implements Rule<PathwayFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("PATH-5", Severity.BLOCK,
            "Order of effort: reductions in the boundary, then removals in the boundary, then offsets.",
            "努力順序：先於邊界內減量，其次為邊界內碳移除，最後始為抵銷。", "ISO");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(PathwayFacts facts) {
        if (facts.content() == null) {
            return List.of();
        }
        var measures = facts.content().measures() == null ? List.<PathwayContent.Measure>of() : facts.content().measures();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            incomplete(measures.get(i), "measures[" + i + "].", facts, findings);
        }
        if (measures.stream().noneMatch(m -> m.type() != PathwayContent.MeasureType.REMOVAL_ENHANCEMENT)) {
            findings.add(Finding.block("PATH-5", "measures",
                    "Reduce in the boundary first: the plan lists no reduction measure before removals and offsets.",
                    "應先於邊界內減量：管理計畫未列出任何減量措施即採碳移除或抵銷。"));
        } else if (measures.stream().noneMatch(m -> m.type() != PathwayContent.MeasureType.REMOVAL_ENHANCEMENT
                && AchievedReductions.counts(m, facts.periodEnd()))) {
            findings.add(Finding.block("PATH-5", "measures", "No reduction in the boundary is achieved yet: no measure "
                    + "was in operation by " + facts.periodEnd() + " with an achieved reduction and its evidence. Planned "
                    + "measures and expected reductions do not count; declare after concrete results.",
                    "邊界內尚無已達成之減量：無任何措施於 " + facts.periodEnd() + " 前實施並具實際減量及佐證。規劃中之措施及預期減量不予計入；"
                            + "應於具體成果後始宣告。"));
        }
        return findings;
    }

    private static void incomplete(PathwayContent.Measure m, String at, PathwayFacts facts, List<Finding> findings) {
        if (!AchievedReductions.claimsImplemented(m) || (m.implementedOn() != null && m.implementedOn().isAfter(facts.periodEnd()))) {
            return;
        }
        if (m.implementedOn() == null) {
            findings.add(missing(at + "implementedOn", m.name(), "the date it went into operation", "實施日期"));
        }
        if (m.achievedReductionTco2e() == null || m.achievedReductionTco2e().signum() == 0) {
            findings.add(missing(at + "achievedReductionTco2e", m.name(), "the reduction it achieved in the period (above zero)",
                    "本期間已達成之減量（大於零）"));
        }
        if (m.evidence() == null || blank(m.evidence().reference())) {
            findings.add(missing(at + "evidence.reference", m.name(), "the reference of its evidence", "佐證資料之出處"));
        }
        if (m.evidence() == null || blank(m.evidence().summary())) {
            findings.add(missing(at + "evidence.summary", m.name(), "what its evidence shows", "佐證資料之摘要"));
        }
    }

    private static Finding missing(String field, String measure, String en, String zh) {
        return Finding.block("PATH-5", field, "Measure '" + measure + "' is implemented but does not state " + en + ".",
                "減量措施「" + measure + "」已實施，但未載明" + zh + "。");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
