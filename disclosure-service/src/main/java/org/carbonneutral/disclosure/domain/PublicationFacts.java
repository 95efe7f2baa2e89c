package org.carbonneutral.disclosure.domain;

import java.time.LocalDate;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Organisation;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.PathwayApproved;

/**
 * What the publication decision reads: the declaration, the tenant's profile (null until entered), the states of the
 * three parts (DIS-5), the three approvals the publication would be built from (DIS-2..DIS-4; each null while not
 * approved, or while its stored form cannot be read), and the claim's own verification or validation (DIS-7; null until
 * entered).
 */
public record PublicationFacts(SubjectType subjectType, String subjectName, String boundary, LocalDate periodStart,
        LocalDate periodEnd, ClaimStandard claimStandard, Organisation organisation, CompanyProfile profile, PartStates parts,
        InventoryApproved inventory, PathwayApproved pathway, OffsetsApproved offsets,
        ClaimVerification claimVerification) {

    public boolean complete() {
        return inventory != null && pathway != null && offsets != null;
    }
}
