package org.carbonneutral.pathway.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * PATH-4: each measure is typed, names the scopes it affects, its calculation basis and quantification method, and its
 * monitoring indicator; for a product or service subject, also its effect on the footprint per declared unit.
 */
public class MeasuresAreTypedAndMonitored implements Rule<PathwayFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("PATH-4", Severity.BLOCK,
            "Each measure is typed, names the scope it affects, its calculation basis and quantification method, and its "
                    + "monitoring indicator.",
            "每項減量措施應載明類型、影響範疇、計算基礎與量化方法及監測指標。", "G參.二 ¶2–3, 附錄3.3");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(PathwayFacts facts) {
        if (facts.content() == null || facts.content().measures() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        var measures = facts.content().measures();
        for (int i = 0; i < measures.size(); i++) {
            var m = measures.get(i);
            String at = "measures[" + i + "].";
            if (m.scopes() == null || m.scopes().isEmpty()) {
                findings.add(missing(at + "scopes", m.name(), "the scopes it affects", "影響範疇"));
            }
            if (blank(m.calculationBasis())) {
                findings.add(missing(at + "calculationBasis", m.name(), "its calculation basis", "計算基礎"));
            }
            if (blank(m.quantificationMethod())) {
                findings.add(missing(at + "quantificationMethod", m.name(), "its quantification method", "量化方法"));
            }
            if (blank(m.monitoringIndicator())) {
                findings.add(missing(at + "monitoringIndicator", m.name(), "its monitoring indicator", "監測指標"));
            }
            if (facts.subjectType() != SubjectType.ORGANISATION && m.effectPerUnitKgCo2e() == null) {
                findings.add(missing(at + "effectPerUnitKgCo2e", m.name(), "its effect on the footprint per declared unit",
                        "對每一宣告單位碳足跡之影響"));
            }
        }
        return findings;
    }

    private static Finding missing(String field, String measure, String en, String zh) {
        return Finding.block("PATH-4", field, "Measure '" + measure + "' does not state " + en + ".",
                "減量措施「" + measure + "」未載明" + zh + "。");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
