package org.carbonneutral.contracts.events;

import java.time.LocalDate;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.PartSubject;
import org.carbonneutral.contracts.SubjectType;

/** A declaration was opened: its subject, boundary and period, which every part is checked against. */
public record DeclarationOpened(
        UUID declarationId,
        SubjectType subjectType,
        String subjectName,
        String boundary,
        LocalDate periodStart,
        LocalDate periodEnd,
        ClaimStandard claimStandard) implements PartSubject {
}
