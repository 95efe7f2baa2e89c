package org.carbonneutral.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.carbonneutral.disclosure.domain.PartState;

/**
 * What disclosure-service knows of one part from its events: the latest revision seen, the approved revision (null
 * while none stands), the inventory revision that approval was checked against, and the approval event's payload.
 */
@Embeddable
public class PartApprovalState {

    @Column(name = "latest_revision")
    public Integer latestRevision;

    @Column(name = "approved_revision")
    public Integer approvedRevision;

    @Column(name = "inventory_revision")
    public Integer inventoryRevision;

    @Column(name = "approval", columnDefinition = "text")
    public String approval;

    /** The part's revisions, as the publication decision and the declaration's readers see them. */
    public PartState state() {
        return new PartState(latestRevision, approvedRevision, inventoryRevision);
    }
}
