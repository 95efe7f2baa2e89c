package org.carbonneutral.inventory.factors;

/**
 * What the factor applies to: fuel burnt in stationary or mobile sources, purchased electricity, or a refrigerant (pure
 * fluorinated gas or blend) leaked from equipment, measured as mass (kg topped up / mass balance; fugitive, category 1).
 */
public enum FactorKind {
    STATIONARY_COMBUSTION,
    MOBILE_COMBUSTION,
    PURCHASED_ELECTRICITY,
    FUGITIVE_REFRIGERANT
}
