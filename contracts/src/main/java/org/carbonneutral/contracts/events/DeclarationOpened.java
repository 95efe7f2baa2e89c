package org.carbonneutral.contracts.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Organisation;
import org.carbonneutral.contracts.PartSubject;
import org.carbonneutral.contracts.SubjectType;

/**
 * A declaration was opened: its subject, boundary and period, which every part is checked against, and the declaring
 * organisation's identity (null when the declaration does not name it; credits then cannot be tied to it, OFF-2).
 */
public record DeclarationOpened(
        UUID declarationId,
        SubjectType subjectType,
        String subjectName,
        String boundary,
        LocalDate periodStart,
        LocalDate periodEnd,
        ClaimStandard claimStandard,
        Organisation organisation) implements PartSubject {

    @JsonCreator
    public DeclarationOpened {
    }

    /** A declaration that does not name its organisation's identity. */
    public DeclarationOpened(UUID declarationId, SubjectType subjectType, String subjectName, String boundary,
            LocalDate periodStart, LocalDate periodEnd, ClaimStandard claimStandard) {
        this(declarationId, subjectType, subjectName, boundary, periodStart, periodEnd, claimStandard, null);
    }
}
