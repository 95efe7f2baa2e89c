package org.carbonneutral.platform.part;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.SubjectType;

/** A part as the API shows it. {@code revision} is also the ETag to send back in {@code If-Match}. */
public record PartView<C>(
        UUID declarationId,
        int revision,
        PartStatus status,
        SubjectType subjectType,
        String subjectName,
        LocalDate periodStart,
        LocalDate periodEnd,
        ClaimStandard claimStandard,
        C content,
        String lastEditedBy,
        OffsetDateTime updatedAt,
        List<Finding> findings,
        Approval approval,
        Integer inventoryRevisionAvailable) {

    public record Approval(int revision, Integer inventoryRevision, String approvedBy, OffsetDateTime approvedAt) {
    }
}
