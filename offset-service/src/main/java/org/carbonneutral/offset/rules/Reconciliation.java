package org.carbonneutral.offset.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.carbonneutral.contracts.Organisation;
import org.carbonneutral.offset.domain.Credit;
import org.carbonneutral.offset.domain.RegistryRecord;

/**
 * How a claimed block meets the registry's public record of it (OFF-2 (c)): the record that retired exactly that
 * block, whether a record names the declaring organisation, and whether the use it was retired for can serve a
 * voluntary claim.
 */
public final class Reconciliation {

    /**
     * Uses that credits retired for cannot serve a voluntary claim: Taiwan's carbon fee (碳費) and environmental impact
     * assessment offset obligations (環評增量抵換), cap-and-trade and other compliance schemes, CORSIA, a host country's
     * NDC or an Article 6 transfer.
     */
    private static final Pattern COMPLIANCE = Pattern.compile("(?i)(碳費|環評|環境影響評估|增量抵換|抵換義務|總量管制|"
            + "排放交易|compliance|corsia|cap[- ]and[- ]trade|\\barb\\b|california|\\bndc\\b|nationally determined|"
            + "article 6|第六條)");

    private Reconciliation() {
    }

    /** The records overlapping {@code credit}'s block. */
    public static List<RegistryRecord> overlapping(OffsetsFacts facts, Credit credit) {
        return facts.registryRecords().stream().filter(r -> r.block().overlaps(credit.block())).toList();
    }

    /** The record that retired exactly {@code credit}'s block for the declaring organisation, or null. */
    public static RegistryRecord recordOf(OffsetsFacts facts, Credit credit) {
        RegistryRecord r = whole(overlapping(facts, credit), credit);
        return r != null && forUs(facts.organisation(), r) ? r : null;
    }

    /** The one record of {@code overlapping} that retired exactly {@code c}'s block, as a whole, or null. */
    static RegistryRecord whole(List<RegistryRecord> overlapping, Credit c) {
        if (overlapping.size() != 1) {
            return null;
        }
        RegistryRecord r = overlapping.get(0);
        return r.block().start() == c.block().start() && r.block().end() == c.block().end() ? r : null;
    }

    /**
     * Whether the record retired its credits for {@code organisation}: its business number, where the registry gives
     * one, or its beneficiary named exactly as one of the organisation's names (OFF-2 (a)). A record naming no
     * beneficiary is for no one.
     */
    public static boolean forUs(Organisation organisation, RegistryRecord r) {
        if (organisation == null) {
            return false;
        }
        if (r.beneficiaryId() != null && !r.beneficiaryId().isBlank()) {
            return organisation.hasBusinessNumber(r.beneficiaryId());
        }
        return organisation.isNamed(r.beneficiary());
    }

    /** The compliance use the record names (its retirement type or purpose), or null when none. */
    public static String complianceUse(RegistryRecord r) {
        for (String text : new String[] {r.retirementType(), r.purpose()}) {
            if (text != null && COMPLIANCE.matcher(text).find()) {
                return text;
            }
        }
        return null;
    }
}
