package org.carbonneutral.inventory.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * INV-5, for every subject type: a subject narrower than the whole organisation — a product or service chosen as a
 * token subject (樣板主體), or an organisation subject covering one site or branch ({@code organisationPart}) — shows
 * its share of the organisation's emissions and the written reason it was chosen; a small share — below 10 %, the
 * suite's reading of "small" — is flagged unless the plan says how the rest of the organisation follows.
 */
public class TokenSubjectShare implements Rule<InventoryFacts> {

    public static final BigDecimal SMALL_SHARE_PERCENT = new BigDecimal("10");

    private static final RuleDescription DESCRIPTION = new RuleDescription("INV-5", Severity.WARN,
            "Token subject: a subject narrower than the whole organisation (a product, one site, one branch) shows its "
                    + "share of the organisation's emissions and why it was chosen; a small share (< 10 %) is flagged and "
                    + "the plan must say how the rest follows.",
            "樣板主體：主體範圍小於整體組織者（單一產品、廠區或分支機構），應揭露其占組織排放量之比例及選定理由；比例偏低（低於10%）"
                    + "者應說明其餘部分之後續規劃。", "G參.一 ¶2, (二)");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(InventoryFacts facts) {
        if (facts.snapshot() == null || facts.content() == null) {
            return List.of();
        }
        return facts.subjectType() == SubjectType.ORGANISATION ? organisationPart(facts) : product(facts);
    }

    /** One site or branch: its share (the snapshot's: total ÷ the whole organisation's emissions) and its reason. */
    private static List<Finding> organisationPart(InventoryFacts facts) {
        var part = facts.snapshot().organisationPart();
        if (part == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        BigDecimal share = part.sharePercent();
        if (blank(facts.content().subjectChoiceReason())) {
            findings.add(Finding.warn("INV-5", "subjectChoiceReason",
                    "The subject covers only " + part.covers() + " (" + share + " % of the organisation's emissions): "
                            + "write why it was chosen.",
                    "主體僅涵蓋" + part.covers() + "（占組織排放量 " + share + "%），應說明選定理由。"));
        }
        if (share.compareTo(SMALL_SHARE_PERCENT) < 0 && blank(part.otherPartsPlan())) {
            findings.add(Finding.warn("INV-5", "organisationPart.otherPartsPlan",
                    "The subject is " + share + " % of the organisation's emissions: say how the rest of the "
                            + "organisation will follow.",
                    "主體僅占組織排放量 " + share + "%，應說明組織其餘部分之後續規劃。"));
        }
        return findings;
    }

    /** A product or service: its share from the products table (its written reason and its listing are INV-4's). */
    private static List<Finding> product(InventoryFacts facts) {
        var line = facts.snapshot().productSubject();
        if (line == null) {
            return List.of();
        }
        if (line.sharePercent() == null) {
            return List.of(); // the subject is not in the products table: INV-4 blocks that
        }
        if (line.sharePercent().compareTo(SMALL_SHARE_PERCENT) < 0 && blank(line.otherProductsPlan())) {
            return List.of(Finding.warn("INV-5", "productSubject.otherProductsPlan",
                    "The subject is " + line.sharePercent() + " % of the organisation's emissions: say how the other "
                            + "products will follow.",
                    "主體僅占組織排放量 " + line.sharePercent() + "%，應說明其他產品之後續規劃。"));
        }
        return List.of();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
