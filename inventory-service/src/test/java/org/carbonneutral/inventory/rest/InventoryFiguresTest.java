package org.carbonneutral.inventory.rest;

import static io.restassured.RestAssured.given;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.APPROVER;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.DIESEL;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.ELECTRICITY;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.HEAD;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.OTHER_TENANT;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.PREPARER;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.VIEWER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The figures of the current revision while it is worked on: each activity to 6 decimals, the totals, and a snapshot
 * that an approval of the same revision carries unchanged.
 */
@QuarkusTest
class InventoryFiguresTest {

    static final String PROBLEM = "application/problem+json";
    static final String REMOVALS = "\"removals\":[{\"name\":\"Plant green belt\",\"sinkType\":\"trees\",\"removedTco2e\":12.25,"
            + "\"rightsEvidence\":\"Land title 123-4\",\"monitoring\":\"annual tree survey\"}]";
    /** Diesel, electricity and a 3 kg R-410A leak under AR5, with a removal. */
    static final String CONTENT = "{" + HEAD + "\"sources\":[" + DIESEL + "," + ELECTRICITY + ","
            + RefrigerantLeakResourceTest.leak("R-410A", "3") + "]," + REMOVALS + "}";

    static ValidatableResponse figures(UUID id, String token, String query) {
        return given().auth().oauth2(token).get("/api/inventories/{id}/figures" + query, id).then();
    }

