package org.carbonneutral.offset.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
import org.carbonneutral.contracts.events.OffsetsApprovalRevoked;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.platform.testing.TestEvents;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OffsetsResourceTest {

    static final String TENANT = "acme";
    static final String PREPARER = Tokens.of(TENANT, "pat@acme.example", "preparer");
    static final String APPROVER = Tokens.of(TENANT, "ann@acme.example", "approver");
    static final String VIEWER = Tokens.of(TENANT, "vic@acme.example", "viewer");

    static final String CREDITS = """
            {"retirements":[
              {"registry":"MOENV","serialNumber":"TW-2-1-030172798-030173019-00-00-A0000070","projectName":"Boiler fuel switch",
               "quantity":222,"vintageYear":2023,"retiredOn":"2025-06-30","publicReference":"https://ghgregistry.moenv.gov.tw/"},
              {"registry":"MOENV","serialNumber":"TW-2-2-023900288-023900342-00-00-B0000083","quantity":55,
               "vintageYear":2022,"retiredOn":"2025-07-01"}]}""";

    static UUID openWithInventory(String scope1, String scope2) {
        UUID id = TestEvents.declarationOpened(TENANT, SubjectType.ORGANISATION, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), ClaimStandard.ISO_14068_1);
        TestEvents.inventoryApproved(TENANT, id, 1, TestEvents.organisationInventory(scope1, scope2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/offsets/{id}", id).then().statusCode(200).body("inventoryRevisionAvailable", equalTo(1)));
        return id;
    }

    static void put(UUID id, int ifMatch, String body, int status) {
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"" + ifMatch + "\"")
                .body(body).put("/api/offsets/{id}", id).then().statusCode(status);
    }

    static void approve(UUID id, int revision, int status) {
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":" + revision + "}")
                .post("/api/offsets/{id}/approval", id).then().statusCode(status);
    }

    @Test
    void creditsCoveringTheResidualAreApprovedAgainstTheInventoryRevision() {
        // residual 276.400 t → 277 whole credits; 222 + 55 = 277
        UUID id = openWithInventory("176.4", "100");
        put(id, 0, CREDITS, 200);
        given().auth().oauth2(PREPARER).post("/api/offsets/{id}/submission", id).then().statusCode(200)
                .body("findings", hasSize(0));
        approve(id, 1, 200);
        List<CloudEvent> events = TestKafka.events(Topics.OFFSET, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.OFFSETS_APPROVED) >= 1);
        OffsetsApproved approved = Events.payload(events.get(0), OffsetsApproved.class);
        assertEquals(1, approved.inventoryRevision());
        assertEquals(1, approved.revision());
        assertEquals(277, approved.snapshot().requiredTonnes());
        assertEquals(277, approved.snapshot().retiredTonnes());
        assertEquals("2025-06-30", approved.snapshot().retirements().get(0).retiredOn().toString());

        // a newer inventory approval makes this approval stale: revoked, new revision
        TestEvents.inventoryApproved(TENANT, id, 2, TestEvents.organisationInventory("176.4", "100.6"));
        events = TestKafka.events(Topics.OFFSET, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.OFFSETS_APPROVAL_REVOKED) >= 1);
        OffsetsApprovalRevoked revoked = Events.payload(events.get(1), OffsetsApprovalRevoked.class);
        assertEquals(1, revoked.revokedRevision());
        assertEquals(2, revoked.currentRevision());
        // the residual is now 277.000 → still 277 credits: re-approval against inventory revision 2
        approve(id, 2, 200);
        given().auth().oauth2(VIEWER).get("/api/offsets/{id}", id).then().body("approval.inventoryRevision", equalTo(2));
    }

    @Test
    void shortfallVintageAndTimingBlockApproval() {
        UUID id = openWithInventory("300", "0.5");
        put(id, 0, """
                {"retirements":[{"registry":"Verra","serialNumber":"VCS-1","quantity":100,"vintageYear":2018,
                  "retiredOn":"2026-01-01"}]}""", 200);
        given().auth().oauth2(PREPARER).post("/api/offsets/{id}/submission", id).then().statusCode(200)
                .body("findings.ruleId", contains("OFF-1", "OFF-4", "OFF-5"));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/offsets/{id}/approval", id).then().statusCode(422)
                .contentType("application/problem+json").body("findings.ruleId", hasItem("OFF-5"));
    }

    @Test
    void approvalNeedsAnApprovedInventory() {
        UUID id = openWithInventory("10", "10");
        TestEvents.inventoryApprovalRevoked(TENANT, id, 1, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/offsets/{id}", id).then().body("inventoryRevisionAvailable", equalTo(null)));
        put(id, 0, CREDITS, 200);
        approve(id, 1, 409);
    }

    @Test
    void malformedInputIsAProblemAndChangesNothing() {
        UUID id = openWithInventory("10", "10");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{\"retirements\":[{\"registry\":\"MOENV\",\"serialNumber\":\"x\",\"quantity\":0,"
                        + "\"vintageYear\":2023,\"retiredOn\":\"2025-13-45\"}]}")
                .put("/api/offsets/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("retirements[0].retiredOn"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{\"retirements\":[{\"registry\":\"MOENV\",\"serialNumber\":\"x\",\"quantity\":0,"
                        + "\"vintageYear\":2023,\"retiredOn\":\"2025-01-01\"}]}")
                .put("/api/offsets/{id}", id).then().statusCode(400)
                .body("violations.field", contains("retirements[0].quantity"));
        given().auth().oauth2(VIEWER).get("/api/offsets/{id}", id).then().body("revision", equalTo(0));
        given().auth().oauth2(Tokens.of("globex", "g", "viewer")).get("/api/offsets/{id}", id).then().statusCode(404);
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(VIEWER).get("/api/offsets/{id}", unknown).then().statusCode(404);
    }
}
