package org.carbonneutral.inventory.factors;

import static org.carbonneutral.platform.csv.CsvReader.cell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carbonneutral.platform.csv.CsvReader;

/**
 * Reads the public factor tables shipped in {@code factor-library/} (copies of the files in the project's reference
 * data, values unchanged) into {@link EmissionFactor}s:
 * <ul>
 * <li>MOENV 溫室氣體排放係數管理表 6.0.4: CO2, CH4 and N2O per litre, kilogram or cubic metre of each fuel, for
 * stationary (固定源) and mobile (移動源) combustion — the 建議排放係數 column;</li>
 * <li>MOENV 6.0.4 purchased electricity (外購電力): the Energy Administration's announced grid factor per ROC year;</li>
 * <li>MOENV's 113.2.5 announcement (公告「溫室氣體排放係數」附表一): CO2, CH4 and N2O per TJ of each fuel burnt in
 * stationary sources, for activity data given as energy (TJ, GJ, MJ, kcal);</li>
 * <li>Taipower's system grid factor (電力排碳係數) per year, 2017–2024.</li>
 * </ul>
 */
public final class ReferenceTables {

    public static final String MOENV_SET = "MOENV-EF";
    public static final String MOENV_VERSION = "6.0.4";
    public static final String MOENV_SOURCE = "環境部 溫室氣體排放係數管理表 6.0.4版 (108年6月)";
    public static final String MOENV_GRID_SET = "MOENV-EF-ELECTRICITY";
    public static final String ANNOUNCEMENT_SET = "MOENV-EF-1130205";
    public static final String ANNOUNCEMENT_VERSION = "113.2.5";
    public static final String ANNOUNCEMENT_SOURCE = "環境部 113年2月5日 環部授氣字第1139101231號公告「溫室氣體排放係數」"
            + "附表一 固定燃燒排放源排放係數 (IPCC 2006 Vol. 2 Table 2.2, per TJ of net calorific value)";
    public static final String TAIPOWER_SET = "TAIPOWER-GRID";
    public static final String TAIPOWER_VERSION = "2017-2024";
    public static final String TAIPOWER_SOURCE = "台灣電力公司 台電系統發購電量及電力排碳係數(105-113) (政府資料開放平臺)";

