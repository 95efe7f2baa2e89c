package org.carbonneutral.disclosure.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Organisation;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.disclosure.domain.ClaimVerification;
import org.carbonneutral.disclosure.domain.CompanyProfile;
import org.carbonneutral.disclosure.domain.PartState;

/**
 * A declaration with its company profile, its claim's own verification or validation (DIS-7), the approval state of its parts, its publication, and the findings on what
 * would be published: what still blocks publication (DIS-2, DIS-3, DIS-5) and the reminders it will carry (DIS-4).
 */
public record DeclarationView(
        UUID id,
        SubjectType subjectType,
        String subjectName,
        String boundary,
        LocalDate periodStart,
        LocalDate periodEnd,
        ClaimStandard claimStandard,
        Organisation organisation,
        String createdBy,
        OffsetDateTime createdAt,
        CompanyProfile profile,
        ClaimVerification claimVerification,
        PartState inventory,
        PartState pathway,
        PartState offsets,
        PublicationState publication,
        List<Finding> blockers) {

    /** The same view with another publication state. */
    public DeclarationView withPublication(PublicationState state) {
        return new DeclarationView(id, subjectType, subjectName, boundary, periodStart, periodEnd, claimStandard,
                organisation, createdBy, createdAt, profile, claimVerification, inventory, pathway, offsets, state,
                blockers);
    }

    public record PublicationState(String status, Integer version, String digest, OffsetDateTime publishedAt,
            OffsetDateTime withdrawnAt, String publicPath) {
    }
}
