package org.carbonneutral.inventory.factors;

/** What the factor applies to: fuel burnt in stationary or mobile sources, or purchased electricity. */
public enum FactorKind {
    STATIONARY_COMBUSTION,
    MOBILE_COMBUSTION,
    PURCHASED_ELECTRICITY
}
