package org.carbonneutral.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.inventory.domain.InventoryContent.Activity;
import org.carbonneutral.inventory.domain.InventoryContent.Blend;
import org.carbonneutral.inventory.domain.InventoryContent.BlendComponent;
import org.carbonneutral.inventory.domain.InventoryContent.FactorLookup;
import org.carbonneutral.inventory.domain.InventoryContent.LeakRate;
import org.carbonneutral.inventory.domain.InventoryContent.SepticTank;
import org.carbonneutral.inventory.domain.InventoryContent.Source;
import org.carbonneutral.inventory.factors.EmissionCalculator;
import org.carbonneutral.inventory.factors.FactorKind;
import org.carbonneutral.inventory.factors.FactorLibrary;
import org.carbonneutral.inventory.factors.GwpSet;
import org.carbonneutral.inventory.factors.GwpTable;
import org.junit.jupiter.api.Test;

/**
 * Fugitive sources of INV-1's reading, quantified against the real tables and checked against figures computed by hand:
 * refrigerant charge × MOENV 6.0.4 表8 leak rate, blends by composition, fire-suppression agents and SF6 by mass,
 * septic tanks and wastewater CH4 by 113.2.5 附表三 (Bo × MCF).
 */
class FugitiveSourcesTest {

    static final InventoryCalculator CALCULATOR = new InventoryCalculator(FactorLibrary.reference(),
            new EmissionCalculator(GwpTable.load()));

    static InventoryCalculator.Quantified quantify(GwpSet set, Source... sources) {
        return CALCULATOR.quantify(SubjectType.ORGANISATION, new InventoryContent(
                InventoryContent.BoundaryApproach.OPERATIONAL_CONTROL, set, null, 2020, List.of("Taoyuan plant"),
                List.of(sources), null, null, null, null, null, null, null, null, null));
    }

    static Source source(int category, Activity a) {
        return new Source("Source", "Taoyuan plant", category, null, null, List.of(a), null, null);
    }

    static Activity activity(String quantity, String unit, FactorKind kind, String name, LeakRate rate, SepticTank septic) {
        return new Activity(new BigDecimal(quantity), unit, null, null, "records 2025", null,
                new FactorLookup(kind, name, null, 2025), rate, septic, null);
    }

    static List<String> fields(InventoryCalculator.Quantified q) {
        return q.violations().stream().map(InventoryCalculator.Violation::field).toList();
    }

    @Test
    void aChillerByChargeAndTheTable8LeakRate() {
        // 冰水機 (Chillers): 2–15 % of the charge per year. 120 kg HFC-134a × 2 % = 2.4 kg; × 1,300 (AR5) = 3,120 kg
        var q = quantify(GwpSet.AR5, source(1, activity("120", "kg", FactorKind.FUGITIVE_REFRIGERANT, "HFC-134a",
                new LeakRate("冰水機", new BigDecimal("2"), "maintained yearly, no top-up in 2025: the table's low end"), null)));
        assertEquals(List.of(), q.violations());
        ActivityFigure f = q.activities().get(0);
        assertEquals(new BigDecimal("3.120000"), f.tco2e());
        assertEquals(0, new BigDecimal("2.4").compareTo(f.appliedQuantity()));
        assertEquals("kg", f.appliedUnit());
        assertTrue(f.derivation().startsWith("charge 120 kg × 2 % per year"), f.derivation());
        assertTrue(f.derivation().contains("表8") && f.derivation().contains("冰水機 (Chillers) 2–15 %"), f.derivation());
        assertEquals(new BigDecimal("3.120"), q.snapshot().sources().get(0).tco2e());
        // the same chiller named in English, in tonnes of charge: 0.12 t × 15 % = 18 kg × 1,300 = 23.4 t
        var high = quantify(GwpSet.AR5, source(1, activity("0.12", "t", FactorKind.FUGITIVE_REFRIGERANT, "R-134a",
                new LeakRate("chillers", new BigDecimal("15"), "no maintenance records: the table's high end"), null)));
        assertEquals(new BigDecimal("23.400000"), high.activities().get(0).tco2e());
    }

