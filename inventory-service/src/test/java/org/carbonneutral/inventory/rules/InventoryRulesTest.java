package org.carbonneutral.inventory.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.inventory.domain.InventoryCalculator;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.domain.InventoryContent.Activity;
import org.carbonneutral.inventory.domain.InventoryContent.Exclusion;
import org.carbonneutral.inventory.domain.InventoryContent.FactorLookup;
import org.carbonneutral.inventory.domain.InventoryContent.Removal;
import org.carbonneutral.inventory.domain.InventoryContent.Source;
import org.carbonneutral.inventory.domain.InventoryContent.Verification;
import org.carbonneutral.inventory.domain.Materiality;
import org.carbonneutral.inventory.factors.EmissionCalculator;
import org.carbonneutral.inventory.factors.FactorKind;
import org.carbonneutral.inventory.factors.FactorLibrary;
import org.carbonneutral.inventory.factors.GwpSet;
import org.carbonneutral.inventory.factors.GwpTable;
import org.junit.jupiter.api.Test;

class InventoryRulesTest {

    static final InventoryCalculator CALCULATOR = new InventoryCalculator(FactorLibrary.reference(),
            new EmissionCalculator(GwpTable.load()));
    static final InventoryRules RULES = new InventoryRules();
    static final Verification VERIFIED = new Verification(true, true, "SGS Taiwan", "TAF",
            InventoryContent.AssuranceLevel.REASONABLE, LocalDate.of(2026, 4, 30), "GHG-2026-0412");
    static final String PLANT = "Taoyuan plant";

    static Source diesel(String litres) {
        return new Source("Diesel", PLANT, 1, null, null, List.of(new Activity(new BigDecimal(litres), "L", null, null,
                "invoices", null, new FactorLookup(FactorKind.STATIONARY_COMBUSTION, "柴油", "MOENV-EF", 2025))), null, null);
    }

    static Source electricity(String kwh, int year) {
        return new Source("Electricity", PLANT, 2, null, InventoryContent.Scope2Method.LOCATION_BASED,
                List.of(new Activity(new BigDecimal(kwh), "kWh", null, null, "bills", null,
                        new FactorLookup(FactorKind.PURCHASED_ELECTRICITY, "電力", "TAIPOWER-GRID", year))), null, null);
    }

    static InventoryContent content(List<Source> sources, Verification v, List<Removal> removals, List<Exclusion> exclusions) {
        return new InventoryContent(InventoryContent.BoundaryApproach.OPERATIONAL_CONTROL, GwpSet.AR5, null, 2020, List.of(PLANT),
                sources, exclusions, v, removals, null, null, null, null, null, null);
    }

    static List<String> check(InventoryContent c, ClaimStandard standard) {
        var q = CALCULATOR.quantify(SubjectType.ORGANISATION, c);
        assertEquals(List.of(), q.violations());
        return RULES.evaluate(new InventoryFacts(SubjectType.ORGANISATION, "Acme", standard, c, q.snapshot())).stream()
                .map(f -> f.ruleId() + "/" + f.severity() + ":" + f.field()).toList();
    }

    @Test
    void aCompleteOrganisationInventoryPasses() {
        assertEquals(List.of(), check(content(List.of(diesel("1000"), electricity("10000", 2024)), VERIFIED, null, null),
                ClaimStandard.PAS_2060));
    }

    @Test
    void inv2EverySourceInAListedFacility() {
        Source elsewhere = new Source("Boiler", "Kaohsiung office", 1, null, null, diesel("1").activities(), null, null);
        assertEquals(List.of("INV-2/BLOCK:sources[2].facility"), check(content(List.of(diesel("1"),
                electricity("1", 2024), elsewhere), VERIFIED, null, null), ClaimStandard.ISO_14068_1));
    }

