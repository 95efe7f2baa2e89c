package org.carbonneutral.disclosure.domain;

/**
 * What is known of one part from its events: the latest revision seen, the approved revision (null while no approval
 * stands) and the inventory revision that approval was checked against.
 */
public record PartState(Integer latestRevision, Integer approvedRevision, Integer inventoryRevision) {

    /** A part no event has been received for. */
    public static final PartState NONE = new PartState(null, null, null);
}
