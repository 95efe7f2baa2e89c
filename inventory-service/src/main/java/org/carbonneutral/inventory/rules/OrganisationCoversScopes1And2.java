package org.carbonneutral.inventory.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/** INV-3: an organisation subject covers at least scope 1 and scope 2. */
public class OrganisationCoversScopes1And2 implements Rule<InventoryFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("INV-3", Severity.BLOCK,
            "An organisation subject covers at least scope 1 and scope 2.",
            "以組織為碳中和主體者，盤查範疇至少應涵蓋範疇一及範疇二。", "G參.一(一)");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(InventoryFacts facts) {
        if (facts.subjectType() != SubjectType.ORGANISATION || facts.snapshot() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (int scope = 1; scope <= 2; scope++) {
            int s = scope;
            if (facts.snapshot().sources().stream().noneMatch(src -> src.scope() == s)) {
                findings.add(Finding.block("INV-3", "sources",
                        "An organisation inventory must cover scope " + s + ": no scope " + s + " source is quantified.",
                        "組織盤查須涵蓋範疇" + (s == 1 ? "一" : "二") + "，目前沒有已量化的範疇" + (s == 1 ? "一" : "二") + "排放源。"));
            }
        }
        return findings;
    }
}
