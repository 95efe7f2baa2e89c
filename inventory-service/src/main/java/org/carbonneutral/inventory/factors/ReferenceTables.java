package org.carbonneutral.inventory.factors;

import static org.carbonneutral.platform.csv.CsvReader.cell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
 * <li>the same announcement's 附表一 二 (移動燃燒排放源): CO2, CH4 and N2O per TJ of each fuel burnt in mobile sources
 * ({@link #announcementMobile});</li>
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
    public static final String ANNOUNCEMENT_MOBILE_SOURCE = "環境部 113年2月5日 環部授氣字第1139101231號公告「溫室氣體排放係數」"
            + "附表一 二、移動燃燒排放源排放係數 (IPCC 2006 Vol. 2 Ch. 3 Table 3.2.1 CO2 and Table 3.2.2 CH4, N2O, per TJ "
            + "of net calorific value; CO2 of a fuel and technology row is its fuel's: 車用汽油 for 車用汽油-*, 56,100 "
            + "kg/TJ of 壓縮天然氣 and 液化天然氣 for 天然氣)";
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
            return CsvReader.table(in);
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
        all.addAll(announcementMobile(table("factor-library/moenv-1130205-mobile.csv")));
        all.addAll(taipowerGrid(table("factor-library/taipower-grid-2017-2024.csv")));
        FluorinatedGases fgas = FluorinatedGases.load();
        all.addAll(refrigerants(fgas));
        all.addAll(releasedByMass(fgas));
        all.addAll(wastewater(table("factor-library/moenv-1130205-fugitive.csv")));
        return all;
    }

    public static final String FUGITIVE_SOURCE = "環境部 113年2月5日 環部授氣字第1139101231號公告「溫室氣體排放係數」附表三 逸散排放之係數";

    private static final Pattern BO = Pattern.compile("^([\\d.]+)\\s*（公斤甲烷/公斤(BOD|COD)）.*");
    private static final Pattern INDUSTRIAL_BO = Pattern.compile(".*預設值為([\\d.]+)（公斤甲烷/公斤COD）.*");

    /** The English names of 附表三's treatment systems (IPCC 2006 GL Vol. 5 Tables 6.3 and 6.8). */
    private static final java.util.Map<String, String> SYSTEMS_EN = java.util.Map.ofEntries(
            java.util.Map.entry("海洋、河、湖排放", "Sea, river and lake discharge"),
            java.util.Map.entry("排放至海、河與湖", "Sea, river and lake discharge"),
            java.util.Map.entry("不流動的下水道", "Stagnant sewer"),
            java.util.Map.entry("流動順暢的下水道", "Flowing sewer"),
            java.util.Map.entry("好氧處理（妥善管理）", "Centralized aerobic treatment plant, well managed"),
            java.util.Map.entry("好氧處理（未妥善管理，過載）", "Centralized aerobic treatment plant, not well managed (overloaded)"),
            java.util.Map.entry("污泥厭氧消化處理", "Anaerobic digester for sludge"),
            java.util.Map.entry("厭氧污泥消化處理", "Anaerobic digester for sludge"),
            java.util.Map.entry("厭氧反應", "Anaerobic reactor"),
            java.util.Map.entry("淺厭氧塘", "Anaerobic shallow lagoon"),
            java.util.Map.entry("深厭氧塘", "Anaerobic deep lagoon"),
            java.util.Map.entry("淺水之厭氧反應（深度不足2米)", "Anaerobic shallow lagoon (less than 2 m deep)"),
            java.util.Map.entry("深水之厭氧反應（深度超過2米)", "Anaerobic deep lagoon (more than 2 m deep)"),
            java.util.Map.entry("化糞池系統", "Septic system"),
            java.util.Map.entry("公共廁所(3~5人)", "Latrine, household (3-5 persons)"),
            java.util.Map.entry("公共廁所(多人)", "Latrine, communal (many users)"),
            java.util.Map.entry("公共廁所(地表水面高於公廁)", "Latrine, ground water higher than the latrine"),
            java.util.Map.entry("公共廁所(堆肥定期移除)", "Latrine, regular sediment removal for fertiliser"));

    /**
     * 附表三 一 (domestic wastewater and sludge, septic tanks) and 二 (industrial wastewater): a CH4 factor Bo × MCFj per
     * treatment system, per kg BOD and per kg COD (一: Bo 0.6 kg CH4/kg BOD, 0.25 kg CH4/kg COD; 二: 0.25 per kg COD),
     * exact, with the Bo and MCF used in its source.
     */
    static List<EmissionFactor> wastewater(List<List<String>> rows) {
        List<EmissionFactor> factors = new ArrayList<>();
        java.util.Map<String, BigDecimal> bo = new java.util.LinkedHashMap<>();
        int section = 0;
        for (List<String> row : rows) {
            String head = cell(row, 0);
            if (head.startsWith("一、")) {
                section = 1;
            } else if (head.startsWith("二、")) {
                section = 2;
                bo.clear();
            } else if (!head.isEmpty()) {
                section = 0;
            }
            if (section == 0) {
                continue;
            }
            Matcher b = BO.matcher(cell(row, 1));
            if (section == 1 && b.matches()) {
                bo.put(b.group(2), new BigDecimal(b.group(1)));
            }
            Matcher ib = INDUSTRIAL_BO.matcher(cell(row, 1));
            if (section == 2 && ib.matches()) {
                bo.put("COD", new BigDecimal(ib.group(1)));
            }
            String system = cell(row, 1);
            String mcf = cell(row, 2);
            if (system.isEmpty() || !mcf.matches("\\d+(\\.\\d+)?")) {
                continue;
            }
            FactorKind kind = section == 1 ? FactorKind.WASTEWATER : FactorKind.INDUSTRIAL_WASTEWATER;
            String part = section == 1 ? "一、生活廢水及廢棄污泥" : "二、工業廢水";
            for (var e : bo.entrySet()) {
                BigDecimal value = e.getValue().multiply(new BigDecimal(mcf));
                String en = SYSTEMS_EN.getOrDefault(system, system);
                factors.add(new EmissionFactor(id(ANNOUNCEMENT_SET, ANNOUNCEMENT_VERSION, kind, system + "/" + e.getKey(), "CH4",
                        null), ANNOUNCEMENT_SET, ANNOUNCEMENT_VERSION, FUGITIVE_SOURCE + " " + part + ": CH4 = Bo × MCFj = "
                        + e.getValue().toPlainString() + " kg CH4/kg " + e.getKey() + " (Bo, IPCC 2006 GL Vol. 5 Table 6.2) × "
                        + mcf + " (MCFj " + system + ", range " + cell(row, 3) + ", IPCC 2006 GL Vol. 5 Table "
                        + (section == 1 ? "6.3" : "6.8") + ")", kind, system, en, "CH4", value, "kg " + e.getKey(), null,
                        null, false));
            }
        }
        if (factors.stream().noneMatch(f -> f.activity().equals("化糞池系統"))) {
            throw new IllegalStateException("附表三 lacks the septic system row");
        }
        return factors;
    }

    /**
     * Gases released by mass (1 kg per kg, weighed by the gas's GWP): fire-suppression agents (every gas of 表4-4 and
     * CO2, e.g. CO2 extinguishers) and insulating gases of electrical equipment (the pure gases of 表4-4: SF6, NF3, …).
     */
    static List<EmissionFactor> releasedByMass(FluorinatedGases table) {
        List<EmissionFactor> factors = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (FactorKind kind : List.of(FactorKind.FUGITIVE_FIRE_SUPPRESSANT, FactorKind.FUGITIVE_INSULATING_GAS)) {
            if (kind == FactorKind.FUGITIVE_FIRE_SUPPRESSANT) {
                String id = id("CO2-MASS", "1", kind, "CO2", "CO2", null);
                factors.add(new EmissionFactor(id, "CO2-MASS", "1", "CO2 released (e.g. CO2 "
                        + "fire extinguishers discharged or refilled), kg; GWP 1 by definition", kind, "CO2",
                        "Carbon dioxide (CO2 extinguishers)", "CO2", BigDecimal.ONE, "kg", null, null, false));
            }
            for (FluorinatedGases.Gas g : table.all()) {
                boolean pure = g.composition().isEmpty();
                if (java.util.Set.of("CO2", "CH4", "N2O").contains(g.name())
                        || (kind == FactorKind.FUGITIVE_INSULATING_GAS && !pure)) {
                    continue;
                }
                String id = id(FluorinatedGases.SET, FluorinatedGases.VERSION, kind, g.name(), g.name(), null);
                if (seen.add(id)) {
                    factors.add(new EmissionFactor(id, FluorinatedGases.SET, FluorinatedGases.VERSION, FluorinatedGases.SOURCE
                            + "; activity: kg of the gas released (measured mass), 1 kg per kg", kind, g.name(),
                            String.join("/", g.aliases()), g.name(), BigDecimal.ONE, "kg", null, null, false));
                }
            }
        }
        return factors;
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

    /** A row of 附表一 二: fuel, English name, and its CO2 (first table) or CH4 and N2O (second table), kg/TJ. */
    private record Row(String fuel, String en, String first, String second) {
    }

    private static final String NUMBER = "\\d+(\\.\\d+)?";

    /**
     * 附表一 二 (mobile combustion), kg per TJ, as MOBILE_COMBUSTION factors of which one lookup returns every gas the
     * sheet gives. The sheet has two tables: CO2 per fuel (Table 3.2.1: 車用汽油, 柴油, 液化石油氣, 煤油, 潤滑油,
     * 壓縮天然氣, 液化天然氣) and CH4 and N2O per fuel and technology (Table 3.2.2). Each row of the second table is an
     * activity with its CH4 and N2O and the CO2 of its fuel:
     * <ul>
     * <li>車用汽油-未控制, 車用汽油-氧化觸媒, 車用汽油-1995年後之低里程輕型車輛 take 車用汽油's CO2 (69,300). 車用汽油 alone
     * is no activity: its CH4 and N2O depend on the emission control, so a lookup names one of the three;</li>
     * <li>柴油 and 液化石油氣 take the CO2 row of the same name;</li>
     * <li>天然氣 (natural gas vehicles) takes the CO2 of 壓縮天然氣 and 液化天然氣, which the sheet gives alike (56,100;
     * the loader refuses a sheet where they differ), so 天然氣 is the activity that gives all three gases for a CNG or
     * LNG vehicle;</li>
     * <li>乙醇, 卡車 and 乙醇, 汽車 are biomass: their CO2 is biogenic and the sheet gives no CO2 value, so only CH4 and
     * N2O are loaded, marked biogenic (their CH4 is not fossil methane); 乙醇, 汽車 has N2O "NA", not loaded.</li>
     * </ul>
     * 壓縮天然氣 and 液化天然氣 by name give their CO2 and the CH4 and N2O of 天然氣 (the vehicles burn natural gas), so
     * no name of a natural-gas vehicle's fuel leaves a gas out. 煤油 and 潤滑油 are in the CO2 table only and are loaded
     * with their CO2 alone: the sheet gives no CH4 or N2O for them. "NA" cells are not loaded.
     */
    static List<EmissionFactor> announcementMobile(List<List<String>> rows) {
        List<Row> co2Rows = new ArrayList<>();
        List<Row> otherRows = new ArrayList<>();
        List<Row> into = null;
        for (List<String> row : rows) {
            if (cell(row, 0).isEmpty() && cell(row, 2).equals("CO2") && cell(row, 3).equals("CO2")) {
                into = co2Rows;
            } else if (cell(row, 0).isEmpty() && cell(row, 2).equals("CH4") && cell(row, 3).equals("N2O")) {
                into = otherRows;
            } else if (into != null && !cell(row, 0).isEmpty() && !cell(row, 0).startsWith("註")
                    && cell(row, 2).matches(NUMBER)) {
                into.add(new Row(cell(row, 0), cell(row, 1).replaceAll("\\s+", " "), cell(row, 2), cell(row, 3)));
            }
        }
        java.util.Map<String, Row> co2 = new java.util.LinkedHashMap<>();
        co2Rows.forEach(r -> co2.put(r.fuel(), r));
        if (co2.size() != 7 || otherRows.size() != 8) {
            throw new IllegalStateException("附表一 二 has " + co2.size() + " CO2 rows and " + otherRows.size()
                    + " CH4/N2O rows, not 7 and 8");
        }
        List<EmissionFactor> factors = new ArrayList<>();
        java.util.Set<String> baseFuels = new java.util.HashSet<>();
        for (Row r : otherRows) {
            boolean biomass = r.fuel().startsWith("乙醇");
            if (!biomass) {
                String base;
                String value;
                if (r.fuel().equals("天然氣")) {
                    base = "壓縮天然氣";
                    value = co2Value(co2, "壓縮天然氣");
                    if (new BigDecimal(value).compareTo(new BigDecimal(co2Value(co2, "液化天然氣"))) != 0) {
                        throw new IllegalStateException("附表一 二 gives 壓縮天然氣 and 液化天然氣 different CO2 factors");
                    }
                    baseFuels.add("液化天然氣");
                } else {
                    base = r.fuel().contains("-") ? r.fuel().substring(0, r.fuel().indexOf('-')) : r.fuel();
                    value = co2Value(co2, base);
                }
                baseFuels.add(base);
                factors.add(mobile(r.fuel(), r.en(), "CO2", value, false));
            }
            factors.add(mobile(r.fuel(), r.en(), "CH4", r.first(), biomass));
            if (r.second().matches(NUMBER)) {
                factors.add(mobile(r.fuel(), r.en(), "N2O", r.second(), biomass));
            }
        }
        baseFuels.remove("壓縮天然氣");
        baseFuels.remove("液化天然氣");
        Row naturalGas = otherRows.stream().filter(r -> r.fuel().equals("天然氣")).findFirst()
                .orElseThrow(() -> new IllegalStateException("附表一 二 has no CH4/N2O row for 天然氣"));
        for (Row r : co2.values()) {
            if (!baseFuels.contains(r.fuel())) {
                factors.add(mobile(r.fuel(), r.en(), "CO2", r.first(), false));
                if (r.fuel().equals("壓縮天然氣") || r.fuel().equals("液化天然氣")) {
                    // a CNG or LNG vehicle burns natural gas: Table 3.2.2's natural-gas CH4 and N2O apply to it
                    factors.add(mobile(r.fuel(), r.en(), "CH4", naturalGas.first(), false));
                    factors.add(mobile(r.fuel(), r.en(), "N2O", naturalGas.second(), false));
                }
            }
        }
        return factors;
    }

    private static String co2Value(java.util.Map<String, Row> co2, String fuel) {
        Row row = co2.get(fuel);
        if (row == null) {
            throw new IllegalStateException("附表一 二 has no CO2 row for " + fuel);
        }
        return row.first();
    }

    private static EmissionFactor mobile(String fuel, String en, String gas, String value, boolean biogenic) {
        return new EmissionFactor(id(ANNOUNCEMENT_SET, ANNOUNCEMENT_VERSION, FactorKind.MOBILE_COMBUSTION, fuel, gas, null),
                ANNOUNCEMENT_SET, ANNOUNCEMENT_VERSION, ANNOUNCEMENT_MOBILE_SOURCE, FactorKind.MOBILE_COMBUSTION, fuel, en,
                gas, new BigDecimal(value), "TJ", null, null, biogenic);
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
