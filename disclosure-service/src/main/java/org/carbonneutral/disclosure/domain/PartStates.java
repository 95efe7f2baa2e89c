package org.carbonneutral.disclosure.domain;

/** The states of a declaration's three parts: inventory, pathway and offsets. */
public record PartStates(PartState inventory, PartState pathway, PartState offsets) {

    /** The approved revisions of the three parts, or null while any of them holds no approval. */
    public ApprovedRevisions approved() {
        if (inventory.approvedRevision() == null || pathway.approvedRevision() == null
                || offsets.approvedRevision() == null) {
            return null;
        }
        return new ApprovedRevisions(inventory.approvedRevision(), pathway.approvedRevision(),
                offsets.approvedRevision());
    }
}