    @Test
    void inv6VerificationByArticle21Status() {
        var sources = List.of(diesel("1"), electricity("1", 2024));
        assertEquals(List.of("INV-6/BLOCK:verification"), check(content(sources, null, null, null), ClaimStandard.ISO_14068_1));
        assertEquals(List.of("INV-6/BLOCK:verification.verified"), check(content(sources,
                new Verification(false, true, null, null, null, null, null), null, null), ClaimStandard.ISO_14068_1));
        assertEquals(List.of("INV-6/WARN:verification.verified"), check(content(sources,
                new Verification(false, false, null, null, null, null, null), null, null), ClaimStandard.ISO_14068_1));
        assertEquals(List.of("INV-6/BLOCK:verification"), check(content(sources,
                new Verification(true, false, "SGS", null, null, null, null), null, null), ClaimStandard.ISO_14068_1));
    }

    @Test
    void inv7RemovalsNeedRightsAndMonitoringAndReversalsCountAsEmissions() {
        var sources = List.of(diesel("1000"), electricity("10000", 2024));
        assertEquals(List.of("INV-7/BLOCK:removals[0].rightsEvidence", "INV-7/BLOCK:removals[0].monitoring"),
                check(content(sources, VERIFIED, List.of(new Removal("Forest", "forest", BigDecimal.TEN, null, " ", null)),
                        null), ClaimStandard.ISO_14068_1));
        var withReversal = CALCULATOR.quantify(SubjectType.ORGANISATION, content(sources, VERIFIED,
                List.of(new Removal("Forest", "forest", new BigDecimal("2"), new BigDecimal("0.5"), "deed", "survey")), null));
        var without = CALCULATOR.quantify(SubjectType.ORGANISATION, content(sources, VERIFIED, null, null));
        assertEquals(without.snapshot().totalTco2e().add(new BigDecimal("0.500")), withReversal.snapshot().totalTco2e());
        assertEquals(without.snapshot().totalTco2e().add(new BigDecimal("0.500")).subtract(new BigDecimal("2.000")),
                withReversal.snapshot().residualTco2e());
    }

    @Test
    void inv8CoverageWarnsUnderIsoAndBlocksUnderPas() {
        // diesel 1,000 L = 2.614745 t and electricity 10,000 kWh = 4.740 t quantified, 1 t excluded: electricity is
        // over half of the 8.354745 t, so the test is 2.614745 / 3.614745 = 72.34 %
        var sources = List.of(diesel("1000"), electricity("10000", 2024));
        var big = List.of(new Exclusion("Office paper", 4, new BigDecimal("1"), "no records"));
        assertEquals(List.of("INV-8/WARN:exclusions"), check(content(sources, VERIFIED, null, big), ClaimStandard.ISO_14068_1));
        assertEquals(List.of("INV-8/BLOCK:exclusions"), check(content(sources, VERIFIED, null, big), ClaimStandard.PAS_2060));
        var small = List.of(new Exclusion("Office paper", 4, new BigDecimal("0.01"), "below 0.2 %"));
        assertEquals(List.of(), check(content(sources, VERIFIED, null, small), ClaimStandard.PAS_2060));
    }

    @Test
    void inv8SingleSourceAboveHalfIsLeftOutOfTheTest() {
        // 100 t dominant source, 5 t other, 1 t excluded: overall 99.06 %, but without the dominant source 5/6 = 83.3 %
        List<BigDecimal> q = List.of(new BigDecimal("100"), new BigDecimal("5"));
        List<BigDecimal> x = List.of(new BigDecimal("1"));
        assertEquals(new BigDecimal("83.33"), Materiality.coveragePercent(q, x));
        assertEquals(false, Materiality.meetsThreshold(q, x));
        // 55 of 100 t is over half: the rest gives 40 / 45 = 88.89 %
        assertEquals(false, Materiality.meetsThreshold(List.of(new BigDecimal("40"), new BigDecimal("55")),
                List.of(new BigDecimal("5"))));
        // exactly 95 % passes; 94.995 % fails though it shows as 95.00
        assertEquals(true, Materiality.meetsThreshold(List.of(new BigDecimal("47.5"), new BigDecimal("47.5")),
                List.of(new BigDecimal("5"))));
        assertEquals(false, Materiality.meetsThreshold(List.of(new BigDecimal("47.4975"), new BigDecimal("47.4975")),
                List.of(new BigDecimal("5.005"))));
        assertEquals(new BigDecimal("95.00"), Materiality.coveragePercent(List.of(new BigDecimal("47.4975"),
                new BigDecimal("47.4975")), List.of(new BigDecimal("5.005"))));
    }

