package org.carbonneutral.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What every {@code <Part>ActionRecorded} event says: an action on a part (EDITED, SUBMITTED, APPROVED,
 * APPROVAL_REVOKED) at a revision, by whom ({@code actor} null when the suite did it on another part's event), when,
 * with what detail. Together they are the part's trail, which disclosure-service merges into the declaration's.
 */
public interface PartActionRecord {

    UUID declarationId();

    int revision();

    String action();

    String actor();

    OffsetDateTime at();

    String detail();
}
