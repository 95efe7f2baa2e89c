package org.carbonneutral.inventory.rules;

import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.inventory.domain.ActivityFigure;
import org.carbonneutral.inventory.domain.InventoryCalculator;
import org.carbonneutral.inventory.domain.InventoryContent;

/**
 * What the INV rules read: the declaration's subject, standard and period year, the content as entered, its totals,
 * and whether the suite holds an approved organisation inventory of the same tenant and period (INV-1, for a product
 * or service subject). Beside the snapshot, the same quantification's figures of each activity and the violations it
 * found, for the figures of the current revision.
 */
public record InventoryFacts(SubjectType subjectType, String subjectName, ClaimStandard claimStandard,
        InventoryContent content, InventorySnapshot snapshot, Integer periodYear, boolean organisationInventoryApproved,
        List<ActivityFigure> activities, List<InventoryCalculator.Violation> violations) {

    public InventoryFacts {
        activities = activities == null ? List.of() : List.copyOf(activities);
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** Facts without the figures of each activity. */
    public InventoryFacts(SubjectType subjectType, String subjectName, ClaimStandard claimStandard, InventoryContent content,
            InventorySnapshot snapshot, Integer periodYear, boolean organisationInventoryApproved) {
        this(subjectType, subjectName, claimStandard, content, snapshot, periodYear, organisationInventoryApproved,
                List.of(), List.of());
    }

    /** Facts without a period and without an approved organisation inventory in the suite. */
    public InventoryFacts(SubjectType subjectType, String subjectName, ClaimStandard claimStandard, InventoryContent content,
            InventorySnapshot snapshot) {
        this(subjectType, subjectName, claimStandard, content, snapshot, null, false);
    }
}