    @Test
    void inv10BareFiguresNameNoFactor() {
        Source bare = new Source("Supplier figure", PLANT, 1, null, null, null, null, new BigDecimal("12"));
        assertEquals(List.of("INV-10/BLOCK:sources[2].tco2e"), check(content(List.of(diesel("1"), electricity("1", 2024),
                bare), VERIFIED, null, null), ClaimStandard.ISO_14068_1));
    }

    @Test
    void recomputationIsBitForBitAndAnotherFactorVersionChangesTheResult() {
        var c2024 = content(List.of(diesel("120000"), electricity("2500000", 2024)), VERIFIED, null, null);
        var first = CALCULATOR.quantify(SubjectType.ORGANISATION, c2024).snapshot();
        var again = CALCULATOR.quantify(SubjectType.ORGANISATION, Json.read(Json.write(c2024), InventoryContent.class))
                .snapshot();
        assertEquals(Json.sha256(first), Json.sha256(again));
        assertEquals(new BigDecimal("1498.769"), first.totalTco2e());
        var c2023 = content(List.of(diesel("120000"), electricity("2500000", 2023)), VERIFIED, null, null);
        var other = CALCULATOR.quantify(SubjectType.ORGANISATION, c2023).snapshot();
        assertNotEquals(first.totalTco2e(), other.totalTco2e());
        assertEquals("TAIPOWER-GRID:2017-2024:purchased_electricity:電力:CO2E:2023", other.sources().get(1).factorIds().get(0));
        assertEquals(new BigDecimal("1185.000"), first.scope2LocationBasedTco2e());
        assertEquals(new BigDecimal("0.000"), first.scope2MarketBasedTco2e());
    }

    static InventoryContent product(InventoryContent.Market market, List<InventoryContent.Stage> stages, String plan,
            String subjectTco2e, String otherTco2e) {
        Source transport = new Source("Outbound trucks", PLANT, 3, 9, null, List.of(new Activity(new BigDecimal("100"),
                "L", null, null, null, null, new FactorLookup(FactorKind.MOBILE_COMBUSTION, "柴油", null, 2025))), null, null);
        return new InventoryContent(InventoryContent.BoundaryApproach.OPERATIONAL_CONTROL, GwpSet.AR5, null, 2020, List.of(PLANT),
                List.of(diesel("10"), electricity("10", 2024), transport), null, VERIFIED, null,
                List.of(new InventoryContent.Product("Tea", new BigDecimal("1000"), "bottle", new BigDecimal(subjectTco2e)),
                        new InventoryContent.Product("Coffee", new BigDecimal("1000"), "can", new BigDecimal(otherTco2e))),
                "physical", "flagship", new InventoryContent.ProductSubject("one bottle", market, stages, new BigDecimal("1000"), plan),
                null, null);
    }

    static List<String> checkProduct(InventoryContent c) {
        var q = CALCULATOR.quantify(SubjectType.PRODUCT, "Tea", c);
        assertEquals(List.of(), q.violations());
        return RULES.evaluate(new InventoryFacts(SubjectType.PRODUCT, "Tea", ClaimStandard.ISO_14068_1, c, q.snapshot(), 2025, true))
                .stream().map(f -> f.ruleId() + "/" + f.severity() + ":" + f.field()).toList();
    }

    static InventoryContent.Stage stage(InventoryContent.LifeCycleStage s, boolean included, String reason) {
        return new InventoryContent.Stage(s, included, reason);
    }

