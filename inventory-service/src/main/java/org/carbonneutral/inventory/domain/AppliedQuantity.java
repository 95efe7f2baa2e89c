package org.carbonneutral.inventory.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.carbonneutral.inventory.domain.InventoryCalculator.Violation;
import org.carbonneutral.inventory.factors.ActivityUnits;
import org.carbonneutral.inventory.factors.EquipmentLeakRates;

/**
 * The quantity an activity's factors apply to. As entered, unless the activity derives it:
 * <ul>
 * <li>{@code leakRate} (refrigerant, equipment method): kg leaked = charge (kg) × rate (% per year) ÷ 100, the rate
 * chosen in the range MOENV 6.0.4 表8 gives for the equipment type and justified; outside the range the
 * justification is what it rests on;</li>
 * <li>{@code septicTank} (MOENV 6.0.4 表6 化糞池): kg BOD = persons × working days × hours per day × litres per
 * person-hour × BOD mg/L ÷ 10⁶.</li>
 * </ul>
 * Derivations are exact (no rounding); the derivation is stated with every parameter and its source.
 */
final class AppliedQuantity {

    static final EquipmentLeakRates LEAK_RATES = EquipmentLeakRates.load();

    record Applied(BigDecimal quantity, String unit, String derivation) {
    }

    private AppliedQuantity() {
    }

    /** The applied quantity; violations (field, message) where the derivation's inputs do not hold. */
    static Applied of(InventoryContent.Activity a, String field, List<Violation> violations) {
        if (a.leakRate() != null && a.septicTank() != null) {
            violations.add(new Violation(field, "give a leakRate or a septicTank, not both"));
            return null;
        }
        if (a.leakRate() != null) {
            return leak(a, field, violations);
        }
        if (a.septicTank() != null) {
            return septic(a, field, violations);
        }
        return new Applied(a.quantity(), a.unit(), null);
    }

    private static Applied leak(InventoryContent.Activity a, String field, List<Violation> violations) {
        InventoryContent.LeakRate rate = a.leakRate();
        BigDecimal chargeKg;
        try {
            chargeKg = ActivityUnits.convert(a.quantity(), a.unit(), "kg");
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field + ".unit", "with a leakRate the quantity is the equipment's refrigerant "
                    + "charge, a mass (kg or t); '" + a.unit() + "' is not one"));
            return null;
        }
        var equipment = LEAK_RATES.find(rate.equipment());
        if (equipment.isEmpty()) {
            violations.add(new Violation(field + ".leakRate.equipment", "'" + rate.equipment() + "' is not an equipment "
                    + "type of " + EquipmentLeakRates.SOURCE + "; one of: " + LEAK_RATES.all().stream()
                    .map(e -> e.label() + " " + e.range()).collect(Collectors.joining(", "))));
            return null;
        }
        var e = equipment.get();
        boolean inRange = e.inRange(rate.percent());
        if (rate.justification() == null || rate.justification().isBlank()) {
            violations.add(new Violation(inRange ? field + ".leakRate.justification" : field + ".leakRate.percent",
                    inRange ? "justify the chosen point " + rate.percent().toPlainString() + " % in 表8's range " + e.range()
                            + " for " + e.label() + " (the table: developed countries the low end, developing the high end)"
                            : rate.percent().toPlainString() + " % is outside 表8's range " + e.range() + " for " + e.label()
                                    + ": use a rate in the range, or give the justification (measurements, maintenance "
                                    + "records) the rate rests on"));
            return null;
        }
        BigDecimal leakedKg = chargeKg.multiply(rate.percent()).movePointLeft(2);
        return new Applied(leakedKg, "kg", "charge " + chargeKg.stripTrailingZeros().toPlainString() + " kg × "
                + rate.percent().stripTrailingZeros().toPlainString() + " % per year ("
                + EquipmentLeakRates.SOURCE + ": " + e.label() + " " + e.range() + (inRange ? "" : ", outside the range")
                + "; justification: " + rate.justification().trim() + ") = " + leakedKg.stripTrailingZeros().toPlainString()
                + " kg leaked");
    }

    private static Applied septic(InventoryContent.Activity a, String field, List<Violation> violations) {
        InventoryContent.SepticTank t = a.septicTank();
        if (!"person".equals(a.unit())) {
            violations.add(new Violation(field + ".unit", "with a septicTank the quantity is the number of persons using "
                    + "it: unit 'person', not '" + a.unit() + "'"));
            return null;
        }
        BigDecimal litres = a.quantity().multiply(t.workingDays()).multiply(t.hoursPerDay()).multiply(t.litresPerPersonHour());
        BigDecimal bodKg = litres.multiply(t.bodMgPerLitre()).movePointLeft(6);
        return new Applied(bodKg, "kg BOD", plain(a.quantity()) + " persons × " + plain(t.workingDays()) + " days × "
                + plain(t.hoursPerDay()) + " h/day × " + plain(t.litresPerPersonHour()) + " L per person-hour × "
                + plain(t.bodMgPerLitre()) + " mg BOD/L ÷ 10⁶ = " + plain(bodKg) + " kg BOD (formula: 環境部 溫室氣體排放係數"
                + "管理表 6.0.4版 表6 化糞池; parameters: " + t.parameterSources().trim() + ")");
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
