package org.carbonneutral.disclosure.domain;

import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * DIS-8: the claim's standard is in force for the period. PAS 2060 is withdrawn at the end of 2025 (replaced by ISO
 * 14068-1): a PAS 2060 claim for a period starting after 2025-12-31 is refused at opening and blocks publication.
 */
public class StandardInForce implements Rule<PublicationFacts> {

    /** The last day a PAS 2060 claim's period may start on. */
    public static final LocalDate PAS_2060_LAST_START = LocalDate.of(2025, 12, 31);

    private static final RuleDescription DESCRIPTION = new RuleDescription("DIS-8", Severity.BLOCK,
            "The claim's standard is in force for the period: PAS 2060 is withdrawn (replaced by ISO 14068-1) at the end "
                    + "of 2025, so a PAS 2060 claim for a period starting after 2025-12-31 is refused.",
            "宣告所依標準於期間內有效：PAS 2060 於 2025 年底廢止（由 ISO 14068-1 取代），期間始於 2025-12-31 之後之 PAS 2060 宣告不予受理。",
            "PAS");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    /** Why a claim under {@code standard} for a period starting {@code start} is refused, or null when it is not. */
    public static String refusal(ClaimStandard standard, LocalDate start) {
        if (standard == ClaimStandard.PAS_2060 && start != null && start.isAfter(PAS_2060_LAST_START)) {
            return "PAS 2060 is withdrawn at the end of 2025 (replaced by ISO 14068-1): a PAS 2060 claim for a period "
                    + "starting " + start + " is refused; declare under ISO_14068_1";
        }
        return null;
    }

    @Override
    public List<Finding> check(PublicationFacts f) {
        String refusal = refusal(f.claimStandard(), f.periodStart());
        if (refusal == null) {
            return List.of();
        }
        return List.of(Finding.block("DIS-8", "claimStandard", refusal + ".", "PAS 2060 已於 2025 年底廢止（由 ISO 14068-1 "
                + "取代）：期間始於 " + f.periodStart() + " 之 PAS 2060 宣告不予受理，請依 ISO 14068-1 宣告。"));
    }
}