    @Test
    void inv9B2cWholeLifeCycleB2bCradleToGateWithReasons() {
        var all = java.util.Arrays.stream(InventoryContent.LifeCycleStage.values()).map(s -> stage(s, true, null)).toList();
        assertEquals(List.of(), checkProduct(product(InventoryContent.Market.B2C, all, null, "50", "50")));
        var gate = List.of(stage(InventoryContent.LifeCycleStage.RAW_MATERIAL_ACQUISITION, true, null),
                stage(InventoryContent.LifeCycleStage.PRODUCTION, true, null),
                stage(InventoryContent.LifeCycleStage.USE, false, "sold to a bottler"));
        assertEquals(List.of(), checkProduct(product(InventoryContent.Market.B2B, gate, null, "50", "50")));
        assertEquals(List.of("INV-9/BLOCK:productSubject.stages", "INV-9/BLOCK:productSubject.stages",
                "INV-9/BLOCK:productSubject.stages"), checkProduct(product(InventoryContent.Market.B2C, gate, null, "50", "50")));
        var unexplained = List.of(stage(InventoryContent.LifeCycleStage.RAW_MATERIAL_ACQUISITION, true, null),
                stage(InventoryContent.LifeCycleStage.PRODUCTION, true, null),
                stage(InventoryContent.LifeCycleStage.USE, false, " "));
        assertEquals(List.of("INV-9/BLOCK:productSubject.stages[2].omissionReason"),
                checkProduct(product(InventoryContent.Market.B2B, unexplained, null, "50", "50")));
    }

    @Test
    void inv5SmallTokenSubjectNeedsAPlanForTheOtherProducts() {
        var all = java.util.Arrays.stream(InventoryContent.LifeCycleStage.values()).map(s -> stage(s, true, null)).toList();
        // 9.99 % of the organisation's emissions: flagged; 10.00 %: not
        assertEquals(List.of("INV-5/WARN:productSubject.otherProductsPlan"),
                checkProduct(product(InventoryContent.Market.B2C, all, null, "9.99", "90.01")));
        assertEquals(List.of(), checkProduct(product(InventoryContent.Market.B2C, all, null, "10", "90")));
        assertEquals(List.of(), checkProduct(product(InventoryContent.Market.B2C, all, "all products by 2030", "9.99", "90.01")));
    }

    @Test
    void scope2DualReportingCountsTheChosenBasis() {
        // 100,000 kWh: location-based on Taipower 2024 (47.4 t); market-based on a supplier's green tariff, here the
        // Energy Administration's 2022 factor stands in for the contractual figure (49.5 t)
        List<Activity> market = List.of(new Activity(new BigDecimal("100000"), "kWh", null, null, "PPA statement", null,
                new FactorLookup(FactorKind.PURCHASED_ELECTRICITY, "電力", "MOENV-EF-ELECTRICITY", 2022)));
        Source dual = new Source("Electricity", PLANT, 2, null, InventoryContent.Scope2Method.LOCATION_BASED,
                electricity("100000", 2024).activities(), market, null);
        InventoryContent byLocation = content(List.of(diesel("1000"), dual), VERIFIED, null, null);
        var located = CALCULATOR.quantify(SubjectType.ORGANISATION, byLocation);
        assertEquals(new BigDecimal("47.400"), located.snapshot().scope2LocationBasedTco2e());
        assertEquals(new BigDecimal("49.500"), located.snapshot().scope2MarketBasedTco2e());
        assertEquals(new BigDecimal("47.400"), located.snapshot().totalsByScope().get(1).tco2e());
        InventoryContent byMarket = new InventoryContent(byLocation.boundaryApproach(), byLocation.gwpSet(),
                InventoryContent.Scope2Method.MARKET_BASED, 2020, byLocation.facilities(), byLocation.sources(), null,
                VERIFIED, null, null, null, null, null, null, null);
        var marketed = CALCULATOR.quantify(SubjectType.ORGANISATION, byMarket);
        assertEquals(List.of(), marketed.violations());
        assertEquals(new BigDecimal("49.500"), marketed.snapshot().totalsByScope().get(1).tco2e());
        assertEquals("MARKET_BASED", marketed.snapshot().scope2Basis());
        // a source without a figure for the chosen basis is named
        InventoryContent missing = new InventoryContent(byLocation.boundaryApproach(), byLocation.gwpSet(),
                InventoryContent.Scope2Method.MARKET_BASED, 2020, byLocation.facilities(),
                List.of(electricity("1", 2024)), null, VERIFIED, null, null, null, null, null, null, null);
        assertEquals(List.of("sources[0].otherMethodActivities"), CALCULATOR.quantify(SubjectType.ORGANISATION, missing)
                .violations().stream().map(InventoryCalculator.Violation::field).toList());
    }

