package org.carbonneutral.inventory.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * INV-4: a product or service subject covers scopes 1, 2 and 3, and discloses every product of the organisation
 * (name, quantity, emissions, share), how emissions were allocated to the subject, and why it was chosen.
 */
public class ProductCoversAllScopesAndProducts implements Rule<InventoryFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("INV-4", Severity.BLOCK,
            "A product/service subject covers scopes 1, 2 and 3, and discloses every product of the organisation "
                    + "(name, quantity, emissions, share), how emissions were allocated to the subject and why it was chosen.",
            "以產品或服務為碳中和主體者，應涵蓋範疇一、二、三，並揭露組織所有產品之名稱、數量、排放量與占比、排放量分配方式及選定理由。",
            "G參.一(二)");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(InventoryFacts facts) {
        if (facts.subjectType() == SubjectType.ORGANISATION || facts.content() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (int scope = 1; scope <= 3; scope++) {
            int s = scope;
            if (facts.snapshot() == null || facts.snapshot().sources().stream().noneMatch(src -> src.scope() == s)) {
                findings.add(Finding.block("INV-4", "sources",
                        "A product or service footprint must cover scope " + s + ": none is quantified.",
                        "產品或服務碳足跡須涵蓋範疇" + "一二三".charAt(s - 1) + "，目前未量化。"));
            }
        }
        var products = facts.content().products();
        if (products == null || products.isEmpty()) {
            findings.add(Finding.block("INV-4", "products",
                    "Every product of the organisation in the period must be listed with quantity and emissions.",
                    "應列出組織於期間內所有產品之名稱、數量及排放量。"));
        } else if (products.stream().noneMatch(p -> p.name().trim().equalsIgnoreCase(facts.subjectName().trim()))) {
            findings.add(Finding.block("INV-4", "products",
                    "The subject '" + facts.subjectName() + "' is not among the listed products.",
                    "碳中和主體「" + facts.subjectName() + "」不在產品清單中。"));
        }
        if (blank(facts.content().allocationMethod())) {
            findings.add(Finding.block("INV-4", "allocationMethod",
                    "State how emissions were allocated to the subject (physical, economic or other, and its basis).",
                    "應說明排放量分配至主體之方式（物理、經濟或其他）及依據。"));
        }
        if (blank(facts.content().subjectChoiceReason())) {
            findings.add(Finding.block("INV-4", "subjectChoiceReason",
                    "State why this product or service was chosen as the subject.",
                    "應說明選定此產品或服務為碳中和主體之理由。"));
        }
        return findings;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
