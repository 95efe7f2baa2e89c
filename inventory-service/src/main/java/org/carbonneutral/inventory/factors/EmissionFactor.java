package org.carbonneutral.inventory.factors;

import java.math.BigDecimal;

/**
 * One emission factor: kilograms of {@code gas} per {@code unit} of activity (kg CO2e for a factor already weighted,
 * e.g. a grid factor), with the document, set and version it comes from and the years it is valid for (null = any).
 * A factor is never edited: a change is a new version of its set.
 */
public record EmissionFactor(
        String id,
        String setCode,
        String setVersion,
        String source,
        FactorKind kind,
        String activity,
        String activityEn,
        String gas,
        BigDecimal value,
        String unit,
        Integer validFromYear,
        Integer validToYear,
        boolean biogenic) {

    /**
     * A factor of fossil origin: fuel burnt (stationary or mobile) that is not biomass. Its CH4 is fossil methane
     * (INV-10: MOENV 113.2.5 附表四 註1, methane emitted by fossil fuels).
     */
    public boolean fossil() {
        return !biogenic && (kind == FactorKind.STATIONARY_COMBUSTION || kind == FactorKind.MOBILE_COMBUSTION);
    }

    public boolean validIn(int year) {
        return (validFromYear == null || year >= validFromYear) && (validToYear == null || year <= validToYear);
    }
}
