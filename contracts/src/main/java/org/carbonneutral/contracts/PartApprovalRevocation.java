package org.carbonneutral.contracts;

import java.util.UUID;

/** What every {@code <Part>ApprovalRevoked} event says: the approval of {@code revokedRevision} no longer holds. */
public interface PartApprovalRevocation {

    UUID declarationId();

    int revokedRevision();

    /** The part's revision after the revocation. */
    int currentRevision();

    String reason();
}