    private static final Pattern PER_UNIT = Pattern.compile("^Kg(CO2|CH4|N2O)/(L|Kg|M3)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROC_YEAR = Pattern.compile("^(\\d{2,3})年預設係數$");

    private ReferenceTables() {
    }

    /** A reference table shipped in the service's resources, each cell trimmed. */
    static List<List<String>> table(String resource) {
        try (InputStream in = ReferenceTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference table " + resource + " is missing");
            }
            return CsvReader.table(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<EmissionFactor> all() {
        List<EmissionFactor> all = new ArrayList<>();
        for (String gas : List.of("co2", "ch4", "n2o")) {
            all.addAll(moenvFuel(table("factor-library/moenv-6.0.4-fuel-" + gas + ".csv")));
        }
        all.addAll(moenvElectricity(table("factor-library/moenv-6.0.4-purchased-energy.csv")));
        all.addAll(announcementStationary(table("factor-library/moenv-1130205-stationary.csv")));
        all.addAll(taipowerGrid(table("factor-library/taipower-grid-2017-2024.csv")));
        all.addAll(refrigerants(FluorinatedGases.load()));
        return all;
    }

    /**
     * One FUGITIVE_REFRIGERANT factor per fluorinated gas or blend of MOENV 6.0.4 表4-4: 1 kg of the gas per kg leaked
     * (method (a), measured mass), weighed by the gas's GWP in the inventory's set ({@link FluorinatedGases}).
     */
    static List<EmissionFactor> refrigerants(FluorinatedGases table) {
        java.util.Map<String, EmissionFactor> factors = new java.util.LinkedHashMap<>();
        for (FluorinatedGases.Gas g : table.all()) {
            if (java.util.Set.of("CO2", "CH4", "N2O").contains(g.name())) {
                continue;
            }
            String id = id(FluorinatedGases.SET, FluorinatedGases.VERSION, FactorKind.FUGITIVE_REFRIGERANT, g.name(),
                    g.name(), null);
            factors.putIfAbsent(id, new EmissionFactor(id, FluorinatedGases.SET, FluorinatedGases.VERSION,
                    FluorinatedGases.SOURCE + "; activity: kg of the gas leaked (measured mass), 1 kg per kg",
                    FactorKind.FUGITIVE_REFRIGERANT, g.name(), String.join("/", g.aliases()), g.name(), BigDecimal.ONE,
                    "kg", null, null, false));
        }
        return new ArrayList<>(factors.values());
    }

    /** Fuel rows: gas, form and category carry down from the row above; the value precedes its "KgXX/unit" cell. */
    static List<EmissionFactor> moenvFuel(List<List<String>> rows) {
        List<EmissionFactor> factors = new ArrayList<>();
        String form = null;
        String category = null;
        for (List<String> row : rows) {
            if (!cell(row, 1).isEmpty()) {
                form = cell(row, 1);
            }
            if (!cell(row, 2).isEmpty()) {
                category = cell(row, 2);
            }
            String fuel = cell(row, 3);
            if (fuel.isEmpty() || form == null || !(form.equals("固定源") || form.equals("移動源"))) {
                continue;
            }
            for (int i = row.size() - 1; i > 0; i--) {
                Matcher m = PER_UNIT.matcher(row.get(i).replace(" ", ""));
                if (m.matches()) {
                    String value = row.get(i - 1).replace(",", "");
                    if (!value.isEmpty() && !value.equals("-")) {
                        FactorKind kind = form.equals("固定源") ? FactorKind.STATIONARY_COMBUSTION : FactorKind.MOBILE_COMBUSTION;
                        String gas = m.group(1).toUpperCase(Locale.ROOT);
                        String en = cell(row, 4).replaceAll("\\s+", " ");
                        factors.add(new EmissionFactor(id(MOENV_SET, MOENV_VERSION, kind, fuel, gas, null), MOENV_SET,
                                MOENV_VERSION, MOENV_SOURCE, kind, fuel, en, gas, new BigDecimal(value), unit(m.group(2)),
                                null, null, "生質燃料".equals(category)));
                    }
                    break;
                }
            }
        }
        return factors;
    }

    private static final java.util.Set<String> BIOMASS_GROUPS = java.util.Set.of("固體生質燃料", "液體生質燃料", "氣體生質燃料",
            "其他非石化燃料");

    /**
     * 附表一 rows "fuel, sub-fuel, English, English sub-fuel, CO2, CH4, N2O" in kg per TJ; the fuel group carries down to
     * its sub-fuels. Biomass groups give biogenic CO2.
     */
    static List<EmissionFactor> announcementStationary(List<List<String>> rows) {
        List<EmissionFactor> factors = new ArrayList<>();
        String group = null;
        String groupEn = null;
        for (List<String> row : rows) {
            String co2 = cell(row, 4).replace(",", "");
            if (!co2.matches("\\d+(\\.\\d+)?") || (cell(row, 0).isEmpty() && cell(row, 1).isEmpty())) {
                continue;
            }
            if (!cell(row, 0).isEmpty()) {
                group = cell(row, 0);
                groupEn = cell(row, 2);
            }
            String activity = cell(row, 1).isEmpty() ? group : cell(row, 1);
            String en = cell(row, 3).isEmpty() ? groupEn : cell(row, 3);
            boolean biogenic = BIOMASS_GROUPS.contains(group);
            String[] gases = {"CO2", "CH4", "N2O"};
            for (int g = 0; g < 3; g++) {
                String value = cell(row, 4 + g).replace(",", "");
                factors.add(new EmissionFactor(id(ANNOUNCEMENT_SET, ANNOUNCEMENT_VERSION, FactorKind.STATIONARY_COMBUSTION,
                        activity, gases[g], null), ANNOUNCEMENT_SET, ANNOUNCEMENT_VERSION, ANNOUNCEMENT_SOURCE,
                        FactorKind.STATIONARY_COMBUSTION, activity, en.replaceAll("\\s+", " "), gases[g],
                        new BigDecimal(value), "TJ", null, null, biogenic));
            }
        }
        return factors;
    }

    /** "NNN年預設係數,電力,,,,0.555,公斤/度,source": ROC year NNN (+1911), kg CO2e per kWh (度). */
    static List<EmissionFactor> moenvElectricity(List<List<String>> rows) {
        List<EmissionFactor> factors = new ArrayList<>();
        for (List<String> row : rows) {
            Matcher m = ROC_YEAR.matcher(cell(row, 0));
            if (m.matches() && "電力".equals(cell(row, 1)) && "公斤/度".equals(cell(row, 6))
                    && !cell(row, 5).isEmpty()) {
                int year = Integer.parseInt(m.group(1)) + 1911;
                factors.add(new EmissionFactor(id(MOENV_GRID_SET, MOENV_VERSION, FactorKind.PURCHASED_ELECTRICITY, "電力",
                        "CO2E", year), MOENV_GRID_SET, MOENV_VERSION, MOENV_SOURCE + " 外購電力, " + cell(row, 7),
                        FactorKind.PURCHASED_ELECTRICITY, "電力", "Electricity (grid average, Energy Administration)",
                        "CO2E", new BigDecimal(cell(row, 5)), "kWh", year, year, false));
            }
        }
        return factors;
    }

    /** "年度,電力排碳係數,…": kg CO2e per kWh for each year. */
    static List<EmissionFactor> taipowerGrid(List<List<String>> rows) {
        List<EmissionFactor> factors = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (cell(row, 0).matches("\\d{4}") && !cell(row, 1).isEmpty()) {
                int year = Integer.parseInt(row.get(0));
                factors.add(new EmissionFactor(id(TAIPOWER_SET, TAIPOWER_VERSION, FactorKind.PURCHASED_ELECTRICITY, "電力",
                        "CO2E", year), TAIPOWER_SET, TAIPOWER_VERSION, TAIPOWER_SOURCE, FactorKind.PURCHASED_ELECTRICITY,
                        "電力", "Electricity (Taipower system)", "CO2E", new BigDecimal(row.get(1)), "kWh", year, year,
                        false));
            }
        }
        return factors;
    }

    private static String unit(String sheetUnit) {
        return switch (sheetUnit.toUpperCase(Locale.ROOT)) {
            case "L" -> "L";
            case "KG" -> "kg";
            case "M3" -> "m3";
            default -> throw new IllegalArgumentException(sheetUnit);
        };
    }

    static String id(String set, String version, FactorKind kind, String activity, String gas, Integer year) {
        return set + ":" + version + ":" + kind.name().toLowerCase(Locale.ROOT) + ":" + activity + ":" + gas
                + (year == null ? "" : ":" + year);
    }
}