    @Test
    void mobileCombustionPerTerajouleOfTheAnnouncement() {
        // company cars on gasoline with oxidation catalysts, 1,500 GJ (1.5 TJ), AR5: CO2 1.5 × 69,300 = 103,950 kg;
        // CH4 1.5 × 25 = 37.5 kg × 30 (fossil methane) = 1,125 kg; N2O 1.5 × 8 = 12 kg × 265 = 3,180 kg;
        // 103,950 + 1,125 + 3,180 = 108,255 kg
        Source cars = new Source("Company cars", PLANT, 1, null, null, List.of(new Activity(new BigDecimal("1500"), "GJ",
                null, null, "fuel cards 2025", null, new FactorLookup(FactorKind.MOBILE_COMBUSTION, "車用汽油-氧化觸媒",
                        "MOENV-EF-1130205", 2025))), null, null);
        var q = CALCULATOR.quantify(SubjectType.ORGANISATION, content(List.of(cars, electricity("1", 2024)), VERIFIED,
                null, null));
        assertEquals(List.of(), q.violations());
        assertEquals(new BigDecimal("108.255"), q.snapshot().sources().get(0).tco2e());
        assertEquals(List.of("MOENV-EF-1130205:113.2.5:mobile_combustion:車用汽油-氧化觸媒:CO2",
                "MOENV-EF-1130205:113.2.5:mobile_combustion:車用汽油-氧化觸媒:CH4",
                "MOENV-EF-1130205:113.2.5:mobile_combustion:車用汽油-氧化觸媒:N2O"), q.snapshot().sources().get(0).factorIds());
        // both tables of the announcement used: the snapshot names each one's source (INV-10)
        Source boilers = new Source("Boilers", PLANT, 1, null, null, List.of(new Activity(BigDecimal.ONE, "TJ", null, null,
                "meter readings 2025", null, new FactorLookup(FactorKind.STATIONARY_COMBUSTION, "柴油", "MOENV-EF-1130205",
                        2025))), null, null);
        var both = CALCULATOR.quantify(SubjectType.ORGANISATION, content(List.of(cars, boilers), VERIFIED, null, null));
        assertEquals(2, both.snapshot().factorSets().stream().filter(f -> f.code().equals("MOENV-EF-1130205")).count());
        assertTrue(both.snapshot().factorSets().stream().anyMatch(f -> f.source().contains("附表一 二、移動燃燒排放源排放係數")));
        // a vehicle's fuel is no imported energy (category 2): refused naming the lookup's kind, INV-1
        Source asImported = new Source("Cars", PLANT, 2, null, InventoryContent.Scope2Method.LOCATION_BASED,
                cars.activities(), null, null);
        var refused = CALCULATOR.quantify(SubjectType.ORGANISATION, content(List.of(asImported), VERIFIED, null, null));
        assertEquals(List.of("sources[0].activities[0].lookup.kind/INV-1"), refused.violations().stream()
                .map(v -> v.field() + "/" + v.rule()).toList());
    }

    @Test
    void unresolvableReferencesAreViolationsNamingTheField() {
        // energy (kWh) would find 附表一's diesel per TJ; passenger·km is no quantity of a fuel
        Source wrongUnit = new Source("Diesel", PLANT, 1, null, null, List.of(new Activity(BigDecimal.ONE, "pkm", null, null,
                null, null, new FactorLookup(FactorKind.STATIONARY_COMBUSTION, "柴油", null, 2025))), null, null);
        Source both = new Source("Both", PLANT, 1, null, null, diesel("1").activities(), null, BigDecimal.ONE);
        var q = CALCULATOR.quantify(SubjectType.ORGANISATION, content(List.of(wrongUnit, both, electricity("1", 2030)),
                VERIFIED, null, null));
        Source noMethod = new Source("Steam", PLANT, 2, null, null, diesel("1").activities(), null, null);
        assertEquals(List.of("sources[0].scope2Method"), CALCULATOR.quantify(SubjectType.ORGANISATION,
                content(List.of(noMethod), VERIFIED, null, null)).violations().stream()
                .map(InventoryCalculator.Violation::field).toList());
        assertEquals(List.of("sources[0].activities[0].unit", "sources[1]", "sources[2].activities[0].lookup.activity"),
                q.violations().stream().map(InventoryCalculator.Violation::field).toList());
    }

}
