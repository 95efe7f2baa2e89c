package org.carbonneutral.inventory.factors;

import java.util.Set;
import org.carbonneutral.inventory.factors.ActivityUnits.Measure;

/**
 * What a factor applies to, and so which ISO 14064-1 categories a source quantified with it may be in: fuel burnt in
 * stationary or mobile sources; purchased electricity; fugitive releases by mass (refrigerants, fire-suppression
 * agents, insulating gas in switchgear); wastewater CH4 (MOENV 113.2.5 附表三); process emissions (tenant factors);
 * and indirect (scope 3) activity by distance, mass, spend or quantity (tenant factor sets). Each kind also says what
 * its factors may be per ({@link #measures()}): a published factor in a unit of another measure is refused.
 */
public enum FactorKind {
    /**
     * Fuel burnt in stationary sources: direct, imported heat or steam quantified from its supplier's fuel (category 2),
     * or burnt by others for the organisation (categories 3–6).
     */
    STATIONARY_COMBUSTION(Set.of(1, 2, 3, 4, 5, 6), Set.of(Measure.VOLUME, Measure.MASS, Measure.ENERGY)),
    /** Fuel burnt in vehicles: per L, kg, m3 or energy (113.2.5 附表一 二: per TJ), or per vehicle·km (km). */
    MOBILE_COMBUSTION(Set.of(1, 3, 4, 5, 6), Set.of(Measure.VOLUME, Measure.MASS, Measure.ENERGY, Measure.DISTANCE)),
    PURCHASED_ELECTRICITY(Set.of(2), Set.of(Measure.ENERGY)),
    /** A refrigerant (pure fluorinated gas or blend) leaked from equipment, kg: measured, or charge × 表8 leak rate. */
    FUGITIVE_REFRIGERANT(Set.of(1), Set.of(Measure.MASS)),
    /** A fire-suppression agent released (CO2 or a fluorinated gas such as HFC-227ea), kg. */
    FUGITIVE_FIRE_SUPPRESSANT(Set.of(1), Set.of(Measure.MASS)),
    /** Insulating gas released from electrical equipment (SF6 in switchgear), kg. */
    FUGITIVE_INSULATING_GAS(Set.of(1), Set.of(Measure.MASS)),
    /** CH4 from domestic wastewater and septic tanks, per kg BOD or COD (附表三 一: Bo × MCF). */
    WASTEWATER(Set.of(1, 4), Set.of(Measure.ORGANIC_LOAD)),
    /** CH4 from industrial wastewater, per kg COD (附表三 二: Bo × MCF). */
    INDUSTRIAL_WASTEWATER(Set.of(1, 4), Set.of(Measure.ORGANIC_LOAD)),
    /**
     * Process emissions (category 1), from a cited, versioned factor set of the tenant: per mass or volume of a raw
     * material or product, per energy, or per item (e.g. per wafer).
     */
    PROCESS(Set.of(1), Set.of(Measure.MASS, Measure.VOLUME, Measure.ENERGY, Measure.COUNT)),
    /**
     * Indirect emissions (categories 3–6) from a tenant's cited factor set: by distance (pkm passenger·km, tkm
     * tonne·km, km vehicle·km), mass (kg, t), spend (TWD, kTWD, USD, EUR), quantity (item, night), people (person),
     * volume or energy (e.g. upstream emissions of fuels and electricity); not per kg BOD or COD (WASTEWATER kinds).
     */
    INDIRECT(Set.of(3, 4, 5, 6), Set.of(Measure.DISTANCE, Measure.TRANSPORT_WORK, Measure.MASS, Measure.SPEND,
            Measure.COUNT, Measure.PEOPLE, Measure.VOLUME, Measure.ENERGY));

    private final Set<Integer> categories;
    private final Set<Measure> measures;

    FactorKind(Set<Integer> categories, Set<Measure> measures) {
        this.categories = categories;
        this.measures = measures;
    }

    /** What a factor of this kind may be per: the measure of its unit ({@link ActivityUnits#measure(String)}). */
    public Set<Measure> measures() {
        return measures;
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
