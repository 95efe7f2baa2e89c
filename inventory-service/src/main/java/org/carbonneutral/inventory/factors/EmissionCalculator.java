package org.carbonneutral.inventory.factors;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Emissions of one activity: quantity (converted to each factor's unit) × factor (kg gas per unit) × GWP of the
 * chosen set, per gas (CH4 of a fossil factor by fossil methane's value where the set gives one, INV-10). Per-gas kilograms are kept exact; tCO2e is their weighted sum ÷ 1000, rounded once to 6
 * decimals HALF_UP (grams), so the same inputs always give the same figures, bit for bit.
 */
public final class EmissionCalculator {

    public static final int TONNES_SCALE = 6;

    private final GwpTable gwp;

    public EmissionCalculator(GwpTable gwp) {
        this.gwp = gwp;
    }

    /**
     * One gas's share of an activity's emissions, naming the factor and GWP used (INV-10); {@code fossilMethaneGwp}
     * when the GWP is fossil methane's own value (CH4 of a fossil factor in a set that gives one).
     */
    public record GasEmission(String gas, String factorId, BigDecimal factorValue, String factorUnit, BigDecimal gasKg,
            BigDecimal gwp, BigDecimal tco2e, boolean biogenic, boolean fossilMethaneGwp, GwpRef gwpRef) {
    }

    /** The GWP table, version and value used where it is not the set's IPCC table (INV-10). */
    public record GwpRef(String code, String version, String source) {
    }

    public record Result(BigDecimal tco2e, BigDecimal biogenicCo2Tonnes, GwpSet gwpSet, List<GasEmission> gases) {
    }

    public Result calculate(BigDecimal quantity, String unit, List<EmissionFactor> factors, GwpSet set) {
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("no emission factor");
        }
        List<GasEmission> gases = new ArrayList<>();
        BigDecimal totalKg = BigDecimal.ZERO;
        BigDecimal biogenicKg = BigDecimal.ZERO;
        for (EmissionFactor f : factors) {
            BigDecimal activity = ActivityUnits.convert(quantity, unit, f.unit());
            BigDecimal kg = activity.multiply(f.value());
            if (f.biogenic() && f.gas().equals("CO2")) {
                // biogenic CO2 is reported separately and not added to the total
                biogenicKg = biogenicKg.add(kg);
                gases.add(new GasEmission(f.gas(), f.id(), f.value(), f.unit(), kg, BigDecimal.ONE, BigDecimal.ZERO, true,
                        false, null));
                continue;
            }
            boolean fossilMethane = f.fossil() && f.gas().equals("CH4") && gwp.fossilMethane(set).isPresent();
            BigDecimal weight;
            GwpRef ref = null;
            if (f.kind().fugitiveByMass() && !f.gas().equals("CO2")) {
                FluorinatedGases.Gwp g = gwp.fluorinated().gwp(set, f.gas(), gwp);
                weight = g.value();
                ref = new GwpRef(FluorinatedGases.SET, FluorinatedGases.VERSION, g.basis());
            } else {
                weight = gwp.gwp(set, f.gas(), f.fossil());
                ref = fossilMethane ? new GwpRef(GwpTable.FOSSIL_METHANE_SET, GwpTable.FOSSIL_METHANE_VERSION,
                        GwpTable.FOSSIL_METHANE_SOURCE + " = " + weight.toPlainString()) : null;
            }
            BigDecimal co2eKg = kg.multiply(weight);
            totalKg = totalKg.add(co2eKg);
            gases.add(new GasEmission(f.gas(), f.id(), f.value(), f.unit(), kg, weight,
                    co2eKg.movePointLeft(3).setScale(TONNES_SCALE, RoundingMode.HALF_UP), f.biogenic(), fossilMethane, ref));
        }
        return new Result(totalKg.movePointLeft(3).setScale(TONNES_SCALE, RoundingMode.HALF_UP),
                biogenicKg.movePointLeft(3).setScale(TONNES_SCALE, RoundingMode.HALF_UP), set, gases);
    }
}
