package org.carbonneutral.disclosure.domain;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * DIS-4 (warn): an Art. 21 emitter puts the plan in that year's inventory report; a listed company in its
 * sustainability report. Shown as reminders on the publication; they never block.
 */
public class ReportingReminders implements Rule<PublicationFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("DIS-4", Severity.WARN,
            "Art. 21 emitters put the plan in that year's inventory report; listed companies in their sustainability "
                    + "report — shown as a reminder on the publication.",
            "第21條排放源應將管理計畫納入當年度盤查報告；上市櫃公司應納入永續報告書——於公開內容中提醒。", "G肆.一 ¶3–4");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(PublicationFacts f) {
        List<Finding> findings = new ArrayList<>();
        boolean article21 = f.profile() != null && Boolean.TRUE.equals(f.profile().company().article21Emitter())
                || f.inventory() != null && f.inventory().snapshot().verification() != null
                        && f.inventory().snapshot().verification().article21Emitter();
        if (article21) {
            findings.add(Finding.warn("DIS-4", "article21Emitter", "As an emission source under Art. 21 of the Climate "
                    + "Change Response Act, include this management plan in the " + f.periodEnd().getYear()
                    + " GHG inventory report.", "屬氣候變遷因應法第21條之排放源，應將本管理計畫納入 " + f.periodEnd().getYear()
                    + " 年度溫室氣體盤查報告。"));
        }
        if (f.profile() != null && Boolean.TRUE.equals(f.profile().company().listed())) {
            findings.add(Finding.warn("DIS-4", "listed", "As a listed company, include this management plan in the "
                    + "sustainability report.", "上市櫃公司應將本管理計畫納入永續報告書。"));
        }
        return findings;
    }
}
