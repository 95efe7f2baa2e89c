package org.carbonneutral.disclosure.domain;

import java.time.LocalDate;
import org.carbonneutral.contracts.ClaimStandard;

/**
 * The claim's sentence in both languages, worded from the claim's own verification or validation only (DIS-7), never
 * stronger than that evidence: an ISO 14068-1 claim names its verifier, standard, level of assurance and date, or says
 * it is unverified; a PAS 2060 claim names its validation type exactly (self-validated, other-party validated,
 * independently third-party validated), or says it is not validated. The inventory's verification plays no part.
 */
public final class ClaimStatement {

    private ClaimStatement() {
    }

    public static Publication.Claim of(ClaimStandard standard, String subjectName, LocalDate start, LocalDate end,
            ClaimVerification checked) {
        return of(standard, subjectName, start, end, checked, true);
    }

    /**
     * The claim; {@code offsetting} whether residual emissions were offset with credits. An ISO 14068-1 claim with a
     * residual of 0 says it needed no credits rather than that it offset anything (OFF-1).
     */
    public static Publication.Claim of(ClaimStandard standard, String subjectName, LocalDate start, LocalDate end,
            ClaimVerification checked, boolean offsetting) {
        if (standard == ClaimStandard.PAS_2060) {
            var v = checked == null ? null : checked.validation();
            return new Publication.Claim(standard, "Carbon neutrality declaration of achievement: " + subjectName
                    + " has achieved carbon neutrality in accordance with PAS 2060:2014 for the period " + start + " to "
                    + end + " (" + validationEn(v) + "), and with the MOENV Guidelines for Corporate Carbon-Neutrality "
                    + "Declarations.", "碳中和達成宣告：" + subjectName + " 於 " + start + " 至 " + end
                    + " 期間依據 PAS 2060:2014 達成碳中和（" + validationZh(v) + "），並符合環境部「企業宣告碳中和指引」。");
        }
        var v = checked == null ? null : checked.verification();
        String en = subjectName + " is carbon neutral for the period " + start + " to " + end + ", through "
                + (offsetting ? "greenhouse-gas emission reductions and the offsetting of residual emissions"
                : "greenhouse-gas emission reductions and removals in the boundary, leaving no residual emissions to offset "
                + "(no credits needed)")
                + ", in accordance with ISO 14068-1:2023 and the MOENV Guidelines for Corporate Carbon-Neutrality "
                + "Declarations. ";
        String zh = subjectName + " 於 " + start + " 至 " + end + " 期間透過" + (offsetting ? "溫室氣體減量及抵銷剩餘排放量"
                : "溫室氣體減量及邊界內移除，無剩餘排放量須抵銷（無須使用減量額度）") + "達成碳中和，依據 ISO 14068-1:2023 及環境部「企業宣告碳中和指引」。";
        if (v == null) {
            return new Publication.Claim(standard, en + "This claim and its report have not been verified (unverified "
                    + "claim).", zh + "本宣告及其報告未經查證（未經查證之宣告）。");
        }
        boolean reasonable = v.assuranceLevel() == ClaimVerification.AssuranceLevel.REASONABLE;
        String accreditation = v.accreditation() == null || v.accreditation().isBlank() ? "" : " (" + v.accreditation() + ")";
        String accreditationZh = accreditation.isEmpty() ? "" : "（" + v.accreditation() + "）";
        return new Publication.Claim(standard, en + "This claim and its report were verified by " + v.body()
                + accreditation + " under " + v.standard() + " with " + (reasonable ? "reasonable" : "limited")
                + " assurance; verification statement of " + v.statementDate() + ", " + v.reference() + ".",
                zh + "本宣告及其報告經 " + v.body() + accreditationZh + " 依 " + v.standard() + " 查證，"
                        + (reasonable ? "合理保證等級" : "有限保證等級") + "；查證聲明 " + v.statementDate() + "，" + v.reference()
                        + "。");
    }

    private static String validationEn(ClaimVerification.Validation v) {
        return validation(v, new String[] {"not validated", "self-validated", "other-party validated by ",
            "independently third-party validated by ", " (", ")", ", "});
    }

    private static String validationZh(ClaimVerification.Validation v) {
        return validation(v, new String[] {"未經確證", "自我確證", "經他方確證：", "經獨立第三方確證：", "（", "）", "，"});
    }

    /**
     * The validation in one language's words: none, self, other party, independent third party, then the brackets and
     * separator. Only an independent third party's validation gets the word "independent(ly)".
     */
    private static String validation(ClaimVerification.Validation v, String[] w) {
        if (v == null) {
            return w[0];
        }
        String evidence = v.validator() + (v.accreditation() == null || v.accreditation().isBlank() ? ""
                : w[4] + v.accreditation() + w[5]) + w[6] + v.date() + w[6] + v.evidence();
        return switch (v.type()) {
            case SELF -> w[1];
            case OTHER_PARTY -> w[2] + evidence;
            case INDEPENDENT_THIRD_PARTY -> w[3] + evidence;
        };
    }
}
