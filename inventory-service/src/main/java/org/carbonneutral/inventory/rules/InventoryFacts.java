package org.carbonneutral.inventory.rules;

import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.inventory.domain.InventoryContent;

/** What the INV rules read: the declaration's subject and standard, the content as entered, and its totals. */
public record InventoryFacts(SubjectType subjectType, String subjectName, ClaimStandard claimStandard,
        InventoryContent content, InventorySnapshot snapshot) {
}
