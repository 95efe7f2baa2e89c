package org.carbonneutral.inventory.rest;

import static io.restassured.RestAssured.given;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.DIESEL;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.ELECTRICITY;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.HEAD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.DeclarationOpened;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Process emissions (category 1) and scope 3 (categories 3-6) quantified with factor sets a tenant publishes: cited,
 * versioned, of kind PROCESS or INDIRECT, looked up by set code.
 */
@QuarkusTest
class TenantSetSourcesResourceTest {

    static final String TRAVEL_SOURCE = "UK DESNZ Greenhouse gas reporting: conversion factors 2024, Business travel – air; "
            + "Hotel stay";
    // round test figures, kg CO2e per passenger·km and per room·night
    static final String TRAVEL_SET = """
            {"code":"ACME-TRAVEL-EF","version":"2025.1","source":"%s",
             "factors":[
              {"kind":"INDIRECT","activity":"短程航班 經濟艙","activityEn":"Flight, short-haul, economy class",
               "gas":"CO2E","value":0.15353,"unit":"pkm","biogenic":false},
              {"kind":"INDIRECT","activity":"長程航班 經濟艙","activityEn":"Flight, long-haul, economy class",
               "gas":"CO2E","value":0.14787,"unit":"pkm","biogenic":false},
              {"kind":"INDIRECT","activity":"旅館住宿","activityEn":"Hotel stay","gas":"CO2E","value":10.4,"unit":"night",
               "biogenic":false}]}""".formatted(TRAVEL_SOURCE);
    static final String PROCESS_SET = """
            {"code":"ACME-PROCESS-EF","version":"2025.1",
             "source":"Acme Taoyuan plant mass balance 2025, verified by SGS (calcination: IPCC 2006 Vol. 3 Table 2.1)",
             "factors":[
              {"kind":"PROCESS","activity":"石灰石煅燒","activityEn":"Limestone calcination","gas":"CO2","value":439.71,
               "unit":"t","biogenic":false},
              {"kind":"PROCESS","activity":"晶圓蝕刻","activityEn":"Wafer etching","gas":"SF6","value":0.0004,
               "unit":"item","biogenic":false}]}""";
    static final String SPEND_SET = """
            {"code":"ACME-SPEND-EF","version":"1","source":"Supplier EEIO table 2025, office supplies",
             "factors":[{"kind":"INDIRECT","activity":"辦公用品","activityEn":"Office supplies","gas":"CO2E",
                         "value":0.35,"unit":"TWD","biogenic":false}]}""";

    static String lookup(String kind, String activity, String set, String quantity, String unit) {
        return """
                {"quantity":%s,"unit":"%s","evidence":"records 2025",
                 "lookup":{"kind":"%s","activity":"%s","set":"%s","year":2025}}""".formatted(quantity, unit, kind, activity, set);
    }

    static String source(String name, int category, Integer scope3Category, String... activities) {
        return """
                {"name":"%s","facility":"Taoyuan plant","category":%d,%s"activities":[%s]}""".formatted(name, category,
                scope3Category == null ? "" : "\"scope3Category\":" + scope3Category + ",", String.join(",", activities));
    }

