package org.carbonneutral.inventory.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * INV-10: every quantity names its emission factor (value, unit, source, version) and GWP set. A source given only as a
 * tCO2e figure names neither, so it blocks; activities always carry their factor ids and the GWP set.
 */
public class FactorsAndGwpNamed implements Rule<InventoryFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("INV-10", Severity.BLOCK,
            "Every quantity names its emission factor (value, unit, source, version) and GWP set (AR4/AR5/AR6).",
            "每一排放量均應載明所用排放係數（數值、單位、來源、版本）及GWP版本（AR4/AR5/AR6）。", "G參.一 ¶1 (MRV)");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(InventoryFacts facts) {
        if (facts.content() == null || facts.content().sources() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        var sources = facts.content().sources();
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).tco2e() != null) {
                findings.add(Finding.block("INV-10", "sources[" + i + "].tco2e",
                        "Source '" + sources.get(i).name() + "' is a bare tCO2e figure: give its activity data and the "
                                + "emission factors it was multiplied by.",
                        "排放源「" + sources.get(i).name() + "」僅有排放量數字，應提供活動數據及所用排放係數。"));
            }
        }
        return findings;
    }
}