    /** The body read as the suite reads JSON: every decimal exact, its scale kept. */
    static JsonNode tree(ValidatableResponse response) {
        try {
            return Json.mapper().readTree(response.extract().asString());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BigDecimal decimal(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        assertTrue(value.isBigDecimal() || value.isIntegralNumber(), pointer + " is " + value);
        return value.decimalValue();
    }

    static UUID drafted() {
        UUID id = InventoryResourceTest.open(SubjectType.ORGANISATION, "Acme Taiwan");
        assertEquals(200, InventoryResourceTest.put(id, PREPARER, 0, CONTENT));
        return id;
    }

    @Test
    void draftFiguresGiveEachActivityToSixDecimalsAndTheTotals() {
        UUID id = drafted();
        JsonNode f = tree(figures(id, VIEWER, "").statusCode(200).contentType(ContentType.JSON).header("ETag", "\"1\""));
        assertEquals(id.toString(), f.get("declarationId").asText());
        assertEquals(1, f.get("revision").intValue());
        assertNotNull(f.get("computedAt").textValue());
        assertEquals(3, f.get("activityCount").intValue());
        assertEquals(0, f.get("offset").intValue());
        assertEquals(1000, f.get("limit").intValue());
        assertEquals(0, f.get("violations").size());

        // each activity: tCO2e to 6 decimals, each gas with its factor and GWP
        JsonNode activities = f.get("activities");
        assertEquals(3, activities.size());
        assertEquals("sources[0].activities[0]", activities.get(0).get("field").textValue());
        assertEquals("Diesel generators", activities.get(0).get("source").textValue());
        // 120 kL × MOENV 6.0.4 (CO2 2.6060, CH4 0.000106 × 30 fossil methane, N2O 0.000021 kg/L), AR5
        assertEquals(new BigDecimal("313.769400"), decimal(activities.get(0), "/tco2e"));
        assertEquals(List.of("CO2", "CH4", "N2O"), activities.get(0).get("gases").findValuesAsText("gas"));
        assertEquals("MOENV-EF:6.0.4:stationary_combustion:柴油:CH4", activities.get(0).at("/gases/1/factorId").textValue());
        assertEquals(0, new BigDecimal("0.3816").compareTo(decimal(activities.get(0), "/gases/1/tco2e")));
        // 2,000,000 kWh × Taipower 2024 0.474 kg/kWh
        assertEquals("sources[1].activities[0]", activities.get(1).get("field").textValue());
        assertEquals(new BigDecimal("948.000000"), decimal(activities.get(1), "/tco2e"));
        // 3 kg R-410A × 1,924 (MOENV 表4-4, AR5) ÷ 1000
        assertEquals("sources[2].activities[0]", activities.get(2).get("field").textValue());
        assertEquals(new BigDecimal("5.772000"), decimal(activities.get(2), "/tco2e"));
        assertEquals("R-410A", activities.get(2).at("/gases/0/gas").textValue());
        assertEquals(0, new BigDecimal("1924").compareTo(decimal(activities.get(2), "/gases/0/gwp")));

        // the totals, 3 decimals: per source, by scope and category, total, removals, residual
        assertEquals(new BigDecimal("313.769"), decimal(f, "/snapshot/sources/0/tco2e"));
        assertEquals(new BigDecimal("948.000"), decimal(f, "/snapshot/sources/1/tco2e"));
        assertEquals(new BigDecimal("5.772"), decimal(f, "/snapshot/sources/2/tco2e"));
        assertEquals(new BigDecimal("0.382"), decimal(f, "/snapshot/sources/0/gases/1/tco2e"));
        assertEquals(new BigDecimal("319.541"), decimal(f, "/snapshot/totalsByScope/0/tco2e"));
        assertEquals(new BigDecimal("948.000"), decimal(f, "/snapshot/totalsByScope/1/tco2e"));
        assertEquals(new BigDecimal("0.000"), decimal(f, "/snapshot/totalsByScope/2/tco2e"));
        assertEquals(new BigDecimal("948.000"), decimal(f, "/snapshot/scope2LocationBasedTco2e"));
        assertEquals(new BigDecimal("0.000"), decimal(f, "/snapshot/scope2MarketBasedTco2e"));
        assertEquals(1, f.at("/snapshot/totalsByCategory/0/category").intValue());
        assertEquals(new BigDecimal("319.541"), decimal(f, "/snapshot/totalsByCategory/0/tco2e"));
        assertEquals(new BigDecimal("1267.541"), decimal(f, "/snapshot/totalTco2e"));
        assertEquals(new BigDecimal("12.250"), decimal(f, "/snapshot/removalsTco2e"));
        assertEquals(new BigDecimal("1255.291"), decimal(f, "/snapshot/residualTco2e"));
        assertNotNull(f.at("/snapshot/coveragePercent").decimalValue());
        assertEquals(new TreeSet<>(List.of("MOENV-EF", "MOENV-EF-FGAS", "MOENV-GWP-1130205", "TAIPOWER-GRID")),
                new TreeSet<>(f.get("snapshot").get("factorSets").findValuesAsText("code")));

        // a page of the activities; the totals stay those of every activity
        JsonNode page = tree(figures(id, PREPARER, "?offset=1&limit=1").statusCode(200).header("ETag", "\"1\""));
        assertEquals(3, page.get("activityCount").intValue());
        assertEquals(1, page.get("activities").size());
        assertEquals("sources[1].activities[0]", page.at("/activities/0/field").textValue());
        assertEquals(f.get("snapshot"), page.get("snapshot"));
        JsonNode beyond = tree(figures(id, APPROVER, "?offset=5").statusCode(200));
        assertEquals(0, beyond.get("activities").size());
        assertEquals(3, beyond.get("activityCount").intValue());
        assertEquals(new BigDecimal("1267.541"), decimal(beyond, "/snapshot/totalTco2e"));

        // paging parameters out of range or not numbers: a problem naming the parameter
        for (String query : List.of("?limit=0", "?limit=10001", "?limit=many", "?limit=1.5")) {
            figures(id, VIEWER, query).statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("limit"));
        }
        for (String query : List.of("?offset=-1", "?offset=x")) {
            figures(id, VIEWER, query).statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("offset"));
        }
        figures(id, VIEWER, "?limit=10000").statusCode(200);

        // a new revision: its figures and ETag follow it
        assertEquals(200, InventoryResourceTest.put(id, PREPARER, 1, CONTENT.replace("\"quantity\":3,", "\"quantity\":6,")));
        JsonNode second = tree(figures(id, VIEWER, "").statusCode(200).header("ETag", "\"2\""));
        assertEquals(2, second.get("revision").intValue());
        assertEquals(new BigDecimal("11.544000"), decimal(second, "/activities/2/tco2e"));
        assertEquals(new BigDecimal("1273.313"), decimal(second, "/snapshot/totalTco2e"));
    }

    @Test
    void theApprovedRevisionsFiguresCarryTheSnapshotOfItsApprovalEvent() {
        UUID id = drafted();
        JsonNode draft = tree(figures(id, VIEWER, "").statusCode(200).header("ETag", "\"1\""));
        given().auth().oauth2(PREPARER).post("/api/inventories/{id}/submission", id).then().statusCode(200);
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/inventories/{id}/approval", id).then().statusCode(200).body("status", equalTo("APPROVED"));

        List<CloudEvent> events = TestKafka.events(Topics.INVENTORY, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.INVENTORY_APPROVED) >= 1);
        CloudEvent event = events.stream().filter(e -> e.type().equals("inventory.InventoryApproved")).findFirst()
                .orElseThrow();
        InventoryApproved approved = Events.payload(event, InventoryApproved.class);
        assertEquals(1, approved.revision());
        JsonNode carried = event.data().get("snapshot");

