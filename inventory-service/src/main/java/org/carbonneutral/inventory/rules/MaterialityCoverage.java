package org.carbonneutral.inventory.rules;

import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.domain.Materiality;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * INV-8: the quantified footprint covers ≥ 95 % of emissions (quantified + estimated exclusions); where one source is
 * more than 50 %, the 95 % applies to the rest. Warn; under PAS 2060, block.
 */
public class MaterialityCoverage implements Rule<InventoryFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("INV-8", Severity.WARN,
            "Materiality: the quantified footprint covers ≥ 95 % of emissions; where one source is > 50 %, the 95 % "
                    + "applies to the rest; exclusions are listed with reasons. (PAS 2060: block.)",
            "重大性：量化範圍應涵蓋至少95%之排放量；單一排放源超過50%時，其餘排放量適用95%門檻；排除項目應列明理由。（PAS 2060：阻擋）",
            "PAS");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(InventoryFacts facts) {
        if (facts.snapshot() == null || facts.content().exclusions() == null || facts.content().exclusions().isEmpty()) {
            return List.of();
        }
        var quantified = facts.snapshot().sources().stream().map(s -> s.tco2e()).toList();
        var excluded = facts.content().exclusions().stream().map(InventoryContent.Exclusion::estimatedTco2e).toList();
        if (Materiality.meetsThreshold(quantified, excluded)) {
            return List.of();
        }
        String en = "The quantified footprint covers " + Materiality.coveragePercent(quantified, excluded)
                + " % of emissions (INV-8 reading: without a single source above 50 %), below 95 %.";
        String zh = "量化範圍僅涵蓋 " + Materiality.coveragePercent(quantified, excluded) + "% 之排放量，低於95%。";
        return List.of(facts.claimStandard() == ClaimStandard.PAS_2060
                ? Finding.block("INV-8", "exclusions", en, zh)
                : Finding.warn("INV-8", "exclusions", en, zh));
    }
}
