package org.carbonneutral.inventory.rules;

import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * INV-6: an emitter listed under Climate Change Response Act Art. 21 must have its inventory verified by an accredited
 * body (block); anyone else discloses the verification status either way (unverified: warn).
 */
public class VerificationStatus implements Rule<InventoryFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("INV-6", Severity.BLOCK,
            "An emitter listed under Climate Change Response Act Art. 21 must have its inventory verified by an accredited "
                    + "verification body (block); others disclose the verification status either way (warn).",
            "氣候變遷因應法第21條公告之排放源，其盤查應經認證之查驗機構查證；其他事業應揭露是否經查證。", "G參.一 ¶4");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(InventoryFacts facts) {
        if (facts.content() == null) {
            return List.of();
        }
        var v = facts.content().verification();
        if (v == null) {
            return List.of(Finding.block("INV-6", "verification",
                    "State whether the organisation is an Art. 21 listed emitter and whether the inventory is verified.",
                    "應說明是否為氣候變遷因應法第21條公告之排放源，及盤查是否經查證。"));
        }
        if (Boolean.TRUE.equals(v.verified())) {
            if (blank(v.body()) || blank(v.accreditation()) || v.assuranceLevel() == null || v.statementDate() == null) {
                return List.of(Finding.block("INV-6", "verification",
                        "A verified inventory names the verification body, its accreditation, the assurance level and the "
                                + "statement date.",
                        "經查證之盤查應載明查驗機構、認證、保證等級及查證聲明日期。"));
            }
            return List.of();
        }
        if (Boolean.TRUE.equals(v.article21Emitter())) {
            return List.of(Finding.block("INV-6", "verification.verified",
                    "An Art. 21 listed emitter's inventory must be verified by an accredited verification body.",
                    "第21條公告之排放源，其盤查應經認證之查驗機構查證。"));
        }
        return List.of(Finding.warn("INV-6", "verification.verified",
                "The inventory is not verified; the declaration will say so.",
                "盤查未經查證，宣告中將揭露此狀態。"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