        JsonNode f = tree(figures(id, VIEWER, "").statusCode(200).header("ETag", "\"1\""));
        assertEquals(1, f.get("revision").intValue());
        JsonNode shown = f.get("snapshot");
        // field by field, decimals with their scale
        TreeSet<String> names = new TreeSet<>();
        carried.fieldNames().forEachRemaining(names::add);
        shown.fieldNames().forEachRemaining(names::add);
        assertFalse(names.isEmpty());
        for (String name : names) {
            assertEquals(carried.get(name), shown.get(name), "snapshot." + name);
        }
        assertEquals(carried, shown);
        // the figures seen while drafting were those approved, and the approval's digest is the shown snapshot's
        assertEquals(carried, draft.get("snapshot"));
        assertEquals(approved.contentDigest(), Json.sha256(Json.convert(shown, InventorySnapshot.class)));
        assertEquals(new BigDecimal("1267.541"), approved.snapshot().totalTco2e());
    }

    @Test
    void uploadedActivityDataIsPagedAndCountedInTheTotals() {
        UUID id = ActivityUploadTest.prepared();
        StringBuilder csv = new StringBuilder(ActivityUploadTest.HEADER);
        for (int i = 0; i < 200; i++) {
            csv.append("Diesel generators,120,L,2025-01-01,2025-12-31,delivery ").append(i)
                    .append(",,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n");
        }
        for (int year = 2017; year <= 2024; year++) {
            for (int i = 0; i < 100; i++) {
                csv.append("Purchased electricity,1000,kWh,2025-01-01,2025-12-31,meter ").append(year).append('-').append(i)
                        .append(",TAIPOWER-GRID:2017-2024:purchased_electricity:電力:CO2E:").append(year).append(",,,,\n");
            }
        }
        assertEquals("SUCCEEDED", ActivityUploadTest.upload(id, 1, "text/csv", csv.toString()).getString("state"));

        JsonNode all = tree(figures(id, VIEWER, "").statusCode(200).header("ETag", "\"2\""));
        // the diesel rows summed into one activity, the electricity rows into one per factor, beside the entered one
        assertEquals(10, all.get("activityCount").intValue());
        assertEquals(10, all.get("activities").size());
        // 200 × 120 L = 24 kL of diesel: a fifth of 313.769400 t
        assertEquals(new BigDecimal("62.753880"), decimal(all, "/activities/0/tco2e"));
        assertEquals(0, new BigDecimal("24000").compareTo(decimal(all, "/activities/0/quantity")));

        JsonNode page = tree(figures(id, VIEWER, "?offset=4&limit=3").statusCode(200).header("ETag", "\"2\""));
        assertEquals(10, page.get("activityCount").intValue());
        assertEquals(4, page.get("offset").intValue());
        assertEquals(3, page.get("limit").intValue());
        assertEquals(List.of("sources[1].activities[3]", "sources[1].activities[4]", "sources[1].activities[5]"),
                page.get("activities").findValuesAsText("field"));
        assertEquals(all.at("/activities/4"), page.at("/activities/0"));
        assertEquals(all.get("snapshot"), page.get("snapshot"));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode a : all.get("activities")) {
            sum = sum.add(a.get("tco2e").decimalValue());
        }
        assertEquals(sum.setScale(3, java.math.RoundingMode.HALF_UP), decimal(page, "/snapshot/totalTco2e"));
    }

    @Test
    void figuresAreReadOnlyWithinYourTenant() {
        UUID id = drafted();
        figures(id, OTHER_TENANT, "").statusCode(404).contentType(PROBLEM);
        figures(UUID.randomUUID(), VIEWER, "").statusCode(404).contentType(PROBLEM);
        given().get("/api/inventories/{id}/figures", id).then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(Tokens.withoutTenant("x", "viewer")).get("/api/inventories/{id}/figures", id).then()
                .statusCode(403);
        // nothing entered yet: no figures
        UUID empty = InventoryResourceTest.open(SubjectType.ORGANISATION, "Acme Taiwan");
        figures(empty, VIEWER, "").statusCode(404).contentType(PROBLEM).body("detail", containsString("nothing entered yet"));
    }

    @Test
    void openApiDescribesTheFigures() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/inventories/{declarationId}/figures'.get.summary",
                        equalTo("The figures of the current revision"))
                .body("paths.'/api/inventories/{declarationId}/figures'.get.responses.'200'.content.'application/json'"
                        + ".schema.'$ref'", equalTo("#/components/schemas/InventoryFigures"))
                .body("paths.'/api/inventories/{declarationId}/figures'.get.responses.keySet()",
                        org.hamcrest.Matchers.hasItems("200", "400", "401", "404"))
                .body("components.schemas.InventoryFigures.properties.snapshot", org.hamcrest.Matchers.notNullValue())
                .body("components.schemas.InventoryFigures.properties.activityCount", org.hamcrest.Matchers.notNullValue());
    }
}
