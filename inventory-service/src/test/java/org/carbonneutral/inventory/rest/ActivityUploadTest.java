package org.carbonneutral.inventory.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.domain.InventoryContent.Activity;
import org.carbonneutral.inventory.domain.InventoryContent.FactorLookup;
import org.carbonneutral.inventory.factors.FactorKind;
import org.carbonneutral.inventory.service.UploadedActivities;
import org.carbonneutral.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;

/** Bulk activity data: streamed, validated row by row, applied entirely as a new revision or not at all. */
@QuarkusTest
class ActivityUploadTest {

    static final String PREPARER = InventoryResourceTest.PREPARER;
    static final String APPROVER = InventoryResourceTest.APPROVER;
    static final String CONTENT = "{" + InventoryResourceTest.HEAD + """
            "sources":[{"name":"Diesel generators","facility":"Taoyuan plant","category":1},""" + InventoryResourceTest.ELECTRICITY + "]}";
    static final String HEADER = "source,quantity,unit,period_start,period_end,evidence,factor_ids,lookup_kind,lookup_activity,lookup_set,lookup_year\n";

    @Inject
    UploadedActivities uploadedActivities;

    static UUID prepared() {
        UUID id = InventoryResourceTest.open(SubjectType.ORGANISATION, "Acme Taiwan");
        assertEquals(200, InventoryResourceTest.put(id, PREPARER, 0, CONTENT));
        return id;
    }

    static JsonPath upload(UUID id, int ifMatch, String type, String body) {
        String location = given().auth().oauth2(PREPARER).contentType(type).header("If-Match", "\"" + ifMatch + "\"")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/inventories/{id}/activity-uploads", id).then().statusCode(202)
                .extract().header("Location");
        await().atMost(Duration.ofSeconds(60)).until(() -> !given().auth().oauth2(PREPARER).get(location).then()
                .statusCode(200).extract().path("state").equals("RUNNING"));
        return given().auth().oauth2(PREPARER).get(location).then().extract().jsonPath();
    }

