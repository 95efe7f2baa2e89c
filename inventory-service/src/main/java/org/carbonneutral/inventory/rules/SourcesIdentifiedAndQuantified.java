package org.carbonneutral.inventory.rules;

import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * INV-1: the organisation's inventory exists first, with every emission source identified and quantified. A product or
 * service subject rests on the organisation's own inventory of the same period: an approved organisation inventory of
 * the same tenant and period in the suite, or a cited, verified statement in the content ({@code organisationInventory}:
 * year, scope 1 and 2 totals, verifier, reference).
 */
public class SourcesIdentifiedAndQuantified implements Rule<InventoryFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("INV-1", Severity.BLOCK,
            "The organisation's own inventory exists first, with every emission source and sink identified and quantified; "
                    + "a product or service subject rests on the organisation's inventory of the same period (approved in "
                    + "the suite, or a cited verified statement).",
            "應先完成組織溫室氣體盤查，鑑別並量化所有排放源與吸收匯；產品或服務主體應以同期之組織盤查為基礎（本系統已核准者，或引用之查證聲明）。",
            "G參.一 ¶1");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(InventoryFacts facts) {
        if (facts.content() == null || facts.content().sources() == null || facts.content().sources().isEmpty()) {
            List<Finding> none = new java.util.ArrayList<>(List.of(Finding.block("INV-1", "sources",
                    "No emission source is identified and quantified yet.",
                    "尚未鑑別並量化任何排放源。")));
            if (facts.content() != null) {
                none.addAll(organisationInventoryFirst(facts));
            }
            return none;
        }
        List<Finding> findings = new java.util.ArrayList<>(organisationInventoryFirst(facts));
        var sources = facts.content().sources();
        for (int i = 0; i < sources.size(); i++) {
            var s = sources.get(i);
            if ((s.activities() == null || s.activities().isEmpty()) && s.tco2e() == null) {
                findings.add(Finding.block("INV-1", "sources[" + i + "]",
                        "Source '" + s.name() + "' is not quantified: enter or upload its activity data.",
                        "排放源「" + s.name() + "」尚未量化，請輸入或上傳其活動數據。"));
            }
        }
        return findings;
    }

    /** Product or service: an approved organisation inventory of the period in the suite, or a verified statement. */
    private static List<Finding> organisationInventoryFirst(InventoryFacts facts) {
        boolean productOrService = facts.subjectType() == SubjectType.PRODUCT || facts.subjectType() == SubjectType.SERVICE;
        if (!productOrService || facts.organisationInventoryApproved()) {
            return List.of();
        }
        var statement = facts.content().organisationInventory();
        if (statement == null) {
            return List.of(Finding.block("INV-1", "organisationInventory",
                    "A product or service claim rests on the organisation's own inventory of the same period: approve the "
                            + "organisation's inventory for " + (facts.periodYear() == null ? "the period" : facts.periodYear())
                            + " in the suite, or cite its verified statement (year, scope 1 and 2 totals, verifier, reference).",
                    "產品或服務之宣告應以同期之組織盤查為基礎：請於本系統核准組織盤查，或引用其查證聲明（年度、範疇一及範疇二排放量、查證機構、編號）。"));
        }
        if (facts.periodYear() != null && !facts.periodYear().equals(statement.year())) {
            return List.of(Finding.block("INV-1", "organisationInventory.year",
                    "The cited organisation inventory is of " + statement.year() + ", not of the period (" + facts.periodYear()
                            + ").",
                    "所引用之組織盤查為 " + statement.year() + " 年，非本期（" + facts.periodYear() + " 年）。"));
        }
        return List.of();
    }
}
