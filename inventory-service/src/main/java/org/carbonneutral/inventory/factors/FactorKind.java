package org.carbonneutral.inventory.factors;

import java.util.Set;

/**
 * What a factor applies to, and so which ISO 14064-1 categories a source quantified with it may be in: fuel burnt in
 * stationary or mobile sources; purchased electricity; fugitive releases by mass (refrigerants, fire-suppression
 * agents, insulating gas in switchgear); wastewater CH4 (MOENV 113.2.5 附表三); process emissions (tenant factors);
 * and indirect (scope 3) activity by distance, mass, spend or quantity (tenant factor sets).
 */
public enum FactorKind {
    /**
     * Fuel burnt in stationary sources: direct, imported heat or steam quantified from its supplier's fuel (category 2),
     * or burnt by others for the organisation (categories 3–6).
     */
    STATIONARY_COMBUSTION(Set.of(1, 2, 3, 4, 5, 6)),
    MOBILE_COMBUSTION(Set.of(1, 3, 4, 5, 6)),
    PURCHASED_ELECTRICITY(Set.of(2)),
    /** A refrigerant (pure fluorinated gas or blend) leaked from equipment, kg: measured, or charge × 表8 leak rate. */
    FUGITIVE_REFRIGERANT(Set.of(1)),
    /** A fire-suppression agent released (CO2 or a fluorinated gas such as HFC-227ea), kg. */
    FUGITIVE_FIRE_SUPPRESSANT(Set.of(1)),
    /** Insulating gas released from electrical equipment (SF6 in switchgear), kg. */
    FUGITIVE_INSULATING_GAS(Set.of(1)),
    /** CH4 from domestic wastewater and septic tanks, per kg BOD or COD (附表三 一: Bo × MCF). */
    WASTEWATER(Set.of(1, 4)),
    /** CH4 from industrial wastewater, per kg COD (附表三 二: Bo × MCF). */
    INDUSTRIAL_WASTEWATER(Set.of(1, 4)),
    /** Process emissions (category 1), from a cited, versioned factor set of the tenant. */
    PROCESS(Set.of(1)),
    /** Indirect emissions (categories 3–6) by distance, mass, spend or quantity, from a tenant's cited factor set. */
    INDIRECT(Set.of(3, 4, 5, 6));

    private final Set<Integer> categories;

    FactorKind(Set<Integer> categories) {
        this.categories = categories;
    }

    /** The ISO 14064-1 categories a source quantified with a factor of this kind may be in. */
    public Set<Integer> categories() {
        return categories;
    }

    /** A release of a gas measured by mass: 1 kg of the gas per kg, weighed by the gas's GWP. */
    public boolean fugitiveByMass() {
        return this == FUGITIVE_REFRIGERANT || this == FUGITIVE_FIRE_SUPPRESSANT || this == FUGITIVE_INSULATING_GAS;
    }
}
