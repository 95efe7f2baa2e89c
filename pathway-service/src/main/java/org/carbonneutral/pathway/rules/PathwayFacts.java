package org.carbonneutral.pathway.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.carbonneutral.pathway.domain.SubjectPeriod;

/**
 * What the PATH rules read: the declaration's subject, period and standard, the pathway, the approved inventory, the
 * subject's earlier periods with an approved inventory, the period the baseline names (null when none was found), and
 * for a cited baseline the approved inventory of the base year the suite holds for the subject (null when none).
 */
public record PathwayFacts(SubjectType subjectType, LocalDate periodStart, LocalDate periodEnd,
        ClaimStandard claimStandard, PathwayContent content, InventorySnapshot inventory, List<SubjectPeriod> history,
        SubjectPeriod baselinePeriod, SubjectPeriod baseYearInventory) {

    /** Facts without an approved inventory of the base year to check a cited baseline against. */
    public PathwayFacts(SubjectType subjectType, LocalDate periodStart, LocalDate periodEnd, ClaimStandard claimStandard,
            PathwayContent content, InventorySnapshot inventory, List<SubjectPeriod> history, SubjectPeriod baselinePeriod) {
        this(subjectType, periodStart, periodEnd, claimStandard, content, inventory, history, baselinePeriod, null);
    }

    /** An organisation's facts without earlier periods. */
    public PathwayFacts(LocalDate periodStart, LocalDate periodEnd, ClaimStandard claimStandard, PathwayContent content,
            InventorySnapshot inventory) {
        this(SubjectType.ORGANISATION, periodStart, periodEnd, claimStandard, content, inventory, List.of(), null, null);
    }

    /** The subject's latest declared period ending before this period starts (PATH-7). */
    public Optional<SubjectPeriod> previousDeclaredPeriod() {
        return history.stream().filter(SubjectPeriod::declared).filter(p -> p.periodEnd().isBefore(periodStart))
                .max(Comparator.comparing(SubjectPeriod::periodEnd));
    }
}
