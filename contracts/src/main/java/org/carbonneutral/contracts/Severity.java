package org.carbonneutral.contracts;

/** BLOCK makes approval impossible; WARN is shown and approval stays possible. */
public enum Severity {
    BLOCK,
    WARN
}
