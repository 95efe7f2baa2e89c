package org.carbonneutral.offset.domain;

/** A credit's status in a registry's public records, normalised across registries: used up, either way. */
public enum RegistryStatus {
    /** Retired (used for a claim): Verra, Gold Standard "Retired", ACR, CAR, ART TREES, MOENV 註銷. */
    RETIRED,
    /** Cancelled (taken out of circulation, e.g. for a compliance or administrative reason): Gold Standard "Canceled". */
    CANCELLED
}
