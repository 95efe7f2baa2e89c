package org.carbonneutral.inventory.rules;

import java.math.BigDecimal;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * INV-5: a product or service chosen as a token subject (樣板主體) shows its share of the organisation's emissions;
 * a small share — below 10 %, the suite's reading of "small" — is flagged unless the plan says how the organisation's
 * other products will follow.
 */
public class TokenSubjectShare implements Rule<InventoryFacts> {

    public static final BigDecimal SMALL_SHARE_PERCENT = new BigDecimal("10");

    private static final RuleDescription DESCRIPTION = new RuleDescription("INV-5", Severity.WARN,
            "Token subject: the subject's share of the organisation's emissions is shown; a small share (< 10 %) is "
                    + "flagged and the plan must say how other products follow.",
            "樣板主體：應揭露主體占組織排放量之比例；比例偏低（低於10%）者應說明其他產品之後續規劃。", "G參.一 ¶2, (二)");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(InventoryFacts facts) {
        if (facts.subjectType() == SubjectType.ORGANISATION || facts.snapshot() == null
                || facts.snapshot().productSubject() == null || facts.snapshot().productSubject().sharePercent() == null) {
            return List.of();
        }
        var line = facts.snapshot().productSubject();
        boolean planned = line.otherProductsPlan() != null && !line.otherProductsPlan().isBlank();
        if (line.sharePercent().compareTo(SMALL_SHARE_PERCENT) < 0 && !planned) {
            return List.of(Finding.warn("INV-5", "productSubject.otherProductsPlan",
                    "The subject is " + line.sharePercent() + " % of the organisation's emissions: say how the other "
                            + "products will follow.",
                    "主體僅占組織排放量 " + line.sharePercent() + "%，應說明其他產品之後續規劃。"));
        }
        return List.of();
    }
}
