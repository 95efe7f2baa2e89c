package org.carbonneutral.contracts;

import java.time.LocalDate;

/** What a part is checked against: the declaration's subject, period and claim standard. */
public interface PartSubject {

    SubjectType subjectType();

    String subjectName();

    LocalDate periodStart();

    LocalDate periodEnd();

    ClaimStandard claimStandard();

    /** The declaring organisation's identity, when the declaration names it. */
    default Organisation organisation() {
        return null;
    }
}
