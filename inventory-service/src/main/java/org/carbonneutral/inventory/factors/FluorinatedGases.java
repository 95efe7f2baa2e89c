package org.carbonneutral.inventory.factors;

import static org.carbonneutral.platform.csv.CsvReader.cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MOENV 溫室氣體排放係數管理表 6.0.4, sheet 4-4 含氟氣體之GWP值: the AR4 and AR5 100-year GWPs of every pure fluorinated
 * gas and refrigerant blend (混合冷媒) it lists, and each blend's composition (mass %, IPCC 2006 GL Vol. 3 Table 7.8).
 * The sheet has no AR6 column: under AR6 a pure gas takes the IPCC AR6 value ({@link GwpTable}) and a blend's GWP is
 * computed from its composition, Σ mass fraction × AR6 GWP of the component, exact; a blend with a component of no
 * known AR6 GWP has no AR6 value. Cells "─", "&lt;1" and "&gt;7,500" are not exact values and are not loaded.
 */
public final class FluorinatedGases {

    public static final String RESOURCE = "factor-library/moenv-6.0.4-fluorinated-gwp.csv";
    public static final String SET = "MOENV-EF-FGAS";
    public static final String VERSION = "6.0.4";
    public static final String SOURCE = "環境部 溫室氣體排放係數管理表 6.0.4版 (108年6月) 表4-4 含氟氣體之GWP值";

    private static final Pattern COMPOSITION = Pattern.compile("^(.*)\\(([\\d.]+(?:/[\\d.]+)+)\\)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+(\\.\\d+)?$");

    /** A gas or blend as the sheet names it, its GWPs per set and (for a blend) its components and mass percents. */
    public record Gas(String name, List<String> aliases, Map<GwpSet, BigDecimal> gwp, Map<String, BigDecimal> composition) {
    }

    /** The GWP used and how it was found (the sheet's value, or computed from composition under AR6). */
    public record Gwp(BigDecimal value, String basis) {
    }

    private final Map<String, Gas> byKey = new LinkedHashMap<>();
    private final List<Gas> gases = new ArrayList<>();

    public static FluorinatedGases load() {
        return parse(ReferenceTables.table(RESOURCE));
    }

    static FluorinatedGases parse(List<List<String>> rows) {
        FluorinatedGases t = new FluorinatedGases();
        for (List<String> row : rows) {
            String label = cell(row, 1);
            if (label.isEmpty() || row.size() < 6) {
                continue;
            }
            String[] parts = label.split("，", 2);
            Map<GwpSet, BigDecimal> gwp = new EnumMap<>(GwpSet.class);
            putValue(gwp, GwpSet.AR4, cell(row, 4));
            putValue(gwp, GwpSet.AR5, cell(row, 5));
            Map<String, BigDecimal> composition = new LinkedHashMap<>();
            Matcher m = parts.length > 1 ? COMPOSITION.matcher(parts[1]) : null;
            if (m != null && m.matches()) {
                String[] names = m.group(1).split("/");
                String[] percents = m.group(2).split("/");
                for (int i = 0; i < names.length && i < percents.length; i++) {
                    composition.put(names[i].trim(), new BigDecimal(percents[i]));
                }
            }
            List<String> aliases = new ArrayList<>();
            for (String a : parts[0].split("/")) {
                String alias = a.replaceAll("[\\p{IsHan}].*$", "").trim();
                if (!alias.isEmpty()) {
                    aliases.add(alias);
                }
            }
            if (aliases.isEmpty()) {
                continue;
            }
            Gas gas = new Gas(aliases.get(0), List.copyOf(aliases), gwp, composition);
            t.gases.add(gas);
            aliases.forEach(a -> t.byKey.putIfAbsent(key(a), gas));
        }
        if (!t.byKey.containsKey("R410A")) {
            throw new IllegalStateException(RESOURCE + " lacks R-410A");
        }
        return t;
    }

    private static void putValue(Map<GwpSet, BigDecimal> gwp, GwpSet set, String cell) {
        String v = cell.replace(",", "").trim();
        if (NUMBER.matcher(v).matches()) {
            gwp.put(set, new BigDecimal(v));
        }
    }

    public java.util.Optional<Gas> gas(String name) {
        return java.util.Optional.ofNullable(name == null ? null : byKey.get(key(name)));
    }

    public List<Gas> all() {
        return List.copyOf(gases);
    }

    /**
     * The GWP of {@code name} in {@code set}: the sheet's value for AR4 and AR5; under AR6 the IPCC AR6 value of a pure
     * gas, or a blend's computed from its composition.
     */
    public Gwp gwp(GwpSet set, String name, GwpTable ipcc) {
        Gas gas = gas(name).orElseThrow(() -> new IllegalArgumentException("unknown fluorinated gas " + name));
        BigDecimal v = gas.gwp().get(set);
        if (v != null) {
            return new Gwp(v, SOURCE + ": " + gas.name() + " " + set + " GWP = " + v.toPlainString());
        }
        if (set != GwpSet.AR6) {
            throw new IllegalArgumentException("no " + set + " GWP for " + name + " in " + SOURCE);
        }
        if (gas.composition().isEmpty()) {
            BigDecimal ar6 = ar6(ipcc, gas.aliases(), name);
            return new Gwp(ar6, GwpTable.SOURCE + ": " + gas.name() + " AR6 GWP = " + ar6.toPlainString());
        }
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder terms = new StringBuilder();
        for (var c : gas.composition().entrySet()) {
            BigDecimal component = ar6(ipcc, List.of(c.getKey()), name + " (component " + c.getKey() + ")");
            BigDecimal fraction = c.getValue().movePointLeft(2);
            sum = sum.add(fraction.multiply(component));
            terms.append(terms.length() == 0 ? "" : " + ").append(fraction.stripTrailingZeros().toPlainString())
                    .append(" × ").append(component.toPlainString()).append(" (").append(c.getKey()).append(')');
        }
        return new Gwp(sum, gas.name() + " AR6 GWP computed from composition (" + SOURCE + ", IPCC 2006 GL Vol. 3 "
                + "Table 7.8) and " + GwpTable.SOURCE + ": " + terms + " = " + sum.toPlainString());
    }

    private static BigDecimal ar6(GwpTable ipcc, List<String> names, String what) {
        for (String n : names) {
            if (ipcc.knows(n)) {
                return ipcc.gwp(GwpSet.AR6, n);
            }
        }
        throw new IllegalArgumentException("no AR6 GWP for " + what);
    }

    static String key(String name) {
        return name.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
