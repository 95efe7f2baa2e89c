package org.carbonneutral.contracts;

/** The standard a carbon-neutrality claim is made under. Under PAS 2060, PAS rules marked warn become block. */
public enum ClaimStandard {
    ISO_14068_1,
    PAS_2060
}
