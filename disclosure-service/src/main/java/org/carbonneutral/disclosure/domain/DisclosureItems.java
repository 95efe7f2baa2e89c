package org.carbonneutral.disclosure.domain;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * DIS-2: the publication holds all eight items of G肆.二, each labelled with its number. Checked on the approved
 * snapshots once all three parts are approved; a missing item blocks publication with a finding naming it.
 */
public class DisclosureItems implements Rule<PublicationFacts> {

    /** The eight items, numbered as in G肆.二: English and Traditional Chinese labels. */
    public static final List<String[]> ITEMS = List.of(
            new String[] {"Boundary and period", "碳中和主體之邊界與期間"},
            new String[] {"Products or services: all of them, and why this one", "產品或服務：全部品項及選定之理由"},
            new String[] {"Pathway: short- and long-term targets, measures, and why", "減量路徑：短中長期目標、措施及理由"},
            new String[] {"Baseline emissions: how computed, verified or not", "基線排放量：計算方式及是否經查證"},
            new String[] {"Reduction measures in the boundary and their quantified results", "邊界內減量措施及量化成果"},
            new String[] {"Residual emissions to offset and their share of the total", "須抵銷之剩餘排放量及占總排放量比例"},
            new String[] {"Credit sources: registry, project, type, location, developer, participants, vintage, verification",
                "減量額度來源：登錄平台、專案名稱、編號、類型、地點、開發者、參與者、年份、是否經查證"},
            new String[] {"Retirements: date, serial numbers, where the retirement is public", "註銷：日期、序號及公開查詢處"});

    private static final RuleDescription DESCRIPTION = new RuleDescription("DIS-2", Severity.BLOCK,
            "The publication holds all eight items: (1) boundary and period; (2) product/service: all products and why "
                    + "this one; (3) pathway, with short/long-term targets and measures, and why; (4) baseline emissions, "
                    + "how computed, verified or not; (5) measures in the boundary and their quantified results; (6) "
                    + "residual to offset and its share of the total; (7) credit sources; (8) retirements.",
            "公開內容應包含八項：（1）邊界與期間；（2）產品或服務及選定理由；（3）減量路徑；（4）基線排放量；（5）減量措施及成果；"
                    + "（6）剩餘排放量及占比；（7）額度來源；（8）註銷資訊。", "G肆.二");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(PublicationFacts f) {
        if (!f.complete()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        var inv = f.inventory().snapshot();
        var path = f.pathway().snapshot();
        var off = f.offsets().snapshot();
        if (blank(f.boundary()) || blank(inv.boundaryApproach())) {
            findings.add(missing(1, "the boundary (and its consolidation approach)"));
        }
        if (f.subjectType() != SubjectType.ORGANISATION
                && (inv.products() == null || inv.products().isEmpty() || blank(inv.subjectChoiceReason()))) {
            findings.add(missing(2, "all products or services and why this one was chosen"));
        }
        if (path.shortTermTargetYear() == null || (path.shortTermTargetTco2e() == null && path.intensityTarget() == null)
                || path.measures() == null || path.measures().isEmpty()) {
            findings.add(missing(3, "the short- and long-term targets and the measures"));
        }
        if (path.baselineTco2e() == null || path.baselineSource() == null || inv.verification() == null) {
            findings.add(missing(4, "the baseline, where it comes from, and whether it is verified"));
        }
        if (path.measures() == null || path.measures().stream().noneMatch(DisclosureItems::achieved)) {
            findings.add(missing(5, "an achieved, evidenced reduction of a measure in operation in the period (an "
                    + "expected reduction of a planned measure is no result, PATH-5)"));
        }
        if (off.residualTco2e() == null || off.residualSharePercent() == null) {
            findings.add(missing(6, "the residual and its share of the total"));
        }
        for (var r : off.retirements()) {
            var p = r.project();
            if (p == null || blank(p.id()) || blank(p.name()) || blank(p.type()) || blank(p.location())
                    || blank(p.developer()) || p.participants() == null) {
                findings.add(missing(7, "the project id, name, type, location, developer and participants of "
                        + r.serialNumber()));
            }
            if (r.retiredOn() == null || blank(r.serialNumber()) || blank(r.publicReference())) {
                findings.add(missing(8, "the retirement date, serial numbers and public record of " + r.serialNumber()));
            }
        }
        return findings;
    }

    private static Finding missing(int item, String what) {
        String[] label = ITEMS.get(item - 1);
        return Finding.block("DIS-2", "item" + item, "Item (" + item + ") " + label[0] + ": missing " + what + ".",
                "第（" + item + "）項 " + label[1] + "：缺少" + what + "。");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A measure's result counts on the page only as the pathway counted it: in operation, achieved, with evidence. */
    static boolean achieved(PathwaySnapshot.MeasureResult m) {
        return Boolean.TRUE.equals(m.counted()) && m.achievedReductionTco2e() != null
                && m.achievedReductionTco2e().signum() > 0;
    }
}
