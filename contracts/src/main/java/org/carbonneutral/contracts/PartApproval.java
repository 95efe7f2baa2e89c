package org.carbonneutral.contracts;

import java.util.Map;
import java.util.UUID;

/** What every {@code <Part>Approved} event says: which revision of a declaration's part was approved, on what basis. */
public interface PartApproval {

    UUID declarationId();

    int revision();

    /** The approved snapshot. */
    Object snapshot();

    /** The revisions of other parts of the declaration this approval was checked against, by part name. */
    Map<String, Integer> checkedAgainst();
}