    @Test
    void aLeakRateMustBeJustifiedAndOutsideTheRangeOnlyWithAReason() {
        var outside = quantify(GwpSet.AR5, source(1, activity("120", "kg", FactorKind.FUGITIVE_REFRIGERANT, "R-410A",
                new LeakRate("冰水機", new BigDecimal("1"), null), null)));
        assertEquals(List.of("sources[0].activities[0].leakRate.percent"), fields(outside));
        assertTrue(outside.violations().get(0).message().contains("outside 表8's range 2–15 %"),
                outside.violations().get(0).message());
        var unjustified = quantify(GwpSet.AR5, source(1, activity("120", "kg", FactorKind.FUGITIVE_REFRIGERANT, "R-410A",
                new LeakRate("冰水機", new BigDecimal("5"), " "), null)));
        assertEquals(List.of("sources[0].activities[0].leakRate.justification"), fields(unjustified));
        // outside the range with the measurement it rests on: 120 kg × 1 % = 1.2 kg × 1,924 = 2.3088 t
        var measured = quantify(GwpSet.AR5, source(1, activity("120", "kg", FactorKind.FUGITIVE_REFRIGERANT, "R-410A",
                new LeakRate("冰水機", new BigDecimal("1"), "weighed recovery at the 2025 service: 1.2 kg short"), null)));
        assertEquals(List.of(), measured.violations());
        assertEquals(new BigDecimal("2.308800"), measured.activities().get(0).tco2e());
        assertTrue(measured.activities().get(0).derivation().contains("outside the range"));
        var unknown = quantify(GwpSet.AR5, source(1, activity("120", "kg", FactorKind.FUGITIVE_REFRIGERANT, "R-410A",
                new LeakRate("freezer", new BigDecimal("5"), "x"), null)));
        assertEquals(List.of("sources[0].activities[0].leakRate.equipment"), fields(unknown));
        assertTrue(unknown.violations().get(0).message().contains("冰水機 (Chillers) 2–15 %"));
        var notAMass = quantify(GwpSet.AR5, source(1, activity("120", "L", FactorKind.FUGITIVE_REFRIGERANT, "R-410A",
                new LeakRate("冰水機", new BigDecimal("5"), "x"), null)));
        assertEquals(List.of("sources[0].activities[0].unit"), fields(notAMass));
        var notARefrigerant = quantify(GwpSet.AR5, source(1, activity("120", "kg", FactorKind.FUGITIVE_INSULATING_GAS, "SF6",
                new LeakRate("冰水機", new BigDecimal("5"), "x"), null)));
        assertEquals(List.of("sources[0].activities[0].leakRate"), fields(notARefrigerant));
    }

    @Test
    void aBlendByCompositionWhoseSharesSumTo100() {
        Blend blend = new Blend("Supplier blend X", List.of(new BlendComponent("HFC-32", new BigDecimal("50")),
                new BlendComponent("HFC-125", new BigDecimal("50"))), "SDS 2025-113 section 3");
        // 3 kg: 1.5 kg HFC-32 × 677 + 1.5 kg HFC-125 × 3,170 (表4-4 AR5) = 1,015.5 + 4,755 = 5,770.5 kg
        var q = quantify(GwpSet.AR5, source(1, new Activity(new BigDecimal("3"), "kg", null, null, "service log", null, null,
                null, null, blend)));
        assertEquals(List.of(), q.violations());
        assertEquals(new BigDecimal("5.770500"), q.activities().get(0).tco2e());
        assertEquals(List.of("HFC-32", "HFC-125"), q.activities().get(0).gases().stream().map(ActivityFigure.GasFigure::gas).toList());
        assertTrue(q.snapshot().factorSets().stream().anyMatch(s -> s.code().equals("BLEND Supplier blend X")
                && s.source().contains("SDS 2025-113")));
        Blend short95 = new Blend("Y", List.of(new BlendComponent("HFC-32", new BigDecimal("50")),
                new BlendComponent("HFC-125", new BigDecimal("45"))), "SDS");
        var bad = quantify(GwpSet.AR5, source(1, new Activity(BigDecimal.ONE, "kg", null, null, null, null, null, null, null,
                short95)));
        assertEquals(List.of("sources[0].activities[0].blend.components"), fields(bad));
        assertTrue(bad.violations().get(0).message().contains("sum to 95 %, not 100 %"));
        Blend unknownGas = new Blend("Z", List.of(new BlendComponent("HFC-32", new BigDecimal("50")),
                new BlendComponent("HFC-999", new BigDecimal("50"))), "SDS");
        assertEquals(List.of("sources[0].activities[0].blend.components[1].gas"), fields(quantify(GwpSet.AR5,
                source(1, new Activity(BigDecimal.ONE, "kg", null, null, null, null, null, null, null, unknownGas)))));
    }

    @Test
    void fireSuppressionAgentsAndSwitchgearGasByMass() {
        // FM-200 (HFC-227ea) 10 kg discharged × 3,350 (表4-4 AR5) = 33.5 t; CO2 extinguishers 5 kg × 1 = 0.005 t
        var fm200 = quantify(GwpSet.AR5, source(1, activity("10", "kg", FactorKind.FUGITIVE_FIRE_SUPPRESSANT, "HFC-227ea",
                null, null)), source(1, activity("5", "kg", FactorKind.FUGITIVE_FIRE_SUPPRESSANT, "CO2", null, null)));
        assertEquals(List.of(), fm200.violations());
        assertEquals(new BigDecimal("33.500000"), fm200.activities().get(0).tco2e());
        assertEquals(new BigDecimal("0.005000"), fm200.activities().get(1).tco2e());
        // SF6 topped up in switchgear: 0.5 kg × 23,500 (AR5) = 11.75 t; × 22,800 (AR4) = 11.4 t
        assertEquals(new BigDecimal("11.750000"), quantify(GwpSet.AR5, source(1, activity("0.5", "kg",
                FactorKind.FUGITIVE_INSULATING_GAS, "SF6", null, null))).activities().get(0).tco2e());
        assertEquals(new BigDecimal("11.400000"), quantify(GwpSet.AR4, source(1, activity("0.5", "kg",
                FactorKind.FUGITIVE_INSULATING_GAS, "SF6", null, null))).activities().get(0).tco2e());
        // a fugitive release is a direct (category 1) source
        var misfiled = quantify(GwpSet.AR5, new Source("Leak", "Taoyuan plant", 3, 4, null, List.of(activity("3", "kg",
                FactorKind.FUGITIVE_REFRIGERANT, "R-410A", null, null)), null, null));
        assertEquals(List.of("sources[0].activities[0].lookup.kind"), fields(misfiled));
    }

