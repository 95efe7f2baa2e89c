package org.carbonneutral.inventory.rules;

import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.inventory.domain.InventoryContent;

/**
 * What the INV rules read: the declaration's subject, standard and period year, the content as entered, its totals,
 * and whether the suite holds an approved organisation inventory of the same tenant and period (INV-1, for a product
 * or service subject).
 */
public record InventoryFacts(SubjectType subjectType, String subjectName, ClaimStandard claimStandard,
        InventoryContent content, InventorySnapshot snapshot, Integer periodYear, boolean organisationInventoryApproved) {

    /** Facts without a period and without an approved organisation inventory in the suite. */
    public InventoryFacts(SubjectType subjectType, String subjectName, ClaimStandard claimStandard, InventoryContent content,
            InventorySnapshot snapshot) {
        this(subjectType, subjectName, claimStandard, content, snapshot, null, false);
    }
}