    @Test
    void processAndBusinessTravelFromTheTenantsSetsAreQuantifiedAndNamed() {
        String tenant = "sets-" + UUID.randomUUID();
        String preparer = Tokens.of(tenant, "pat", "preparer");
        String approver = Tokens.of(tenant, "ann", "approver");
        for (String set : List.of(TRAVEL_SET, PROCESS_SET)) {
            given().auth().oauth2(preparer).contentType(ContentType.JSON).body(set)
                    .post("/api/emission-factors/sets").then().statusCode(201);
        }
        UUID declaration = openFor(tenant, preparer);
        String content = "{" + HEAD + "\"sources\":[" + DIESEL + "," + ELECTRICITY + ","
                + source("Kiln, limestone calcination", 1, null,
                        lookup("PROCESS", "Limestone calcination", "ACME-PROCESS-EF", "1250.5", "t")) + ","
                + source("Wafer etching, SF6", 1, null, lookup("PROCESS", "晶圓蝕刻", "ACME-PROCESS-EF", "1000", "item")) + ","
                + source("Business travel", 3, 6,
                        lookup("INDIRECT", "短程航班 經濟艙", "ACME-TRAVEL-EF", "12345.6", "pkm"),
                        lookup("INDIRECT", "Flight, long-haul, economy class", "ACME-TRAVEL-EF", "54321", "pkm"),
                        lookup("INDIRECT", "旅館住宿", "ACME-TRAVEL-EF", "37", "night")) + "]}";
        given().auth().oauth2(preparer).contentType(ContentType.JSON).header("If-Match", "0").body(content)
                .put("/api/inventories/{id}", declaration).then().statusCode(200);
        given().auth().oauth2(approver).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/inventories/{id}/approval", declaration).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        var events = TestKafka.events(Topics.INVENTORY, declaration, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.INVENTORY_APPROVED) >= 1);
        InventorySnapshot snapshot = Events.payload(events.stream().filter(e -> e.type().equals("inventory.InventoryApproved"))
                .findFirst().orElseThrow(), InventoryApproved.class).snapshot();

        // limestone: 1,250.5 t × 439.71 kg CO2/t = 549,857.355 kg = 549.857 t
        InventorySnapshot.SourceLine kiln = snapshot.sources().get(2);
        assertEquals(new BigDecimal("549.857"), kiln.tco2e());
        assertEquals(1, kiln.scope());
        assertEquals(List.of("ACME-PROCESS-EF:2025.1:process:石灰石煅燒:CO2"), kiln.factorIds());
        // wafers: 1,000 items × 0.0004 kg SF6 = 0.4 kg × 23,500 (AR5) = 9,400 kg = 9.400 t
        InventorySnapshot.SourceLine etching = snapshot.sources().get(3);
        assertEquals(new BigDecimal("9.400"), etching.tco2e());
        assertEquals("SF6", etching.gases().get(0).gas());
        assertEquals(new BigDecimal("0.400"), etching.gases().get(0).kg());

        // business travel, per activity to 6 decimals: 12,345.6 pkm × 0.15353 = 1,895.419968 kg → 1.895420 t;
        // 54,321 pkm × 0.14787 = 8,032.44627 kg → 8.032446 t; 37 nights × 10.4 = 384.8 kg → 0.384800 t;
        // 1.895420 + 8.032446 + 0.384800 = 10.312666 → 10.313 t
        InventorySnapshot.SourceLine travel = snapshot.sources().get(4);
        assertEquals(new BigDecimal("10.313"), travel.tco2e());
        assertEquals(3, travel.category());
        assertEquals(3, travel.scope());
        assertEquals(6, travel.scope3Category());
        assertEquals(List.of("ACME-TRAVEL-EF:2025.1:indirect:短程航班 經濟艙:CO2E",
                "ACME-TRAVEL-EF:2025.1:indirect:長程航班 經濟艙:CO2E", "ACME-TRAVEL-EF:2025.1:indirect:旅館住宿:CO2E"),
                travel.factorIds());
        assertEquals(new BigDecimal("10.313"), snapshot.totalsByScope().get(2).tco2e());
        assertEquals(3, snapshot.totalsByScope().get(2).scope());
        // diesel 313.7694 + electricity 948 + limestone 549.857355 + SF6 9.4 + travel 10.312666 = 1,831.339421 t
        assertEquals(new BigDecimal("1831.339"), snapshot.totalTco2e());
        assertTrue(snapshot.factorSets().stream().anyMatch(f -> f.code().equals("ACME-TRAVEL-EF")
                && f.version().equals("2025.1") && f.source().equals(TRAVEL_SOURCE)), snapshot.factorSets().toString());
        assertTrue(snapshot.factorSets().stream().anyMatch(f -> f.code().equals("ACME-PROCESS-EF")
                && f.version().equals("2025.1") && f.source().startsWith("Acme Taoyuan plant mass balance 2025")));
    }

    static UUID openFor(String tenant, String preparer) {
        UUID declaration = UUID.randomUUID();
        TestKafka.publish(EventType.DECLARATION_OPENED, tenant, declaration, new DeclarationOpened(declaration,
                SubjectType.ORGANISATION, "Acme", "All Taiwan sites, operational control", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(preparer).get("/api/inventories/{id}", declaration).then().statusCode(200));
        return declaration;
    }

    static void refused(String preparer, UUID declaration, String sources, String field, String rule, String message) {
        given().auth().oauth2(preparer).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{" + HEAD + "\"sources\":[" + sources + "]}")
                .put("/api/inventories/{id}", declaration).then().statusCode(400).contentType("application/problem+json")
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].rule", equalTo(rule))
                .body("violations[0].message", containsString(message));
    }