    @Test
    void aSepticTankByPersonHoursAnd附表三() {
        // 50 persons × 250 days × 8 h × 15.625 L/h = 1,562,500 L × 200 mg BOD/L = 312.5 kg BOD;
        // 化糞池系統: Bo 0.6 kg CH4/kg BOD × MCF 0.5 = 0.3 → 93.75 kg CH4; × 28 (AR5 CH4, not fossil) = 2,625 kg
        SepticTank tank = new SepticTank(new BigDecimal("250"), new BigDecimal("8"), new BigDecimal("15.625"),
                new BigDecimal("200"), "attendance 2025; MOENV 6.0.4 表6 example values");
        var q = quantify(GwpSet.AR5, source(1, activity("50", "person", FactorKind.WASTEWATER, "化糞池系統", null, tank)));
        assertEquals(List.of(), q.violations());
        ActivityFigure f = q.activities().get(0);
        assertEquals(0, new BigDecimal("312.5").compareTo(f.appliedQuantity()));
        assertEquals("kg BOD", f.appliedUnit());
        assertEquals(new BigDecimal("2.625000"), f.tco2e());
        assertEquals(0, new BigDecimal("93.75").compareTo(f.gases().get(0).gasKg()));
        assertEquals(new BigDecimal("28"), f.gases().get(0).gwp());
        assertEquals(0, new BigDecimal("0.30").compareTo(f.gases().get(0).factorValue()));
        assertTrue(f.derivation().contains("attendance 2025"), f.derivation());
        assertTrue(q.snapshot().factorSets().stream().anyMatch(s -> s.source().contains("附表三")
                && s.source().contains("0.6 kg CH4/kg BOD") && s.source().contains("化糞池系統")), q.snapshot().factorSets().toString());
        var wrongUnit = quantify(GwpSet.AR5, source(1, activity("50", "kg", FactorKind.WASTEWATER, "化糞池系統", null, tank)));
        assertEquals(List.of("sources[0].activities[0].unit"), fields(wrongUnit));
    }

    @Test
    void wastewaterByBodOrCodLoad() {
        // domestic, septic system, by COD: 100 kg COD × 0.25 × 0.5 = 12.5 kg CH4 × 28 = 350 kg
        assertEquals(new BigDecimal("0.350000"), quantify(GwpSet.AR5, source(1, activity("100", "kg COD",
                FactorKind.WASTEWATER, "Septic system", null, null))).activities().get(0).tco2e());
        // the same by BOD, in tonnes: 0.1 t BOD × 0.6 × 0.5 = 30 kg CH4 × 28 = 840 kg
        assertEquals(new BigDecimal("0.840000"), quantify(GwpSet.AR5, source(1, activity("0.1", "t BOD",
                FactorKind.WASTEWATER, "化糞池系統", null, null))).activities().get(0).tco2e());
        // industrial, anaerobic reactor: 1,000 kg COD × Bo 0.25 × MCF 0.8 = 200 kg CH4 × 28 = 5.6 t
        assertEquals(new BigDecimal("5.600000"), quantify(GwpSet.AR5, source(1, activity("1000", "kg COD",
                FactorKind.INDUSTRIAL_WASTEWATER, "厭氧反應", null, null))).activities().get(0).tco2e());
        // industrial wastewater has no BOD factor in 附表三
        assertEquals(List.of("sources[0].activities[0].unit"), fields(quantify(GwpSet.AR5, source(1, activity("1000",
                "kg BOD", FactorKind.INDUSTRIAL_WASTEWATER, "厭氧反應", null, null)))));
    }

    @Test
    void aLookupThatMatchesNothingNamesTheClosestInBothLanguages() {
        var q = quantify(GwpSet.AR5, source(1, activity("10", "L", FactorKind.STATIONARY_COMBUSTION, "Diesl", null, null)));
        assertEquals(List.of("sources[0].activities[0].lookup.activity"), fields(q));
        String message = q.violations().get(0).message();
        assertTrue(message.contains("close names: ") && message.contains("柴油 (Gas/Diesel Oil)"), message);
        var septic = quantify(GwpSet.AR5, source(1, activity("10", "kg BOD", FactorKind.WASTEWATER, "septic tank", null, null)));
        assertTrue(septic.violations().get(0).message().contains("化糞池系統 (Septic system)"),
                septic.violations().get(0).message());
    }
}
