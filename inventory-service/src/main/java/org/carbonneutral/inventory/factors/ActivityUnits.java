package org.carbonneutral.inventory.factors;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.UnconvertibleException;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;
import static javax.measure.MetricPrefix.GIGA;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MEGA;
import static javax.measure.MetricPrefix.TERA;

/**
 * Activity quantities in the units companies report them in, converted with the JSR 385 reference implementation
 * (Indriya) to the unit an emission factor is expressed per. Conversions are exact (Indriya keeps rational factors);
 * the result is a BigDecimal to 34 significant digits (DECIMAL128).
 */
public final class ActivityUnits {

    private static final Unit<?> KWH = KILO(Units.WATT).multiply(Units.HOUR);

    /** The unit symbols accepted in activity data and factor tables ("度" is Taiwan's kWh). */
    private static final Map<String, Unit<?>> SYMBOLS = Map.ofEntries(
            Map.entry("L", Units.LITRE),
            Map.entry("kL", KILO(Units.LITRE)),
            Map.entry("m3", Units.CUBIC_METRE),
            Map.entry("kg", Units.KILOGRAM),
            Map.entry("t", KILO(Units.KILOGRAM)),
            Map.entry("kWh", KWH),
            Map.entry("度", KWH),
            Map.entry("MWh", MEGA(Units.WATT).multiply(Units.HOUR)),
            Map.entry("GWh", GIGA(Units.WATT).multiply(Units.HOUR)),
            Map.entry("GJ", GIGA(Units.JOULE)),
            Map.entry("MJ", MEGA(Units.JOULE)),
            Map.entry("TJ", TERA(Units.JOULE)),
            // the announcement's note 2: 1 kcal = 4.1868 × 10⁻⁹ TJ
            Map.entry("kcal", Units.JOULE.multiply(new BigDecimal("4186.8"))));

    private ActivityUnits() {
    }

    public static boolean known(String symbol) {
        return SYMBOLS.containsKey(symbol);
    }

    public static java.util.Set<String> symbols() {
        return new java.util.TreeSet<>(SYMBOLS.keySet());
    }

    /** {@code quantity} of {@code from} expressed in {@code to}; fails for units of different dimensions. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static BigDecimal convert(BigDecimal quantity, String from, String to) {
        Unit source = unit(from);
        Unit target = unit(to);
        if (source.equals(target)) {
            return quantity;
        }
        try {
            Quantity<?> q = Quantities.getQuantity(quantity, source).to(target);
            Number n = q.getValue();
            return n instanceof BigDecimal b ? b : new BigDecimal(n.toString(), MathContext.DECIMAL128);
        } catch (UnconvertibleException | ClassCastException e) {
            throw new IllegalArgumentException("cannot convert " + from + " to " + to);
        }
    }

    private static Unit<?> unit(String symbol) {
        Unit<?> u = SYMBOLS.get(symbol);
        if (u == null) {
            throw new IllegalArgumentException("unknown unit '" + symbol + "'; use one of " + symbols());
        }
        return u;
    }
}