    @Test
    void sourcesThatDoNotFitTheirCategoryOrUnitAreRefusedNamingTheField() {
        String tenant = "sets-" + UUID.randomUUID();
        String preparer = Tokens.of(tenant, "pat", "preparer");
        for (String set : List.of(TRAVEL_SET, PROCESS_SET, SPEND_SET)) {
            given().auth().oauth2(preparer).contentType(ContentType.JSON).body(set)
                    .post("/api/emission-factors/sets").then().statusCode(201);
        }
        UUID declaration = openFor(tenant, preparer);
        String flight = lookup("INDIRECT", "短程航班 經濟艙", "ACME-TRAVEL-EF", "100", "pkm");
        // a process factor quantifies category 1 only
        refused(preparer, declaration, source("Kiln", 3, 4, lookup("PROCESS", "石灰石煅燒", "ACME-PROCESS-EF", "1", "t")),
                "sources[0].activities[0].lookup.kind", "INV-1", "quantifies a source of category 1; this source is category 3");
        // an indirect factor quantifies categories 3-6 only
        refused(preparer, declaration, source("Flights", 1, null, flight),
                "sources[0].activities[0].lookup.kind", "INV-1", "this source is category 1");
        // categories 3-6 record their GHG Protocol category, one their ISO category holds
        refused(preparer, declaration, source("Business travel", 3, null, flight),
                "sources[0].scope3Category", "INV-1", "record the GHG Protocol scope-3 category");
        refused(preparer, declaration, source("Business travel", 3, 1, flight),
                "sources[0].scope3Category", "INV-1", "GHG Protocol category 1 is not in ISO 14064-1 category 3");
        // currencies never convert: a TWD spend factor does not take USD (kTWD converts)
        refused(preparer, declaration, source("Office supplies", 4, 1, lookup("INDIRECT", "辦公用品", "ACME-SPEND-EF", "100",
                "USD")), "sources[0].activities[0].unit", "INV-10", "USD cannot be converted to TWD");
        given().auth().oauth2(preparer).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{" + HEAD + "\"sources\":[" + DIESEL + "," + ELECTRICITY + "," + source("Office supplies", 4, 1,
                        lookup("INDIRECT", "Office supplies", "ACME-SPEND-EF", "2.5", "kTWD")) + "]}")
                .put("/api/inventories/{id}", declaration).then().statusCode(200);
    }

    @Test
    void aFactorInAUnitItsKindCannotBePerIsRefused() {
        String preparer = Tokens.of("sets-" + UUID.randomUUID(), "pat", "preparer");
        given().auth().oauth2(preparer).contentType(ContentType.JSON).body("""
                {"code":"ACME-BAD-EF","version":"1","source":"Internal estimate 2025",
                 "factors":[
                  {"kind":"INDIRECT","activity":"污水","activityEn":"Wastewater","gas":"CH4","value":0.1,"unit":"kg BOD",
                   "biogenic":false},
                  {"kind":"PROCESS","activity":"採購","activityEn":"Purchases","gas":"CO2E","value":0.1,"unit":"TWD",
                   "biogenic":false},
                  {"kind":"PURCHASED_ELECTRICITY","activity":"電力","activityEn":"Electricity","gas":"CO2E","value":0.5,
                   "unit":"L","biogenic":false},
                  {"kind":"FUGITIVE_INSULATING_GAS","activity":"GIS","activityEn":"GIS","gas":"CO2E","value":1,
                   "unit":"kg","biogenic":false},
                  {"kind":"INDIRECT","activity":"旅館住宿","activityEn":"Hotel stay","gas":"CO2E","value":10.4,
                   "unit":"room","biogenic":false}]}""")
                .post("/api/emission-factors/sets").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.contains("factors[0].unit", "factors[1].unit",
                        "factors[2].unit", "factors[3].kind", "factors[4].unit"))
                .body("violations[0].rule", equalTo("INV-10"))
                .body("violations[0].message", containsString("'kg BOD' measures organic load"))
                .body("violations[4].message", containsString("unknown unit"));
        // nothing was published
        given().auth().oauth2(preparer).get("/api/emission-factors?set=ACME-BAD-EF").then().statusCode(200)
                .body("size()", equalTo(0));
    }
}
