package org.carbonneutral.disclosure.domain;

import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * DIS-7: the claim is checked by someone other than its maker, and says no more than that check. ISO 14068-1: without
 * the claim's own verification (a verified inventory is not a verified claim) a warning, and the page says the claim
 * is unverified; PAS 2060: without its validation, publication is blocked. The claim's sentence is worded from the
 * same facts ({@link ClaimStatement}).
 */
public class ClaimCheckedByAnother implements Rule<PublicationFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("DIS-7", Severity.WARN,
            "The claim is checked by someone other than its maker: ISO 14068-1 — the claim and its report verified under "
                    + "ISO 14064-3 (or equivalent) by a named body, with level of assurance and date (absent: warn, and "
                    + "the page says the claim is unverified); PAS 2060 — the commitment validated, and the claim names "
                    + "the validation type exactly, never stronger than the evidence (PAS: block).",
            "宣告應由宣告者以外之人檢核：ISO 14068-1 — 宣告及其報告依 ISO 14064-3（或同等標準）經具名機構查證，載明保證等級及日期"
                    + "（未查證：警告，且頁面載明宣告未經查證）；PAS 2060 — 承諾經確證，宣告載明確證類型且不得強於證據（PAS：阻擋）。",
            "G伍; ISO; PAS");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(PublicationFacts f) {
        var checked = f.claimVerification();
        if (f.claimStandard() == ClaimStandard.PAS_2060) {
            if (checked == null || checked.validation() == null) {
                return List.of(Finding.block("DIS-7", "claimVerification.validation", "The PAS 2060 claim is not "
                        + "validated: enter its validation type and evidence (PUT …/claim-verification).",
                        "PAS 2060 宣告尚未確證：請登錄確證類型及證據（PUT …/claim-verification）。"));
            }
            return List.of();
        }
        if (checked == null || checked.verification() == null) {
            return List.of(Finding.warn("DIS-7", "claimVerification.verification", "The claim and its report are not "
                    + "verified (ISO 14064-3); the page says the claim is unverified. A verified inventory is not a "
                    + "verified claim.", "宣告及其報告未經查證（ISO 14064-3）；公開頁面載明宣告未經查證。盤查經查證不等於宣告經查證。"));
        }
        return List.of();
    }
}
