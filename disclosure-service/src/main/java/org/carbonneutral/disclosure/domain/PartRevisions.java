package org.carbonneutral.disclosure.domain;

/** A part's state for the publication decision: latest revision, approved revision, inventory revision it used. */
public record PartRevisions(Integer latest, Integer approved, Integer inventoryRevision) {

    public static final PartRevisions NONE = new PartRevisions(null, null, null);
}
