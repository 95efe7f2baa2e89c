package org.carbonneutral.inventory.rules;

import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/** INV-1: the organisation's inventory exists first, with every emission source identified and quantified. */
public class SourcesIdentifiedAndQuantified implements Rule<InventoryFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("INV-1", Severity.BLOCK,
            "The organisation's own inventory exists first, with every emission source and sink identified and quantified.",
            "應先完成組織溫室氣體盤查，鑑別並量化所有排放源與吸收匯。", "G參.一 ¶1");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(InventoryFacts facts) {
        if (facts.content() == null || facts.content().sources() == null || facts.content().sources().isEmpty()) {
            return List.of(Finding.block("INV-1", "sources",
                    "No emission source is identified and quantified yet.",
                    "尚未鑑別並量化任何排放源。"));
        }
        List<Finding> findings = new java.util.ArrayList<>();
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
}
