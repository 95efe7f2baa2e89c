package org.carbonneutral.inventory.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.inventory.domain.InventoryContent.LifeCycleStage;
import org.carbonneutral.inventory.domain.InventoryContent.Market;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * INV-9: a B2C product covers the whole life cycle; a B2B product may be partial (cradle to gate: raw material
 * acquisition and production at least) with each omitted stage documented.
 */
public class LifeCycleCoverage implements Rule<InventoryFacts> {

    private static final Set<LifeCycleStage> CRADLE_TO_GATE = EnumSet.of(LifeCycleStage.RAW_MATERIAL_ACQUISITION,
            LifeCycleStage.PRODUCTION);

    private static final RuleDescription DESCRIPTION = new RuleDescription("INV-9", Severity.BLOCK,
            "Product B2C → whole life cycle; B2B may be partial (cradle-to-gate) with the omitted stages documented.",
            "產品如為B2C應涵蓋完整生命週期；B2B得為部分生命週期（搖籃到大門），並應說明省略之階段。", "ISO");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(InventoryFacts facts) {
        if (facts.subjectType() == SubjectType.ORGANISATION || facts.content() == null) {
            return List.of();
        }
        var p = facts.content().productSubject();
        if (p == null) {
            return List.of(Finding.block("INV-9", "productSubject",
                    "Declare the product's declared unit, its market (B2C or B2B) and its life-cycle stages.",
                    "應說明產品之宣告單位、市場（B2C或B2B）及生命週期階段。"));
        }
        Set<LifeCycleStage> included = EnumSet.noneOf(LifeCycleStage.class);
        p.stages().stream().filter(s -> Boolean.TRUE.equals(s.included())).forEach(s -> included.add(s.stage()));
        List<Finding> findings = new ArrayList<>();
        Set<LifeCycleStage> required = p.market() == Market.B2C ? EnumSet.allOf(LifeCycleStage.class) : CRADLE_TO_GATE;
        for (LifeCycleStage stage : required) {
            if (!included.contains(stage)) {
                findings.add(Finding.block("INV-9", "productSubject.stages",
                        (p.market() == Market.B2C ? "A B2C product covers the whole life cycle: " : "A B2B product covers at least cradle to gate: ")
                                + stage + " is not included.",
                        (p.market() == Market.B2C ? "B2C產品應涵蓋完整生命週期：" : "B2B產品至少應涵蓋搖籃到大門：") + stage + " 未納入。"));
            }
        }
        for (int i = 0; i < p.stages().size(); i++) {
            var s = p.stages().get(i);
            if (!Boolean.TRUE.equals(s.included()) && (s.omissionReason() == null || s.omissionReason().isBlank())) {
                findings.add(Finding.block("INV-9", "productSubject.stages[" + i + "].omissionReason",
                        "Stage " + s.stage() + " is omitted without a reason.", "階段 " + s.stage() + " 省略但未說明理由。"));
            }
        }
        return findings;
    }
}
