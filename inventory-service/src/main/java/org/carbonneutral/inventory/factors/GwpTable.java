package org.carbonneutral.inventory.factors;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carbonneutral.platform.csv.CsvReader;

/**
 * 100-year GWPs of AR4, AR5 and AR6 (IPCC AR6 WGI Table 7.SM.7 for AR6; no fossil/non-fossil CH4 split), read from
 * the openclimatedata table. CO2 is 1 by definition; a factor already in CO2e is weighted 1.
 */
public final class GwpTable {

    public static final String RESOURCE = "factor-library/ipcc-gwp.csv";
    public static final String SOURCE = "openclimatedata/globalwarmingpotentials (IPCC SAR-AR6 GWP100), CC0 1.0";

    private final Map<GwpSet, Map<String, BigDecimal>> values = new EnumMap<>(GwpSet.class);

    private GwpTable() {
    }

    public static GwpTable load() {
        return parse(ReferenceTables.table(RESOURCE));
    }

    static GwpTable parse(List<List<String>> rows) {
        GwpTable table = new GwpTable();
        List<String> header = null;
        for (List<String> row : rows) {
            if (row.isEmpty() || row.get(0).startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = row;
                continue;
            }
            for (GwpSet set : GwpSet.values()) {
                String v = CsvReader.cell(row, header.indexOf(set.column()));
                if (!v.isEmpty()) {
                    table.values.computeIfAbsent(set, s -> new HashMap<>()).put(key(row.get(0)), new BigDecimal(v));
                }
            }
        }
        if (table.values.size() != GwpSet.values().length) {
            throw new IllegalStateException("GWP table lacks a set: " + table.values.keySet());
        }
        return table;
    }

    /** The GWP of {@code species} (e.g. CH4, N2O, SF6, HFC134a) in {@code set}. */
    public BigDecimal gwp(GwpSet set, String species) {
        String k = key(species);
        if (k.equals("CO2") || k.equals("CO2E")) {
            return BigDecimal.ONE;
        }
        BigDecimal v = values.get(set).get(k);
        if (v == null) {
            throw new IllegalArgumentException("no " + set + " GWP for " + species);
        }
        return v;
    }

    public boolean knows(String species) {
        String k = key(species);
        return k.equals("CO2") || k.equals("CO2E") || values.get(GwpSet.AR5).containsKey(k);
    }

    private static String key(String species) {
        return species.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
