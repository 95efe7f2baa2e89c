package org.carbonneutral.disclosure.domain;

import java.time.LocalDate;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.PathwayApproved;

/**
 * What DIS-2..DIS-4 read: the declaration, the tenant's profile (null until entered) and the three approvals the
 * publication would be built from (each null while not approved).
 */
public record PublicationFacts(SubjectType subjectType, String subjectName, String boundary, LocalDate periodStart,
        LocalDate periodEnd, ClaimStandard claimStandard, CompanyProfile profile, InventoryApproved inventory,
        PathwayApproved pathway, OffsetsApproved offsets) {

    public boolean complete() {
        return inventory != null && pathway != null && offsets != null;
    }
}
