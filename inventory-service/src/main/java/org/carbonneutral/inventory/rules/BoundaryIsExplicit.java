package org.carbonneutral.inventory.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * INV-2 (the inventory's share): the boundary is explicit — its facilities are listed and every source names one of
 * them. (The single subject and the period are fixed when the declaration is opened.)
 */
public class BoundaryIsExplicit implements Rule<InventoryFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("INV-2", Severity.BLOCK,
            "Exactly one subject per declaration; its boundary and period are explicit; organisation → CNS/ISO 14064-1, "
                    + "product/service → CNS/ISO 14067.",
            "每一宣告僅選定一個碳中和主體，並明確界定其邊界與期間；組織依CNS/ISO 14064-1，產品或服務依CNS/ISO 14067。",
            "G參.一 ¶2–3");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(InventoryFacts facts) {
        if (facts.content() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<String> facilities = facts.content().facilities() == null ? List.of() : facts.content().facilities();
        if (facilities.isEmpty()) {
            findings.add(Finding.block("INV-2", "facilities", "List the facilities inside the boundary.",
                    "應列出邊界內之所有據點。"));
        }
        var sources = facts.content().sources() == null ? List.<org.carbonneutral.inventory.domain.InventoryContent.Source>of()
                : facts.content().sources();
        for (int i = 0; i < sources.size(); i++) {
            String facility = sources.get(i).facility();
            if (!facilities.isEmpty() && (facility == null || !facilities.contains(facility))) {
                findings.add(Finding.block("INV-2", "sources[" + i + "].facility",
                        "Source '" + sources.get(i).name() + "' names no facility of the boundary" + (facility == null ? "."
                                : " ('" + facility + "' is not listed)."),
                        "排放源「" + sources.get(i).name() + "」未對應邊界內之據點。"));
            }
        }
        return findings;
    }
}
