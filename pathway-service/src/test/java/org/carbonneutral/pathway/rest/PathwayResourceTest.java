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
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.Topics;
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
             "timeline":"First declaration 2025; yearly declarations; net zero 2045",
             "expectedCredits":[{"year":2025,"tonnes":78001,"type":"MOENV domestic offset credits"}],
             "measures":[{"name":"Heat-pump dryers","type":"ENERGY_SUBSTITUTION","scopes":[1],"sourcesAffected":["LPG dryers"],
                          "calculationBasis":"LPG use before/after","quantificationMethod":"metered LPG x MOENV factor",
                          "monitoringIndicator":"LPG kg/month","monitoringFrequency":"monthly","expectedReductionTco2e":120,
                          "status":"IN_PROGRESS","startDate":"2025-03-01"}]}""";

    static UUID open() {
        UUID id = TestEvents.declarationOpened(TENANT, SubjectType.ORGANISATION, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/pathways/{id}", id).then().statusCode(200));
        return id;
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
                .get("/api/pathways/{id}", id).then().body("inventoryRevisionAvailable", equalTo(3)));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/pathways/{id}/approval", id).then().statusCode(200).body("status", equalTo("APPROVED"));
        List<CloudEvent> events = TestKafka.events(Topics.PATHWAY, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.PATHWAY_APPROVED) >= 1);
        PathwayApproved approved = Events.payload(events.get(0), PathwayApproved.class);
        assertEquals(3, approved.inventoryRevision());
        assertEquals(new BigDecimal("78000.5"), approved.snapshot().residualTco2e());
        assertEquals(2030, approved.snapshot().shortTermTargetYear());

        // revoking the inventory approval revokes the pathway approval resting on it
        TestEvents.inventoryApprovalRevoked(TENANT, id, 3, 4);
        events = TestKafka.events(Topics.PATHWAY, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.PATHWAY_APPROVAL_REVOKED) >= 1);
        assertEquals(2, events.size());
        given().auth().oauth2(VIEWER).get("/api/pathways/{id}", id).then().body("revision", equalTo(2))
                .body("status", equalTo("DRAFT")).body("inventoryRevisionAvailable", equalTo(null));
    }

    @Test
    void path2FindingsOnTargetsOutsideTheWindow() {
        UUID id = open();
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{\"baseYear\":2020,\"baselineTco2e\":100000,\"shortTermTargetYear\":2040,"
                        + "\"shortTermTargetTco2e\":50000,\"netZeroYear\":2060}")
                .put("/api/pathways/{id}", id).then().statusCode(200);
        given().auth().oauth2(PREPARER).post("/api/pathways/{id}/submission", id).then().statusCode(200)
                .body("findings.ruleId", contains("PATH-1", "PATH-1", "PATH-2", "PATH-2", "PATH-3", "PATH-5", "PATH-6"))
                .body("findings.field", contains("timeline", "expectedCredits", "shortTermTargetYear", "netZeroYear",
                        "shortTermTargetTco2e", "measures", "batJustification"))
                .body("findings[4].severity", equalTo("WARN"));
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
                .body("violations", hasSize(4));
        given().auth().oauth2(VIEWER).get("/api/pathways/{id}", id).then().body("revision", equalTo(0));
    }
}
