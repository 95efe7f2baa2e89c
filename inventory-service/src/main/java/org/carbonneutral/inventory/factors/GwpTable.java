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
 * the openclimatedata table. CO2 is 1 by definition; a factor already in CO2e is weighted 1. Fossil methane takes its
 * own value where a table the suite holds gives one (INV-10): MOENV's 113.2.5 附表四 (AR5, the set it adopts) gives
 * 石化甲烷 30 beside 甲烷 28; AR4 and AR6 have no fossil value here, so their methane is weighted by the general value.
 */
public final class GwpTable {

    public static final String RESOURCE = "factor-library/ipcc-gwp.csv";
    public static final String SOURCE = "openclimatedata/globalwarmingpotentials (IPCC SAR-AR6 GWP100), CC0 1.0";
    public static final String FOSSIL_METHANE_RESOURCE = "factor-library/moenv-1130205-gwp.csv";
    public static final String FOSSIL_METHANE_SET = "MOENV-GWP-1130205";
    public static final String FOSSIL_METHANE_VERSION = "113.2.5";
    public static final String FOSSIL_METHANE_SOURCE = "環境部 113年2月5日 環部授氣字第1139101231號公告「溫室氣體排放係數」"
            + "附表四 溫暖化潛勢: 石化甲烷 (fossil methane, 註1: methane emitted by fossil fuels), IPCC AR5";

    private final Map<GwpSet, Map<String, BigDecimal>> values = new EnumMap<>(GwpSet.class);
    private final Map<GwpSet, BigDecimal> fossilMethane = new EnumMap<>(GwpSet.class);
    private FluorinatedGases fluorinated;

    private GwpTable() {
    }

    public static GwpTable load() {
        GwpTable table = parse(ReferenceTables.table(RESOURCE));
        table.fossilMethane.put(GwpSet.AR5, moenvFossilMethane(ReferenceTables.table(FOSSIL_METHANE_RESOURCE)));
        table.fluorinated = FluorinatedGases.load();
        return table;
    }

    /** MOENV 6.0.4's fluorinated-gas GWP table (refrigerants), which the fugitive refrigerant factors are weighed by. */
    public FluorinatedGases fluorinated() {
        if (fluorinated == null) {
            throw new IllegalStateException("no fluorinated-gas GWP table loaded");
        }
        return fluorinated;
    }

    /** 附表四's row "石化甲烷（Fossil methane）註1, CH4, 30": the AR5 GWP of fossil methane as MOENV adopts it. */
    static BigDecimal moenvFossilMethane(List<List<String>> rows) {
        for (List<String> row : rows) {
            if (CsvReader.cell(row, 0).contains("Fossil methane") && CsvReader.cell(row, 1).equals("CH4")) {
                return new BigDecimal(CsvReader.cell(row, 2).replace(",", ""));
            }
        }
        throw new IllegalStateException(FOSSIL_METHANE_RESOURCE + " lacks the fossil methane row");
    }

    /**
     * The GWP of {@code species} in {@code set}; for CH4 from a fossil source ({@code fossil}), the fossil methane value
     * where the set has one (AR5: 30), else the general value.
     */
    public BigDecimal gwp(GwpSet set, String species, boolean fossil) {
        if (fossil && key(species).equals("CH4")) {
            return fossilMethane(set).orElseGet(() -> gwp(set, species));
        }
        return gwp(set, species);
    }

    /** Fossil methane's own GWP in {@code set}, where a table the suite holds gives one. */
    public java.util.Optional<BigDecimal> fossilMethane(GwpSet set) {
        return java.util.Optional.ofNullable(fossilMethane.get(set));
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
