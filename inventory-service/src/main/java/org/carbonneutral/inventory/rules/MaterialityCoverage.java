package org.carbonneutral.inventory.rules;

import java.util.ArrayList;
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
 * more than 50 %, the 95 % applies to the rest. Warn; under PAS 2060, block. Under PAS 2060 scope 1 and scope 2 are
 * included 100 %: any exclusion of category 1 or 2 blocks, whatever the coverage (ISO 14068-1: the 95 % test only).
 */
public class MaterialityCoverage implements Rule<InventoryFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("INV-8", Severity.WARN,
            "Materiality: the quantified footprint covers ≥ 95 % of emissions; where one source is > 50 %, the 95 % "
                    + "applies to the rest; exclusions are listed with reasons. (PAS 2060: block, and scope 1 and 2 "
                    + "are included 100 %: no scope-1 or scope-2 exclusion.)",
            "重大性：量化範圍應涵蓋至少95%之排放量；單一排放源超過50%時，其餘排放量適用95%門檻；排除項目應列明理由。"
                    + "（PAS 2060：阻擋，且範疇一、範疇二應100%納入，不得排除。）",
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
        List<Finding> findings = new ArrayList<>();
        if (facts.claimStandard() == ClaimStandard.PAS_2060) {
            findings.addAll(scope1And2Excluded(facts.content().exclusions()));
        }
        var quantified = facts.snapshot().sources().stream().map(s -> s.tco2e()).toList();
        var excluded = facts.content().exclusions().stream().map(InventoryContent.Exclusion::estimatedTco2e).toList();
        if (Materiality.meetsThreshold(quantified, excluded)) {
            return findings;
        }
        String en = "The quantified footprint covers " + Materiality.coveragePercent(quantified, excluded)
                + " % of emissions (INV-8 reading: without a single source above 50 %), below 95 %.";
        String zh = "量化範圍僅涵蓋 " + Materiality.coveragePercent(quantified, excluded) + "% 之排放量，低於95%。";
        findings.add(facts.claimStandard() == ClaimStandard.PAS_2060
                ? Finding.block("INV-8", "exclusions", en, zh)
                : Finding.warn("INV-8", "exclusions", en, zh));
        return findings;
    }

    /** PAS 2060: every exclusion of ISO 14064-1 category 1 (scope 1) or 2 (scope 2) blocks. */
    private static List<Finding> scope1And2Excluded(List<InventoryContent.Exclusion> exclusions) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < exclusions.size(); i++) {
            var x = exclusions.get(i);
            int scope = InventoryContent.scopeOf(x.category());
            if (scope <= 2) {
                findings.add(Finding.block("INV-8", "exclusions[" + i + "].category",
                        "Under PAS 2060 scope " + scope + " is included 100 %: '" + x.name() + "' cannot be excluded; "
                                + "quantify it.",
                        "依 PAS 2060，範疇" + (scope == 1 ? "一" : "二") + "應100%納入：「" + x.name() + "」不得排除，請予量化。"));
            }
        }
        return findings;
    }
}
