package org.carbonneutral.inventory.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The factor library against the real MOENV, Taipower and IPCC tables of the project's reference data. */
class FactorLibraryTest {

    /** The repository's reference data (tests run in the module's folder). */
    static final Path REFERENCE_DATA = Path.of("../reference-data");
    static final FactorLibrary LIBRARY = FactorLibrary.reference();
    static final GwpTable GWP = GwpTable.load();

    static Map<String, EmissionFactor> diesel(FactorKind kind) {
        return LIBRARY.lookup(ReferenceTables.MOENV_SET, kind, "柴油", 2025).stream()
                .collect(Collectors.toMap(EmissionFactor::gas, f -> f));
    }

    @Test
    void shippedTablesAreTheReferenceDataUnchanged() throws Exception {
        Map<String, String> manifest = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(REFERENCE_DATA.resolve("SHA256SUMS"))) {
            String[] parts = line.split("\\s+", 2);
            if (parts[1].startsWith("factor-library/")) {
                manifest.put(parts[1], parts[0]);
            }
        }
        assertEquals(12, manifest.size(), "the twelve reference tables of the factor library");
        for (var e : manifest.entrySet()) {
            try (var in = getClass().getClassLoader().getResourceAsStream(e.getKey())) {
                assertNotNull(in, "not shipped: " + e.getKey());
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
                assertEquals(e.getValue(), java.util.HexFormat.of().formatHex(digest), e.getKey());
            }
        }
    }

    @Test
    void moenvDieselFactorsPerLitre() {
        Map<String, EmissionFactor> stationary = diesel(FactorKind.STATIONARY_COMBUSTION);
        assertEquals(new BigDecimal("2.6060"), stationary.get("CO2").value());
        assertEquals("L", stationary.get("CO2").unit());
        assertEquals(new BigDecimal("0.000106"), stationary.get("CH4").value());
        assertEquals(new BigDecimal("0.000021"), stationary.get("N2O").value());
        assertEquals("MOENV-EF:6.0.4:stationary_combustion:柴油:CO2", stationary.get("CO2").id());
        Map<String, EmissionFactor> mobile = diesel(FactorKind.MOBILE_COMBUSTION);
        assertEquals(new BigDecimal("2.6060"), mobile.get("CO2").value());
        assertEquals(new BigDecimal("0.000137"), mobile.get("CH4").value());
        assertEquals(new BigDecimal("0.000137"), mobile.get("N2O").value());
        // by English name too
        assertEquals(3, LIBRARY.lookup(null, FactorKind.STATIONARY_COMBUSTION, "Natural Gas", 2025).size());
        assertEquals(new BigDecimal("1.8790"), LIBRARY.lookup(null, FactorKind.STATIONARY_COMBUSTION, "天然氣", 2025)
                .stream().filter(f -> f.gas().equals("CO2")).findFirst().orElseThrow().value());
        assertEquals("m3", LIBRARY.lookup(null, FactorKind.STATIONARY_COMBUSTION, "天然氣", 2025).get(0).unit());
    }

    @Test
    void biofuelsHaveNoFossilCo2FactorAndAreFlaggedBiogenic() {
        List<EmissionFactor> biodiesel = LIBRARY.lookup(ReferenceTables.MOENV_SET, FactorKind.STATIONARY_COMBUSTION, "生質柴油", 2025);
        assertTrue(biodiesel.stream().noneMatch(f -> f.gas().equals("CO2")));
        assertTrue(LIBRARY.all().stream().filter(f -> f.activity().equals("掩埋場沼氣")).allMatch(EmissionFactor::biogenic));
    }

    @Test
    void announcement1130205FactorsPerTerajoule() {
        Map<String, EmissionFactor> diesel = LIBRARY.lookup(ReferenceTables.ANNOUNCEMENT_SET,
                FactorKind.STATIONARY_COMBUSTION, "柴油", 2025).stream().collect(Collectors.toMap(EmissionFactor::gas, f -> f));
        assertEquals(new BigDecimal("74100"), diesel.get("CO2").value());
        assertEquals(new BigDecimal("3"), diesel.get("CH4").value());
        assertEquals(new BigDecimal("0.6"), diesel.get("N2O").value());
        assertEquals("TJ", diesel.get("CO2").unit());
        // sub-fuels take their group's English name when they have none; biomass groups are biogenic
        assertEquals(new BigDecimal("70000"), LIBRARY.lookup(ReferenceTables.ANNOUNCEMENT_SET,
                FactorKind.STATIONARY_COMBUSTION, "航空汽油", 2025).get(0).value());
        assertTrue(LIBRARY.lookup(ReferenceTables.ANNOUNCEMENT_SET, FactorKind.STATIONARY_COMBUSTION, "生質柴油", 2025)
                .stream().allMatch(EmissionFactor::biogenic));
        assertEquals(new BigDecimal("56100"), LIBRARY.lookup(ReferenceTables.ANNOUNCEMENT_SET,
                FactorKind.STATIONARY_COMBUSTION, "Natural Gas", 2025).get(0).value());
        // 1 TJ of diesel, AR5: 74,100 kg CO2 + 3 kg fossil CH4 × 30 + 0.6 kg N2O × 265 = 74,349 kg (INV-10)
        var r = new EmissionCalculator(GWP).calculate(new BigDecimal("1000"), "GJ", List.copyOf(diesel.values()), GwpSet.AR5);
        assertEquals(new BigDecimal("74.349000"), r.tco2e());
        // biodiesel's CO2 is biogenic: reported apart, not in the total (CH4 3 × 28 + N2O 0.6 × 265 = 243 kg)
        var bio = new EmissionCalculator(GWP).calculate(BigDecimal.ONE, "TJ", LIBRARY.lookup(ReferenceTables.ANNOUNCEMENT_SET,
                FactorKind.STATIONARY_COMBUSTION, "生質柴油", 2025), GwpSet.AR5);
        assertEquals(new BigDecimal("0.243000"), bio.tco2e());
        assertEquals(new BigDecimal("70.800000"), bio.biogenicCo2Tonnes());
        // energy in kcal (note 2: 1 kcal = 4.1868e-9 TJ), exactly
        assertEquals(0, new BigDecimal("0.0041868").compareTo(ActivityUnits.convert(new BigDecimal("1000000"), "kcal", "TJ")));
    }

    static Map<String, EmissionFactor> mobile(String activity) {
        return LIBRARY.lookup(ReferenceTables.ANNOUNCEMENT_SET, FactorKind.MOBILE_COMBUSTION, activity, 2025).stream()
                .collect(Collectors.toMap(EmissionFactor::gas, f -> f));
    }

    @Test
    void announcement1130205MobileFactorsPerTerajoule() {
        // 附表一 二: CO2 (Table 3.2.1) and CH4, N2O (Table 3.2.2) of diesel in one lookup, per TJ
        Map<String, EmissionFactor> diesel = mobile("柴油");
        assertEquals(new BigDecimal("74100"), diesel.get("CO2").value());
        assertEquals(new BigDecimal("3.9"), diesel.get("CH4").value());
        assertEquals(new BigDecimal("3.9"), diesel.get("N2O").value());
        assertEquals("TJ", diesel.get("N2O").unit());
        assertEquals("MOENV-EF-1130205:113.2.5:mobile_combustion:柴油:CO2", diesel.get("CO2").id());
        assertTrue(diesel.get("CO2").source().contains("附表一 二") && diesel.get("CO2").source().contains("3.2.2"));
        assertEquals(3, mobile("Gas / Diesel Oil").size());
        // gasoline by emission control, each with 車用汽油's CO2; 車用汽油 alone is no activity (close names list them)
        Map<String, EmissionFactor> catalyst = mobile("Motor Gasoline - Oxidation Catalyst");
        assertEquals(new BigDecimal("69300"), catalyst.get("CO2").value());
        assertEquals(new BigDecimal("25"), catalyst.get("CH4").value());
        assertEquals(new BigDecimal("8"), catalyst.get("N2O").value());
        assertEquals(new BigDecimal("5.7"), mobile("車用汽油-1995年後之低里程輕型車輛").get("N2O").value());
        assertEquals(new BigDecimal("3.2"), mobile("車用汽油-未控制").get("N2O").value());
        assertEquals(Map.of(), mobile("車用汽油"));
        assertTrue(LIBRARY.closeNames(FactorKind.MOBILE_COMBUSTION, "車用汽油").contains("車用汽油-未控制"));
        // natural gas vehicles: CO2 of 壓縮天然氣 and 液化天然氣 (both 56,100), CH4 92, N2O 3
        Map<String, EmissionFactor> gas = mobile("天然氣");
        assertEquals(new BigDecimal("56100"), gas.get("CO2").value());
        assertEquals(new BigDecimal("92"), gas.get("CH4").value());
        assertEquals(new BigDecimal("3"), gas.get("N2O").value());
        assertEquals(new BigDecimal("63100"), mobile("液化石油氣").get("CO2").value());
        assertEquals(new BigDecimal("0.2"), mobile("液化石油氣").get("N2O").value());
        // fuels of the CO2 table alone: CO2 only (the sheet gives no CH4 or N2O for them)
        for (String fuel : List.of("煤油", "潤滑油")) {
            assertEquals(List.of("CO2"), List.copyOf(mobile(fuel).keySet()), fuel);
        }
        // CNG and LNG by name: their CO2 and natural gas's CH4 and N2O, no gas left out
        for (String fuel : List.of("壓縮天然氣", "Liquefied Natural Gas")) {
            Map<String, EmissionFactor> ng = mobile(fuel);
            assertEquals(java.util.Set.of("CO2", "CH4", "N2O"), ng.keySet(), fuel);
            assertEquals(new BigDecimal("56100"), ng.get("CO2").value());
            assertEquals(new BigDecimal("92"), ng.get("CH4").value());
        }
        assertEquals(new BigDecimal("73300"), mobile("Lubricants").get("CO2").value());
        // ethanol: biogenic CO2 of no value in the sheet, so CH4 and N2O only, biogenic; "NA" is not loaded
        Map<String, EmissionFactor> trucks = mobile("乙醇, 卡車");
        assertEquals(java.util.Set.of("CH4", "N2O"), trucks.keySet());
        assertTrue(trucks.values().stream().allMatch(EmissionFactor::biogenic));
        assertEquals(java.util.Set.of("CH4"), mobile("Ethanol, cars, Brazil").keySet());
        assertEquals(29, LIBRARY.all().stream().filter(f -> f.kind() == FactorKind.MOBILE_COMBUSTION
                && f.setCode().equals(ReferenceTables.ANNOUNCEMENT_SET)).count());

        EmissionCalculator calculator = new EmissionCalculator(GWP);
        // 2,500 GJ = 2.5 TJ of diesel, AR5: CO2 2.5 × 74,100 = 185,250 kg; CH4 2.5 × 3.9 = 9.75 kg × 30 (fossil methane,
        // 附表四) = 292.5 kg; N2O 9.75 kg × 265 = 2,583.75 kg; 185,250 + 292.5 + 2,583.75 = 188,126.25 kg
        var r = calculator.calculate(new BigDecimal("2500"), "GJ", List.copyOf(diesel.values()), GwpSet.AR5);
        assertEquals(new BigDecimal("188.126250"), r.tco2e());
        // 1 TJ of ethanol in trucks, AR5: CH4 260 × 28 (not fossil) = 7,280 kg; N2O 41 × 265 = 10,865 kg; no CO2
        var ethanol = calculator.calculate(BigDecimal.ONE, "TJ", List.copyOf(trucks.values()), GwpSet.AR5);
        assertEquals(new BigDecimal("18.145000"), ethanol.tco2e());
        assertEquals(new BigDecimal("0.000000"), ethanol.biogenicCo2Tonnes());
    }

    @Test
    void factorsAreOfUnitsTheirKindMeasuresAndCountedUnitsStayInTheirFamily() {
        for (EmissionFactor f : LIBRARY.all()) {
            assertTrue(f.kind().measures().contains(ActivityUnits.measure(f.unit())), f.id() + " in " + f.unit());
        }
        assertEquals(0, new BigDecimal("2500").compareTo(ActivityUnits.convert(new BigDecimal("2.5"), "kTWD", "TWD")));
        assertEquals(ActivityUnits.Measure.COUNT, ActivityUnits.measure("night"));
        assertEquals(ActivityUnits.Measure.TRANSPORT_WORK, ActivityUnits.measure("pkm"));
        assertEquals(ActivityUnits.Measure.DISTANCE, ActivityUnits.measure("km"));
        assertEquals(ActivityUnits.Measure.ENERGY, ActivityUnits.measure("度"));
        assertThrows(IllegalArgumentException.class, () -> ActivityUnits.convert(BigDecimal.ONE, "USD", "TWD"));
        assertThrows(IllegalArgumentException.class, () -> ActivityUnits.convert(BigDecimal.ONE, "night", "item"));
        assertThrows(IllegalArgumentException.class, () -> ActivityUnits.convert(BigDecimal.ONE, "pkm", "km"));
    }

    @Test
    void gridFactorsByYear() {
        assertEquals(new BigDecimal("0.474"), LIBRARY.lookup(ReferenceTables.TAIPOWER_SET,
                FactorKind.PURCHASED_ELECTRICITY, "電力", 2024).get(0).value());
        assertEquals(new BigDecimal("0.554"), LIBRARY.lookup(ReferenceTables.TAIPOWER_SET,
                FactorKind.PURCHASED_ELECTRICITY, "電力", 2017).get(0).value());
        assertEquals(List.of(), LIBRARY.lookup(ReferenceTables.TAIPOWER_SET, FactorKind.PURCHASED_ELECTRICITY, "電力", 2025));
        // Energy Administration's announced factor for ROC 111 = 2022
        assertEquals(new BigDecimal("0.495"), LIBRARY.lookup(ReferenceTables.MOENV_GRID_SET,
                FactorKind.PURCHASED_ELECTRICITY, "電力", 2022).get(0).value());
        assertEquals(new BigDecimal("0.555"), LIBRARY.lookup(ReferenceTables.MOENV_GRID_SET,
                FactorKind.PURCHASED_ELECTRICITY, "電力", 2005).get(0).value());
    }

    @Test
    void gwpSets() {
        assertEquals(new BigDecimal("25"), GWP.gwp(GwpSet.AR4, "CH4"));
        assertEquals(new BigDecimal("28"), GWP.gwp(GwpSet.AR5, "CH4"));
        assertEquals(new BigDecimal("27.9"), GWP.gwp(GwpSet.AR6, "CH4"));
        // INV-10: fossil methane, MOENV 113.2.5 附表四 石化甲烷 (AR5) 30; no fossil value for AR4 or AR6 here
        assertEquals(new BigDecimal("30"), GWP.gwp(GwpSet.AR5, "CH4", true));
        assertEquals(new BigDecimal("28"), GWP.gwp(GwpSet.AR5, "CH4", false));
        assertEquals(new BigDecimal("25"), GWP.gwp(GwpSet.AR4, "CH4", true));
        assertEquals(new BigDecimal("27.9"), GWP.gwp(GwpSet.AR6, "CH4", true));
        assertEquals(new BigDecimal("265"), GWP.gwp(GwpSet.AR5, "N2O", true));
        assertEquals(new BigDecimal("265"), GWP.gwp(GwpSet.AR5, "N2O"));
        assertEquals(new BigDecimal("273"), GWP.gwp(GwpSet.AR6, "N2O"));
        assertEquals(new BigDecimal("23500"), GWP.gwp(GwpSet.AR5, "SF6"));
        assertEquals(new BigDecimal("1430"), GWP.gwp(GwpSet.AR4, "HFC-134a"));
        assertEquals(BigDecimal.ONE, GWP.gwp(GwpSet.AR6, "CO2"));
        assertThrows(IllegalArgumentException.class, () -> GWP.gwp(GwpSet.AR5, "XYZ"));
    }

    @Test
    void unitsConvertExactlyThroughIndriya() {
        assertEquals(0, new BigDecimal("120000").compareTo(ActivityUnits.convert(new BigDecimal("120"), "kL", "L")));
        assertEquals(0, new BigDecimal("2500000").compareTo(ActivityUnits.convert(new BigDecimal("2.5"), "GWh", "kWh")));
        assertEquals(0, new BigDecimal("1500").compareTo(ActivityUnits.convert(new BigDecimal("1.5"), "t", "kg")));
        assertEquals(0, new BigDecimal("0.001").compareTo(ActivityUnits.convert(BigDecimal.ONE, "L", "m3")));
        assertEquals(0, new BigDecimal("42").compareTo(ActivityUnits.convert(new BigDecimal("42"), "度", "kWh")));
        assertThrows(IllegalArgumentException.class, () -> ActivityUnits.convert(BigDecimal.ONE, "L", "kWh"));
        assertThrows(IllegalArgumentException.class, () -> ActivityUnits.convert(BigDecimal.ONE, "gallon", "L"));
    }

    @Test
    void dieselInStationarySourcesAllGasesAr5() {
        EmissionCalculator calculator = new EmissionCalculator(GWP);
        var r = calculator.calculate(new BigDecimal("120"), "kL",
                LIBRARY.lookup(ReferenceTables.MOENV_SET, FactorKind.STATIONARY_COMBUSTION, "柴油", 2025), GwpSet.AR5);
        // CO2 120,000 L × 2.6060 = 312,720 kg; CH4 × 0.000106 = 12.72 kg × 30 (fossil methane, MOENV 附表四, INV-10)
        // = 381.6 kg; N2O × 0.000021 = 2.52 kg × 265 = 667.8 kg
        assertEquals(new BigDecimal("313.769400"), r.tco2e());
        assertEquals(new BigDecimal("312.720000"), r.gases().get(0).tco2e());
        assertEquals(0, new BigDecimal("12.72").compareTo(r.gases().get(1).gasKg()));
        assertEquals(new BigDecimal("30"), r.gases().get(1).gwp());
        assertEquals(new BigDecimal("0.381600"), r.gases().get(1).tco2e());
        assertTrue(r.gases().get(1).fossilMethaneGwp());
        // AR6 weights CH4 27.9 (no fossil value in the tables the suite holds) and N2O 273
        var ar6 = calculator.calculate(new BigDecimal("120000"), "L",
                LIBRARY.lookup(ReferenceTables.MOENV_SET, FactorKind.STATIONARY_COMBUSTION, "柴油", 2025), GwpSet.AR6);
        assertEquals(new BigDecimal("313.762848"), ar6.tco2e());
    }

    @Test
    void electricityOnTaipower2024() {
        var r = new EmissionCalculator(GWP).calculate(new BigDecimal("2500"), "MWh",
                LIBRARY.lookup(ReferenceTables.TAIPOWER_SET, FactorKind.PURCHASED_ELECTRICITY, "電力", 2024), GwpSet.AR5);
        assertEquals(new BigDecimal("1185.000000"), r.tco2e());
        assertEquals("TAIPOWER-GRID:2017-2024:purchased_electricity:電力:CO2E:2024", r.gases().get(0).factorId());
    }
}
