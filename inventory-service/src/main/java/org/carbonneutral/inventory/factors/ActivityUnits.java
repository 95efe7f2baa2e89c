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
            Map.entry("kcal", Units.JOULE.multiply(new BigDecimal("4186.8"))),
            Map.entry("km", KILO(Units.METRE)));

    /** A unit outside physics: it converts only to the units of its own family, by an exact multiple. */
    private record Counted(String family, BigDecimal perBase) {
    }

    /**
     * Loads of organic matter (BOD, COD), people, transport work (t·km, passenger·km), money and counts (items; nights,
     * a room·night of a hotel stay). Currencies never convert into each other (no rate is assumed): a spend factor is
     * per unit of one currency.
     */
    private static final Map<String, Counted> COUNTED = Map.ofEntries(
            Map.entry("kg BOD", new Counted("BOD", BigDecimal.ONE)),
            Map.entry("t BOD", new Counted("BOD", new BigDecimal(1000))),
            Map.entry("kg COD", new Counted("COD", BigDecimal.ONE)),
            Map.entry("t COD", new Counted("COD", new BigDecimal(1000))),
            Map.entry("person", new Counted("person", BigDecimal.ONE)),
            Map.entry("tkm", new Counted("tkm", BigDecimal.ONE)),
            Map.entry("pkm", new Counted("pkm", BigDecimal.ONE)),
            Map.entry("TWD", new Counted("TWD", BigDecimal.ONE)),
            Map.entry("kTWD", new Counted("TWD", new BigDecimal(1000))),
            Map.entry("USD", new Counted("USD", BigDecimal.ONE)),
            Map.entry("EUR", new Counted("EUR", BigDecimal.ONE)),
            Map.entry("item", new Counted("item", BigDecimal.ONE)),
            Map.entry("night", new Counted("night", BigDecimal.ONE)));

    /** What a unit measures: a factor's kind admits some of these ({@link FactorKind#measures()}). */
    public enum Measure {
        VOLUME, MASS, ENERGY, DISTANCE, ORGANIC_LOAD, PEOPLE, TRANSPORT_WORK, SPEND, COUNT
    }

    private static final Map<String, Measure> COUNTED_MEASURES = Map.of("BOD", Measure.ORGANIC_LOAD, "COD",
            Measure.ORGANIC_LOAD, "person", Measure.PEOPLE, "tkm", Measure.TRANSPORT_WORK, "pkm", Measure.TRANSPORT_WORK,
            "TWD", Measure.SPEND, "USD", Measure.SPEND, "EUR", Measure.SPEND, "item", Measure.COUNT, "night", Measure.COUNT);

    private ActivityUnits() {
    }

    public static boolean known(String symbol) {
        return SYMBOLS.containsKey(symbol) || COUNTED.containsKey(symbol);
    }

    /** What {@code symbol} measures; fails for an unknown unit. */
    public static Measure measure(String symbol) {
        Counted c = COUNTED.get(symbol);
        if (c != null) {
            return COUNTED_MEASURES.get(c.family());
        }
        javax.measure.Dimension d = unit(symbol).getDimension();
        if (d.equals(Units.LITRE.getDimension())) {
            return Measure.VOLUME;
        }
        if (d.equals(Units.KILOGRAM.getDimension())) {
            return Measure.MASS;
        }
        if (d.equals(Units.JOULE.getDimension())) {
            return Measure.ENERGY;
        }
        if (d.equals(Units.METRE.getDimension())) {
            return Measure.DISTANCE;
        }
        throw new IllegalStateException("no measure for " + symbol);
    }

    public static java.util.Set<String> symbols() {
        java.util.Set<String> all = new java.util.TreeSet<>(SYMBOLS.keySet());
        all.addAll(COUNTED.keySet());
        return all;
    }

    /** {@code quantity} of {@code from} expressed in {@code to}; fails for units of different dimensions. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static BigDecimal convert(BigDecimal quantity, String from, String to) {
        Counted cf = COUNTED.get(from);
        Counted ct = COUNTED.get(to);
        if (cf != null || ct != null) {
            if (cf == null || ct == null || !cf.family().equals(ct.family())) {
                if (!known(from) || !known(to)) {
                    unit(known(from) ? to : from);
                }
                throw new IllegalArgumentException("cannot convert " + from + " to " + to);
            }
            return cf.perBase().equals(ct.perBase()) ? quantity
                    : quantity.multiply(cf.perBase()).divide(ct.perBase(), java.math.MathContext.DECIMAL128);
        }
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
