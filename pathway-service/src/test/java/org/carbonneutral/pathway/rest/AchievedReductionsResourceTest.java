package org.carbonneutral.pathway.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.platform.testing.TestEvents;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A claim that says no more than the evidence: planned measures (PATH-5), the base year (PATH-6), a cited baseline checked
 * against the suite's approved inventory of the base year (PATH-1).
 */
@QuarkusTest
class AchievedReductionsResourceTest {

    static final String PREPARER = PathwayResourceTest.PREPARER;
    static final String APPROVER = PathwayResourceTest.APPROVER;
    static final String VIEWER = PathwayResourceTest.VIEWER;
    static final String ACHIEVED = "\"status\":\"IMPLEMENTED\",\"implementedOn\":\"2025-03-01\",\"achievedReductionTco2e\":80,";

    static UUID withInventory() {
        UUID id = PathwayResourceTest.open();
        TestEvents.inventoryApproved(PathwayResourceTest.TENANT, id, 1, TestEvents.organisationInventory("60000.5", "18000"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/pathways/{id}", id).then().body("basisAvailable.inventory", equalTo(1)));
        return id;
    }

    static void put(UUID id, int revision, String body) {
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"" + revision + "\"").body(body)
                .put("/api/pathways/{id}", id).then().statusCode(200);
    }

    @Test
    void aFirstDeclarationWithOnlyPlannedMeasuresIsRefused() {
        UUID id = withInventory();
        String planned = PathwayResourceTest.PATHWAY.replace(ACHIEVED, "\"status\":\"PLANNED\",")
                .replaceAll(",\"evidence\":\\{[^}]*}", "");
        put(id, 0, planned);
        given().auth().oauth2(PREPARER).post("/api/pathways/{id}/submission", id).then().statusCode(200)
                .body("findings.ruleId", contains("PATH-5")).body("findings[0].field", equalTo("measures"))
                .body("findings[0].severity", equalTo("BLOCK"))
                .body("findings[0].messageEn", containsString("Planned measures and expected reductions do not count"));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/pathways/{id}/approval", id).then().statusCode(422);
        // a planned measure claiming an achieved reduction is bad input, and changes nothing
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(planned.replace("\"expectedReductionTco2e\":120", "\"expectedReductionTco2e\":120,\"achievedReductionTco2e\":80"))
                .put("/api/pathways/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("measures[0].achievedReductionTco2e"));
        given().auth().oauth2(VIEWER).get("/api/pathways/{id}", id).then().body("revision", equalTo(1));
    }

    @Test
    void onTheBaseYearNoMilestoneIsMetAndACitedBaselineMatchesTheApprovedInventory() {
        UUID id = withInventory();
        String baseYear2025 = PathwayResourceTest.PATHWAY.replace("\"baseYear\":2020", "\"baseYear\":2025");
        put(id, 0, baseYear2025);
        given().auth().oauth2(PREPARER).post("/api/pathways/{id}/submission", id).then().statusCode(200)
                .body("findings.ruleId", contains("PATH-1", "PATH-6"))
                .body("findings.field", contains("baselineTco2e", "bestAvailableTechniques"))
                .body("findings[0].messageEn", containsString("100000"))
                .body("findings[0].messageEn", containsString("78000.5"));

        String evidenced = baseYear2025.replace("\"baselineTco2e\":100000", "\"baselineTco2e\":78000.5")
                .replace("{\"scope\":1,\"tco2e\":70000},{\"scope\":2,\"tco2e\":30000}",
                        "{\"scope\":1,\"tco2e\":60000.5},{\"scope\":2,\"tco2e\":18000}")
                .replace("\"timeline\"", "\"bestAvailableTechniques\":[{\"technique\":\"Heat recovery on the kiln exhaust\","
                        + "\"appliedAt\":\"Hsinchu plant, kilns 1-3\",\"appliedSince\":\"2024-05-01\",\"whyNoFurtherActionNow\":"
                        + "\"no electric kiln reaches 1,100 °C at this throughput; re-assessed 2027\"}],\"timeline\"");
        put(id, 1, evidenced.replace("\"appliedSince\":\"2024-05-01\",", ""));
        given().auth().oauth2(PREPARER).post("/api/pathways/{id}/submission", id).then().statusCode(200)
                .body("findings.field", contains("bestAvailableTechniques[0].appliedSince"));
        put(id, 2, evidenced);
        given().auth().oauth2(PREPARER).post("/api/pathways/{id}/submission", id).then().statusCode(200)
                .body("findings", hasSize(0));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":3}")
                .post("/api/pathways/{id}/approval", id).then().statusCode(200);
        List<CloudEvent> events = TestKafka.events(Topics.PATHWAY, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.PATHWAY_APPROVED) >= 1);
        PathwaySnapshot s = events.stream().filter(e -> e.type().endsWith("PathwayApproved")).findFirst()
                .map(e -> Events.payload(e, PathwayApproved.class).snapshot()).orElseThrow();
        assertEquals(new BigDecimal("80.000"), s.achievedReductionsTco2e());
        assertEquals(Boolean.TRUE, s.measures().get(0).counted());
        assertEquals("LPG invoices and meter log Mar-Dec 2025", s.measures().get(0).evidenceReference());
        assertEquals("Hsinchu plant, kilns 1-3", s.bestAvailableTechniquesApplied().get(0).appliedAt());
        assertEquals(Boolean.TRUE, s.baselineCheck().matches());
        assertEquals(id, s.baselineCheck().inventoryDeclarationId());
        assertNull(s.trajectory().milestoneMet());
    }

    @Test
    void aCitedBaselineIsCheckedAgainstAnotherPeriodsApprovedInventoryOfTheBaseYear() {
        String tenant = "cited-" + UUID.randomUUID();
        String preparer = Tokens.of(tenant, "pat@example.tw", "preparer");
        List<UUID> periods = PathwayResourceTest.twoPeriods(tenant, ClaimStandard.ISO_14068_1, 2,
                TestEvents.organisationInventory("70000", "20000"), TestEvents.organisationInventory("60000", "18000"));
        UUID first = periods.get(0);
        UUID second = periods.get(1);
        // a baseline of 2024 cited at 95,000 t, while the suite holds 2024's approved inventory at 90,000 t
        String cited = PathwayResourceTest.PATHWAY.replace("\"baseYear\":2020,\"baselineTco2e\":100000",
                        "\"baseYear\":2024,\"baselineTco2e\":95000").replace("\"shortTermTargetTco2e\":58000",
                        "\"shortTermTargetTco2e\":70000")
                .replace("{\"scope\":1,\"tco2e\":70000},{\"scope\":2,\"tco2e\":30000}",
                        "{\"scope\":1,\"tco2e\":75000},{\"scope\":2,\"tco2e\":20000}");
        given().auth().oauth2(preparer).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(cited)
                .put("/api/pathways/{id}", second).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(preparer)
                .post("/api/pathways/{id}/submission", second).then().statusCode(200)
                .body("findings.ruleId", contains("PATH-1")).body("findings[0].field", equalTo("baselineTco2e"))
                .body("findings[0].severity", equalTo("BLOCK"))
                .body("findings[0].messageEn", containsString("95000"))
                .body("findings[0].messageEn", containsString("90000"))
                .body("findings[0].messageEn", containsString(first.toString())));
        given().auth().oauth2(preparer).get("/api/pathways/{id}/plan", second).then().statusCode(200)
                .body("baselineCheck.inventoryDeclarationId", equalTo(first.toString()))
                .body("baselineCheck.inventoryRevision", equalTo(2)).body("baselineCheck.matches", equalTo(false));
    }
}
