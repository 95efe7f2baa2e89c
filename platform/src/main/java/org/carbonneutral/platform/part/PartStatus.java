package org.carbonneutral.platform.part;

/** Where a part stands: being prepared, submitted with its findings for the current revision, or approved. */
public enum PartStatus {
    DRAFT,
    SUBMITTED,
    APPROVED
}
