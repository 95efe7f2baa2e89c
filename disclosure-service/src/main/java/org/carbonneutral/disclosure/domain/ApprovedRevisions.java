package org.carbonneutral.disclosure.domain;

/**
 * The revisions of inventory, pathway and offsets one publication is made for. A declaration is published at most once
 * for the same revisions (DIS-5), and a publication stands only while its parts stay approved at exactly these.
 */
public record ApprovedRevisions(int inventory, int pathway, int offsets) {
}
