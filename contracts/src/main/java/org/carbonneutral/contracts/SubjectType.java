package org.carbonneutral.contracts;

/** The kind of subject (碳中和主體) a declaration is about (INV-2). */
public enum SubjectType {
    ORGANISATION,
    PRODUCT,
    SERVICE
}
