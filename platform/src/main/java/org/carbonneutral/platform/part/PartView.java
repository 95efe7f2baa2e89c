package org.carbonneutral.platform.part;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.SubjectType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(description = "The approved revisions of the parts this part rests on, available now, by part name "
                + "(null where none is approved); empty for a part that rests on none", examples = "{\"inventory\": 3}")
        Map<String, Integer> basisAvailable) {

    /** The standing approval: the revision, who and when, and the revisions of the parts it was checked against. */
    public record Approval(int revision, String approvedBy, OffsetDateTime approvedAt,
            @Schema(description = "The revisions of the parts this approval was checked against, by part name",
                    examples = "{\"inventory\": 3}")
            Map<String, Integer> basis) {
    }
}
