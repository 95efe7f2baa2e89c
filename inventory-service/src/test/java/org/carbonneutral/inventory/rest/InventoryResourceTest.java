package org.carbonneutral.inventory.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
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
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.DeclarationOpened;
import org.carbonneutral.contracts.events.InventoryApprovalRevoked;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InventoryResourceTest {

    static final String TENANT = "acme";
    static final String PREPARER = Tokens.of(TENANT, "pat@acme.example", "preparer");
    static final String APPROVER = Tokens.of(TENANT, "ann@acme.example", "approver");
    static final String APPROVER_WHO_EDITED = Tokens.of(TENANT, "pat@acme.example", "approver", "preparer");
    static final String VIEWER = Tokens.of(TENANT, "vic@acme.example", "viewer");
    static final String OTHER_TENANT = Tokens.of("globex", "gil@globex.example", "preparer", "approver", "viewer");

    static final String HEAD = """
            "boundaryApproach":"OPERATIONAL_CONTROL","gwpSet":"AR5","facilities":["Taoyuan plant"],
            "verification":{"verified":true,"article21Emitter":false,"body":"SGS Taiwan","accreditation":"TAF",
                            "assuranceLevel":"REASONABLE","statementDate":"2026-04-30","reference":"GHG-2026-0412"},""";
    static final String DIESEL = """
            {"name":"Diesel generators","facility":"Taoyuan plant","category":1,
             "activities":[{"quantity":120,"unit":"kL","evidence":"fuel invoices 2025",
                            "lookup":{"kind":"STATIONARY_COMBUSTION","activity":"柴油","set":"MOENV-EF","year":2025}}]}""";
    static final String ELECTRICITY = """
            {"name":"Purchased electricity","facility":"Taoyuan plant","category":2,"scope2Method":"LOCATION_BASED",
             "activities":[{"quantity":2000000,"unit":"kWh","evidence":"Taipower bills 2025",
                            "factorIds":["TAIPOWER-GRID:2017-2024:purchased_electricity:電力:CO2E:2024"]}]}""";
    static final String SCOPE_1_ONLY = "{" + HEAD + "\"sources\":[" + DIESEL + "]}";
    static final String SCOPES_1_AND_2 = "{" + HEAD + "\"sources\":[" + DIESEL + "," + ELECTRICITY + "],"
            + "\"removals\":[{\"name\":\"Plant green belt\",\"sinkType\":\"trees\",\"removedTco2e\":12.25,"
            + "\"rightsEvidence\":\"Land title 123-4\",\"monitoring\":\"annual tree survey\"}]}";

    static UUID open(SubjectType type, String subjectName) {
        return open(type, subjectName, 2025);
    }

    static UUID open(SubjectType type, String subjectName, int year) {
        UUID id = UUID.randomUUID();
        TestKafka.publish(EventType.DECLARATION_OPENED, TENANT, id, new DeclarationOpened(id, type, subjectName,
                "All Taiwan sites, operational control", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                ClaimStandard.ISO_14068_1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/inventories/{id}", id).then().statusCode(200));
        return id;
    }

    static int put(UUID id, String token, int ifMatch, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"" + ifMatch + "\"")
                .body(body).put("/api/inventories/{id}", id).then().extract().statusCode();
    }

    @Test
    void organisationInventoryFromDraftToApprovalAndRevocation() {
        UUID id = open(SubjectType.ORGANISATION, "Acme Taiwan");
        given().auth().oauth2(VIEWER).get("/api/inventories/{id}", id).then()
                .statusCode(200).header("ETag", "\"0\"").body("revision", equalTo(0)).body("status", equalTo("DRAFT"))
                .body("subjectType", equalTo("ORGANISATION")).body("periodEnd", equalTo("2025-12-31"));

        // no If-Match: 428; a stale one: 412; nothing changes
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(SCOPE_1_ONLY)
                .put("/api/inventories/{id}", id).then().statusCode(428).contentType("application/problem+json");
        assertEquals(412, put(id, PREPARER, 7, SCOPE_1_ONLY));
        assertEquals(200, put(id, PREPARER, 0, SCOPE_1_ONLY));

        // INV-3 fires for a missing scope 2
        given().auth().oauth2(PREPARER).post("/api/inventories/{id}/submission", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("findings.ruleId", contains("INV-3"))
                .body("findings[0].severity", equalTo("BLOCK"))
                .body("findings[0].field", equalTo("sources"))
                .body("findings[0].messageZh", startsWith("組織盤查須涵蓋範疇二"));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/inventories/{id}/approval", id).then().statusCode(422)
                .contentType("application/problem+json").body("findings.ruleId", hasItem("INV-3"));

        assertEquals(200, put(id, PREPARER, 1, SCOPES_1_AND_2));
        given().auth().oauth2(PREPARER).post("/api/inventories/{id}/submission", id).then().statusCode(200)
                .body("findings", hasSize(0));
        // four-eyes: the last editor cannot approve, even holding the approver role
        given().auth().oauth2(APPROVER_WHO_EDITED).contentType(ContentType.JSON).body("{\"revision\":2}")
                .post("/api/inventories/{id}/approval", id).then().statusCode(403)
                .body("detail", startsWith("four-eyes rule"));
        // a stale revision is refused
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/inventories/{id}/approval", id).then().statusCode(409);
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":2}")
                .post("/api/inventories/{id}/approval", id).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approval.approvedBy", equalTo("ann@acme.example"));

        List<CloudEvent> events = TestKafka.events(Topics.INVENTORY, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.INVENTORY_APPROVED) >= 1);
        CloudEvent approvedEvent = events.stream().filter(e -> e.type().equals("inventory.InventoryApproved")).findFirst()
                .orElseThrow();
        InventoryApproved approved = Events.payload(approvedEvent, InventoryApproved.class);
        assertEquals(2, approved.revision());
        assertEquals(TENANT, approvedEvent.tenant());
        // diesel 120 kL × MOENV 6.0.4 (CO2 2.6060, CH4 0.000106, N2O 0.000021 kg/L) with AR5, its CH4 as fossil methane
        // (MOENV 附表四: 30, INV-10) = 313.769400 t;
        // electricity 2,000,000 kWh × Taipower 2024 0.474 kg/kWh = 948.000 t; removals 12.25 t
        assertEquals(new BigDecimal("1261.769"), approved.snapshot().totalTco2e());
        assertEquals(new BigDecimal("12.250"), approved.snapshot().removalsTco2e());
        assertEquals(new BigDecimal("1249.519"), approved.snapshot().residualTco2e());
        assertEquals(new BigDecimal("948.000"), approved.snapshot().totalsByScope().get(1).tco2e());
        assertEquals("AR5", approved.snapshot().gwpSet());
        assertEquals(List.of("MOENV-EF:6.0.4:stationary_combustion:柴油:CO2", "MOENV-EF:6.0.4:stationary_combustion:柴油:CH4",
                "MOENV-EF:6.0.4:stationary_combustion:柴油:N2O"), approved.snapshot().sources().get(0).factorIds());
        assertEquals(List.of("MOENV-EF", "MOENV-GWP-1130205", "TAIPOWER-GRID"),
                approved.snapshot().factorSets().stream().map(f -> f.code()).toList());
        assertTrue(approved.snapshot().factorSets().get(1).source().contains("石化甲烷"));
        assertTrue(approved.snapshot().factorSets().get(1).source().endsWith("= 30"));
        assertEquals(new BigDecimal("0.382"), approved.snapshot().sources().get(0).gases().get(1).tco2e());
        assertEquals(new BigDecimal("12.720"), approved.snapshot().sources().get(0).gases().get(1).kg());
        assertEquals(64, approved.contentDigest().length());

        // any change after approval: new revision, approval revoked, event emitted
        assertEquals(200, put(id, PREPARER, 2, SCOPES_1_AND_2));
        given().auth().oauth2(VIEWER).get("/api/inventories/{id}", id).then().body("revision", equalTo(3))
                .body("status", equalTo("DRAFT")).body("approval", equalTo(null));
        events = TestKafka.events(Topics.INVENTORY, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.INVENTORY_APPROVAL_REVOKED) >= 1);
        InventoryApprovalRevoked revoked = Events.payload(events.stream()
                .filter(e -> e.type().equals("inventory.InventoryApprovalRevoked")).findFirst().orElseThrow(),
                InventoryApprovalRevoked.class);
        assertEquals(2, revoked.revokedRevision());
        assertEquals(3, revoked.currentRevision());
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        UUID id = open(SubjectType.ORGANISATION, "Acme Taiwan");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{\"sources\":[{\"name\":\"\",\"tco2e\":-1}]}")
                .put("/api/inventories/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("boundaryApproach", "gwpSet", "sources[0].category",
                        "sources[0].name", "sources[0].tco2e"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{" + HEAD + "\"sources\":[{\"name\":\"x\",\"category\":\"one\",\"tco2e\":1}]}")
                .put("/api/inventories/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("sources[0].category"));
        // a factor that does not exist, a lookup that finds nothing, a unit that does not fit the factor
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{" + HEAD + """
                        "sources":[{"name":"Diesel","facility":"Taoyuan plant","category":1,
                          "activities":[{"quantity":1,"unit":"L","factorIds":["NO-SUCH:1:x"]}]}]}""")
                .put("/api/inventories/{id}", id).then().statusCode(400)
                .body("violations[0].field", equalTo("sources[0].activities[0].factorIds[0]"))
                .body("violations[0].message", equalTo("unknown factor NO-SUCH:1:x"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{" + HEAD + "\"sources\":[" + ELECTRICITY.replace("\"factorIds\":[\"TAIPOWER-GRID:2017-2024:purchased_electricity:電力:CO2E:2024\"]",
                        "\"lookup\":{\"kind\":\"PURCHASED_ELECTRICITY\",\"activity\":\"電力\",\"set\":\"TAIPOWER-GRID\",\"year\":2025}") + "]}")
                .put("/api/inventories/{id}", id).then().statusCode(400)
                .body("violations[0].field", equalTo("sources[0].activities[0].lookup.activity"))
                .body("violations[0].rule", equalTo("INV-10"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{" + HEAD + "\"sources\":[" + DIESEL.replace("\"kL\"", "\"kWh\"") + "]}")
                .put("/api/inventories/{id}", id).then().statusCode(400)
                .body("violations[0].field", equalTo("sources[0].activities[0].unit"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{\"sources\":[{\"name\":\"x\",").put("/api/inventories/{id}", id).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .put("/api/inventories/{id}", id).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0").body("{}")
                .put("/api/inventories/{id}", id).then().statusCode(400).body("violations.field", hasItem("sources"));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":\"x\"}")
                .post("/api/inventories/{id}/approval", id).then().statusCode(400)
                .body("violations[0].field", equalTo("revision"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0").body(SCOPE_1_ONLY)
                .put("/api/inventories/{id}", "not-a-uuid").then().statusCode(404);
        given().auth().oauth2(VIEWER).get("/api/inventories/{id}", id).then().statusCode(200)
                .body("revision", equalTo(0)).body("content", equalTo(null));
    }

    @Test
    void securityTenantIsolationAndRoles() {
        UUID id = open(SubjectType.ORGANISATION, "Acme Taiwan");
        given().get("/api/inventories/{id}", id).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not.a.jwt").get("/api/inventories/{id}", id).then().statusCode(401);
        given().auth().oauth2(Tokens.expired(TENANT, "pat@acme.example", "viewer"))
                .get("/api/inventories/{id}", id).then().statusCode(401);
        given().auth().oauth2(OTHER_TENANT).get("/api/inventories/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(404, put(id, OTHER_TENANT, 0, SCOPE_1_ONLY));
        assertEquals(403, put(id, VIEWER, 0, SCOPE_1_ONLY));
        assertEquals(403, put(id, APPROVER, 0, SCOPE_1_ONLY));
        given().auth().oauth2(Tokens.withoutTenant("x", "viewer")).get("/api/inventories/{id}", id).then()
                .statusCode(403);
        given().auth().oauth2(VIEWER).get("/api/inventories/{id}", id).then().body("revision", equalTo(0));
    }

    @Test
    void duplicateAndPoisonEventsDoNotStopTheConsumer() {
        UUID id = UUID.randomUUID();
        var opened = new DeclarationOpened(id, SubjectType.ORGANISATION, "Acme", "b", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), ClaimStandard.PAS_2060);
        CloudEvent event = Events.envelope(EventType.DECLARATION_OPENED, "/test", TENANT, id, opened);
        TestKafka.send(Topics.DISCLOSURE, id.toString(), "{ this is not an event");
        TestKafka.send(Topics.DISCLOSURE, id.toString(), org.carbonneutral.contracts.json.Json.write(event));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/inventories/{id}", id).then().statusCode(200));
        assertEquals(200, put(id, PREPARER, 0, SCOPE_1_ONLY));
        // the same event again: nothing changes (the part is not reset)
        TestKafka.send(Topics.DISCLOSURE, id.toString(), org.carbonneutral.contracts.json.Json.write(event));
        UUID marker = open(SubjectType.ORGANISATION, "after the duplicate");
        given().auth().oauth2(VIEWER).get("/api/inventories/{id}", id).then().body("revision", equalTo(1))
                .body("claimStandard", equalTo("PAS_2060"));
        assertTrue(marker != null);
        var dead = TestKafka.readRaw("disclosure.events.dlq.inventory-service", id.toString(), Duration.ofSeconds(30),
                l -> !l.isEmpty());
        assertEquals("{ this is not an event", dead.get(0).value());
    }

    @Test
    void openApiDescribesEveryOperationWithTheConcreteContent() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/inventories/{declarationId}'.put.summary", equalTo("Replace the content"))
                .body("paths.'/api/inventories/{declarationId}'.put.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/InventoryContent"))
                .body("paths.'/api/inventories/{declarationId}/approval'.post.responses.keySet()",
                        org.hamcrest.Matchers.hasItems("200", "403", "409", "422"))
                .body("components.schemas.Activity.properties.quantity.examples[0]", equalTo(120));
        given().get("/q/swagger-ui/").then().statusCode(200);
        // every operation has a summary and its responses
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths =
                given().get("/q/openapi?format=json").then().extract().path("paths");
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            if (!java.util.Set.of("get", "put", "post", "delete").contains(method)) {
                return;
            }
            org.junit.jupiter.api.Assertions.assertNotNull(op.get("summary"), method + " " + path + " has no summary");
            org.junit.jupiter.api.Assertions.assertFalse(((java.util.Map<?, ?>) op.get("responses")).isEmpty(),
                    method + " " + path + " has no responses");
        }));
        org.junit.jupiter.api.Assertions.assertTrue(paths.keySet().containsAll(java.util.List.of(
                "/api/inventories/{declarationId}", "/api/inventories/{declarationId}/activity-uploads",
                "/api/activity-uploads/{id}", "/api/emission-factors", "/api/emission-factors/sets", "/api/rules")));
    }

    @Test
    void rulesAreListedWithTheirIds() {
        given().get("/api/rules").then().statusCode(200)
                .body("id", contains("INV-1", "INV-2", "INV-3", "INV-4", "INV-5", "INV-6", "INV-7", "INV-8", "INV-9", "INV-10"))
                .body("[2].textZh", startsWith("以組織為碳中和主體者"));
    }
}