    @Test
    void csvUploadAppliesAsTheNextRevisionAndFeedsTheTotals() {
        UUID id = prepared();
        given().auth().oauth2(PREPARER).post("/api/inventories/{id}/submission", id).then()
                .body("findings.ruleId", hasItem("INV-1")).body("findings.field", hasItem("sources[0]"));
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1000; i++) {
            // 1,000 deliveries of 120 L = 120,000 L of diesel, looked up in MOENV 6.0.4
            csv.append("Diesel generators,120,L,2025-01-01,2025-12-31,\"delivery note D-").append(i)
                    .append(", Taoyuan\",,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n");
        }
        JsonPath job = upload(id, 1, "text/csv", csv.toString());
        assertEquals("SUCCEEDED", job.getString("state"));
        assertEquals(1000, job.getInt("rowsRead"));
        assertEquals(2, job.getInt("appliedRevision"));
        assertEquals(100.0f, job.getFloat("percent"));
        given().auth().oauth2(PREPARER).get("/api/inventories/{id}", id).then().body("revision", equalTo(2));
        given().auth().oauth2(PREPARER).post("/api/inventories/{id}/submission", id).then().statusCode(200)
                .body("findings.ruleId", not(hasItem("INV-1")));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":2}")
                .post("/api/inventories/{id}/approval", id).then().statusCode(200);
        var events = TestKafka.events(Topics.INVENTORY, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.INVENTORY_APPROVED) >= 1);
        InventoryApproved approved = Events.payload(events.get(0), InventoryApproved.class);
        // 120,000 L diesel (313.769400 t, AR5, CH4 as fossil methane × 30) + 2,000,000 kWh × 0.474 (948 t)
        assertEquals(new BigDecimal("1261.769"), approved.snapshot().totalTco2e());
        assertEquals(new BigDecimal("313.769"), approved.snapshot().sources().get(0).tco2e());
        // removing a source that holds uploaded data is refused
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{" + InventoryResourceTest.HEAD + "\"sources\":[" + InventoryResourceTest.ELECTRICITY + "]}")
                .put("/api/inventories/{id}", id).then().statusCode(400).body("violations[0].field", equalTo("sources"));
    }

    @Test
    void oneBadRowFailsTheWholeUploadWithLineColumnAndReason() {
        UUID id = prepared();
        String csv = HEADER
                + "Diesel generators,120,L,,,,,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n"
                + "Diesel generators,12O,L,,,,,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n"
                + "Diesel generators,120,L,,,,,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n"
                + "Diesel generators,120,gallon,,,,,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n"
                + "Boilers,5,L,,,,,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n"
                + "Diesel generators,1,kWh,,,,,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n"
                + "Diesel generators,1,L,2025-02-30,,,,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n";
        JsonPath job = upload(id, 1, "text/csv", csv);
        assertEquals("FAILED", job.getString("state"));
        assertEquals(7, job.getInt("rowsRead"));
        assertEquals(java.util.List.of(3, 5, 6, 7, 8), job.getList("errors.line"));
        assertEquals(java.util.List.of("quantity", "unit", "source", "lookup_activity", "period_start"),
                job.getList("errors.column"));
        given().auth().oauth2(PREPARER).get("/api/inventories/{id}", id).then().body("revision", equalTo(1));
        given().auth().oauth2(PREPARER).get("/api/inventories/{id}/activity-uploads", id).then()
                .body("state", contains("FAILED"));
    }

    @Test
    void jsonLinesUploadAndRequestChecks() {
        UUID id = prepared();
        String ndjson = """
                {"source":"Diesel generators","quantity":"60","unit":"kL","factor_ids":"MOENV-EF:6.0.4:stationary_combustion:柴油:CO2"}

                {"source":"Diesel generators","quantity":60000,"unit":"L","factor_ids":"MOENV-EF:6.0.4:stationary_combustion:柴油:CO2"}
                """;
        JsonPath job = upload(id, 1, "application/x-ndjson", ndjson);
        assertEquals("SUCCEEDED", job.getString("state"));
        assertEquals(2, job.getInt("rowsRead"));
        given().auth().oauth2(PREPARER).contentType("text/csv").body(HEADER).post("/api/inventories/{id}/activity-uploads", id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(PREPARER).contentType("text/csv").header("If-Match", "1").body(HEADER)
                .post("/api/inventories/{id}/activity-uploads", id).then().statusCode(412);
        given().auth().oauth2(PREPARER).contentType("application/xml").header("If-Match", "2").body("<x/>")
                .post("/api/inventories/{id}/activity-uploads", id).then().statusCode(415);
        given().auth().oauth2(InventoryResourceTest.VIEWER).contentType("text/csv").header("If-Match", "2").body(HEADER)
                .post("/api/inventories/{id}/activity-uploads", id).then().statusCode(403);
        given().auth().oauth2(InventoryResourceTest.OTHER_TENANT).get("/api/activity-uploads/{u}", job.getString("id"))
                .then().statusCode(404);
    }

    @Test
    void theUploadAddsOneActivityPerSourceUnitAndFactorReference() throws Throwable {
        UUID id = prepared();
        String diesel = "MOENV-EF:6.0.4:stationary_combustion:柴油:CO2";
        String grid = "TAIPOWER-GRID:2017-2024:purchased_electricity:電力:CO2E:2024";
        String csv = HEADER
                + "Diesel generators,100,L,,,,,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n"
                + "Purchased electricity,1000,kWh,,,,\"" + grid + "\",,,,\n"
                + "Diesel generators,20.5,L,,,,,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n"
                + "Diesel generators,7,L,,,," + diesel + ",,,,\n"
                + "Purchased electricity,500,kWh,,,," + grid + ",,,,\n";
        JsonPath job = upload(id, 1, "text/csv", csv);
        assertEquals("SUCCEEDED", job.getString("state"));
        UUID upload = UUID.fromString(job.getString("id"));
        InventoryContent content = Json.read(CONTENT, InventoryContent.class);

        InventoryContent added = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> uploadedActivities.addTo(upload, content)));

        assertEquals(List.of(
                new Activity(new BigDecimal("7"), "L", null, null, "upload " + upload + ": 1 rows", List.of(diesel),
                        null),
                new Activity(new BigDecimal("120.5"), "L", null, null, "upload " + upload + ": 2 rows", null,
                        new FactorLookup(FactorKind.STATIONARY_COMBUSTION, "柴油", "MOENV-EF", 2025))),
                added.sources().get(0).activities());
        List<Activity> electricity = added.sources().get(1).activities();
        assertEquals(content.sources().get(1).activities(), electricity.subList(0, electricity.size() - 1));
        assertEquals(new Activity(new BigDecimal("1500"), "kWh", null, null, "upload " + upload + ": 2 rows",
                List.of(grid), null), electricity.get(electricity.size() - 1));
        assertEquals(content.withSources(added.sources()), added);
    }
}
