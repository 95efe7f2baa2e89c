package org.carbonneutral.pathway.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.DeclarationPublished;
import org.carbonneutral.contracts.events.DeclarationWithdrawn;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.platform.testing.TestEvents;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PathwayResourceTest {

    static final String TENANT = "acme";
    static final String PREPARER = Tokens.of(TENANT, "pat@acme.example", "preparer");
    static final String APPROVER = Tokens.of(TENANT, "ann@acme.example", "approver");
    static final String VIEWER = Tokens.of(TENANT, "vic@acme.example", "viewer");
    static final String PATHWAY = """
            {"baseYear":2020,"baselineTco2e":100000,"shortTermTargetYear":2030,"shortTermTargetTco2e":58000,"netZeroYear":2045,
             "targetScopes":[1,2],"scienceBasedReference":"SBTI_1_5C",
             "baselineSource":{"citation":"2020 GHG inventory, verified, statement of 2021-05-03"},
             "baselineByScope":[{"scope":1,"tco2e":70000},{"scope":2,"tco2e":30000}],
             "timeline":"First declaration 2025; yearly declarations; net zero 2045",
             "expectedCredits":[{"year":2025,"tonnes":78001,"type":"MOENV domestic offset credits"}],
             "measures":[{"name":"Heat-pump dryers","type":"ENERGY_SUBSTITUTION","scopes":[1],"sourcesAffected":["LPG dryers"],
                          "calculationBasis":"LPG use before/after","quantificationMethod":"metered LPG x MOENV factor",
                          "monitoringIndicator":"LPG kg/month","monitoringFrequency":"monthly","expectedReductionTco2e":120,
                          "status":"IMPLEMENTED","implementedOn":"2025-03-01","achievedReductionTco2e":80,
                          "startDate":"2025-03-01","evidence":{"reference":"LPG invoices and meter log Mar-Dec 2025",
                          "summary":"LPG 25.6 t against 37.9 t in Mar-Dec 2024, same output, x MOENV factor"}}]}""";

    /** "APPROVED event" for a PathwayApproved, "<action> record" for a trail record, otherwise the type. */
    private static String label(CloudEvent e) {
        if (e.type().equals(EventType.PATHWAY_APPROVED.ceType())) {
            return "APPROVED event";
        }
        return e.type().equals(EventType.PATHWAY_ACTION_RECORDED.ceType()) ? e.data().get("action").asText() + " record"
                : e.type();
    }

    static UUID open() {
        UUID id = TestEvents.declarationOpened(TENANT, SubjectType.ORGANISATION, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/pathways/{id}", id).then().statusCode(200));
        return id;
    }

    /**
     * The 2024 and 2025 declarations of one subject under {@code standard}, each with an approved inventory (2024's at
     * {@code revision2024}, 2025's at 1), once the 2025 pathway knows its inventory.
     */
    static List<UUID> twoPeriods(String tenant, ClaimStandard standard, int revision2024, InventorySnapshot y2024,
            InventorySnapshot y2025) {
        String viewer = Tokens.of(tenant, "vic@example.tw", "viewer");
        UUID first = TestEvents.declarationOpened(tenant, SubjectType.ORGANISATION, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), standard);
        TestEvents.inventoryApproved(tenant, first, revision2024, y2024);
        UUID second = TestEvents.declarationOpened(tenant, SubjectType.ORGANISATION, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), standard);
        TestEvents.inventoryApproved(tenant, second, 1, y2025);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(viewer)
                .get("/api/pathways/{id}", second).then().body("basisAvailable.inventory", equalTo(1)));
        return List.of(first, second);
    }

    @Test
    void approvalNamesTheInventoryRevisionAndCarriesTheResidual() {
        UUID id = open();
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(PATHWAY)
                .put("/api/pathways/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
        // no inventory approved yet
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/pathways/{id}/approval", id).then().statusCode(409)
                .body("type", equalTo("https://carbon-neutrality-suite.org/problems/no-approved-inventory"));
        TestEvents.inventoryApproved(TENANT, id, 3, TestEvents.organisationInventory("60000.5", "18000"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/pathways/{id}", id).then().body("basisAvailable.inventory", equalTo(3)));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/pathways/{id}/approval", id).then().statusCode(200).body("status", equalTo("APPROVED"));
        List<CloudEvent> events = TestKafka.events(Topics.PATHWAY, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.PATHWAY_APPROVED) >= 1);
        PathwayApproved approved = Events.payload(events.get(0), PathwayApproved.class);
        assertEquals(3, approved.inventoryRevision());
        // the approval is relayed before its trail record: disclosure-service publishes on the first, not after both
        List<String> order = TestKafka.readRaw(Topics.PATHWAY, id.toString(), Duration.ofSeconds(30),
                records -> records.stream().map(r -> label(Events.parse(r.value()))).anyMatch("APPROVED record"::equals))
                .stream().map(r -> label(Events.parse(r.value()))).filter(l -> l.startsWith("APPROVED")).toList();
        assertEquals(List.of("APPROVED event", "APPROVED record"), order);
        assertEquals(new BigDecimal("78000.5"), approved.snapshot().residualTco2e());
        assertEquals(2030, approved.snapshot().shortTermTargetYear());

        // revoking the inventory approval revokes the pathway approval resting on it
        TestEvents.inventoryApprovalRevoked(TENANT, id, 3, 4);
        events = TestKafka.events(Topics.PATHWAY, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.PATHWAY_APPROVAL_REVOKED) >= 1);
        assertEquals(2, events.size());
        given().auth().oauth2(VIEWER).get("/api/pathways/{id}", id).then().body("revision", equalTo(2))
                .body("status", equalTo("DRAFT")).body("basisAvailable.inventory", equalTo(null));
    }

    @Test
    void path2FindingsOnTargetsOutsideTheWindow() {
        UUID id = open();
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{\"baseYear\":2020,\"baselineTco2e\":100000,\"shortTermTargetYear\":2040,"
                        + "\"shortTermTargetTco2e\":50000,\"netZeroYear\":2060}")
                .put("/api/pathways/{id}", id).then().statusCode(200);
        given().auth().oauth2(PREPARER).post("/api/pathways/{id}/submission", id).then().statusCode(200)
                .body("findings.ruleId", contains("PATH-1", "PATH-1", "PATH-1", "PATH-2", "PATH-2", "PATH-2", "PATH-2",
                        "PATH-3", "PATH-5", "PATH-6"))
                .body("findings.field", contains("timeline", "expectedCredits", "baselineSource", "shortTermTargetYear",
                        "netZeroYear", "targetScopes", "scienceBasedReference", "shortTermTargetTco2e", "measures",
                        "bestAvailableTechniques"))
                .body("findings[7].severity", equalTo("WARN"));
    }

    @Test
    void targetBeforeBaseYearIsBadInputAndChangesNothing() {
        UUID id = open();
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{\"baseYear\":2020,\"baselineTco2e\":100000,\"shortTermTargetYear\":2019,"
                        + "\"shortTermTargetTco2e\":50000,\"netZeroYear\":2018}")
                .put("/api/pathways/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("shortTermTargetYear", "netZeroYear"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{\"baseYear\":2020}").put("/api/pathways/{id}", id).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("baselineTco2e", "shortTermTargetYear", "netZeroYear"));
        given().auth().oauth2(VIEWER).get("/api/pathways/{id}", id).then().body("revision", equalTo(0));
    }

    @Test
    void negativeReductionsUnknownScopesAndInconsistentFiguresAreBadInputAndChangeNothing() {
        UUID id = open();
        String bad = PATHWAY.replace("\"targetScopes\":[1,2]", "\"targetScopes\":[1,4]")
                .replace("\"expectedReductionTco2e\":120", "\"expectedReductionTco2e\":-120")
                .replace("\"scopes\":[1]", "\"scopes\":[0]");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0").body(bad)
                .put("/api/pathways/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("targetScopes[1]", "measures[0].expectedReductionTco2e",
                        "measures[0].scopes[0]"));
        String inconsistent = PATHWAY.replace("{\"scope\":2,\"tco2e\":30000}", "{\"scope\":2,\"tco2e\":30001}")
                .replace("\"startDate\":\"2025-03-01\"", "\"startDate\":\"2025-03-01\",\"endDate\":\"2025-02-28\"")
                .replace("\"shortTermTargetTco2e\":58000,", "");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0").body(inconsistent)
                .put("/api/pathways/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("baselineByScope", "measures[0].endDate",
                        "shortTermTargetTco2e"))
                .body("violations.find { it.field == 'baselineByScope' }.message",
                        equalTo("the scopes add up to 100001 t, not the baseline 100000 t"));
        given().auth().oauth2(VIEWER).get("/api/pathways/{id}", id).then().body("revision", equalTo(0));
        given().auth().oauth2(VIEWER).get("/api/pathways/{id}/plan", id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aReApprovedInventoryThatChangesTheResidualRevokesTheStaleApproval() {
        UUID id = open();
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0").body(PATHWAY)
                .put("/api/pathways/{id}", id).then().statusCode(200);
        TestEvents.inventoryApproved(TENANT, id, 2, TestEvents.organisationInventory("60000", "18000"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/pathways/{id}", id).then().body("basisAvailable.inventory", equalTo(2)));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/pathways/{id}/approval", id).then().statusCode(200);
        // the inventory is corrected and approved again: the residual changes, the pathway approval no longer holds
        TestEvents.inventoryApproved(TENANT, id, 4, TestEvents.organisationInventory("61000", "18000"));
        List<CloudEvent> events = TestKafka.events(Topics.PATHWAY, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.PATHWAY_APPROVAL_REVOKED) >= 1);
        assertEquals(List.of("PathwayApproved", "PathwayApprovalRevoked"), events.stream()
                .map(e -> EventType.ofCeType(e.type()).orElseThrow().payloadType().getSimpleName()).toList());
        given().auth().oauth2(VIEWER).get("/api/pathways/{id}", id).then().body("status", equalTo("DRAFT"))
                .body("revision", equalTo(2)).body("basisAvailable.inventory", equalTo(4));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":2}")
                .post("/api/pathways/{id}/approval", id).then().statusCode(200);
        events = TestKafka.events(Topics.PATHWAY, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.PATHWAY_APPROVED) >= 2);
        PathwayApproved again = Events.payload(events.get(2), PathwayApproved.class);
        assertEquals(4, again.inventoryRevision());
        assertEquals(0, new BigDecimal("79000").compareTo(again.snapshot().residualTco2e()));
        assertEquals(new BigDecimal("79000.000"), again.snapshot().trajectory().milestone());
        assertEquals(Boolean.TRUE, again.snapshot().trajectory().milestoneMet());
        assertEquals(26, again.snapshot().trajectory().targets().size());
        assertEquals("SBTI_1_5C", again.snapshot().scienceBasedReference());
        assertEquals(new BigDecimal("0.0420000000"), again.snapshot().impliedAnnualRate());
        assertEquals("Heat-pump dryers", again.snapshot().measures().get(0).name());
        assertEquals(2, again.snapshot().baselineByScope().size());
    }

    @Test
    void aLaterPeriodUnderPas2060MustReduceAgainstTheDeclaredOneAndTheBaselineComesFromItsInventory() {
        String tenant = "pas-" + UUID.randomUUID();
        String preparer = Tokens.of(tenant, "pat@example.tw", "preparer");
        String approver = Tokens.of(tenant, "ann@example.tw", "approver");
        List<UUID> periods = twoPeriods(tenant, ClaimStandard.PAS_2060, 1, TestEvents.organisationInventory("70000", "20000"),
                TestEvents.organisationInventory("72000", "18000"));
        UUID first = periods.get(0);
        UUID second = periods.get(1);
        // base year 2024 taken from the first declaration's approved inventory (90,000 t), target 2030 −4.2 %/yr × 6
        String pathway = PATHWAY.replace("\"baseYear\":2020,\"baselineTco2e\":100000", "\"baseYear\":2024,\"baselineTco2e\":90000")
                .replace("\"shortTermTargetTco2e\":58000", "\"shortTermTargetTco2e\":67320")
                .replace("\"baselineSource\":{\"citation\":\"2020 GHG inventory, verified, statement of 2021-05-03\"}",
                        "\"baselineSource\":{\"inventoryDeclarationId\":\"" + first + "\"}")
                .replace("\"baselineByScope\":[{\"scope\":1,\"tco2e\":70000},{\"scope\":2,\"tco2e\":30000}],",
                        "\"bestAvailableTechniques\":[{\"technique\":\"Heat recovery on the kiln exhaust\","
                                + "\"appliedAt\":\"Hsinchu plant, kilns 1-3\",\"appliedSince\":\"2024-05-01\","
                                + "\"whyNoFurtherActionNow\":\"the remaining kilns have no electric alternative yet\"}],");
        given().auth().oauth2(preparer).contentType(ContentType.JSON).header("If-Match", "0").body(pathway)
                .put("/api/pathways/{id}", second).then().statusCode(200);
        // the 2024 declaration was never published: 2025 counts as the first declared period
        given().auth().oauth2(preparer).post("/api/pathways/{id}/submission", second).then().statusCode(200)
                .body("findings", hasSize(0));

        TestKafka.publish(EventType.DECLARATION_PUBLISHED, tenant, first, new DeclarationPublished(first, 1, "e".repeat(64),
                1, 1, 1, OffsetDateTime.now(), "/public/declarations/" + first));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(preparer)
                .post("/api/pathways/{id}/submission", second).then().statusCode(200)
                .body("findings.ruleId", contains("PATH-7")).body("findings[0].severity", equalTo("BLOCK")));
        given().auth().oauth2(approver).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/pathways/{id}/approval", second).then().statusCode(422);
        given().auth().oauth2(preparer).get("/api/pathways/{id}/plan", second).then().statusCode(200)
                .body("previousDeclaredPeriod.declarationId", equalTo(first.toString()))
                .body("baselineSource.inventoryRevision", equalTo(1))
                .body("baselineByScope.scope", contains(1, 2, 3)).body("baselineByScope[0].tco2e", equalTo(70000))
                .body("trajectory.actuals.year", contains(2024, 2025))
                .body("trajectory.milestone", equalTo(86220.0f))
                .body("trajectory.milestoneMet", equalTo(false));

        // the first declaration withdrawn: no declared period before 2025 any more
        TestKafka.publish(EventType.DECLARATION_WITHDRAWN, tenant, first, new DeclarationWithdrawn(first, 1,
                "inventory approval revoked", OffsetDateTime.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(preparer)
                .post("/api/pathways/{id}/submission", second).then().statusCode(200).body("findings", hasSize(0)));
    }
}
