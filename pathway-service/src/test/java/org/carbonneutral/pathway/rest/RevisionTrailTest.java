package org.carbonneutral.pathway.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.carbonneutral.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

/** Every revision stays readable and every action is in the trail with its actor; the database keeps them for good. */
@QuarkusTest
class RevisionTrailTest {

    static final String PREPARER = PathwayResourceTest.PREPARER;
    static final String APPROVER = PathwayResourceTest.APPROVER;
    static final String VIEWER = PathwayResourceTest.VIEWER;

    static void put(UUID id, int revision, String body) {
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"" + revision + "\"").body(body)
                .put("/api/pathways/{id}", id).then().statusCode(200);
    }

    @Test
    void revisionOneIsReadableAfterRevisionThreeAndTheTrailNamesEveryActor() throws Exception {
        UUID id = PathwayResourceTest.open();
        put(id, 0, PathwayResourceTest.PATHWAY);
        put(id, 1, PathwayResourceTest.PATHWAY.replace("yearly declarations", "yearly declarations each June"));
        put(id, 2, PathwayResourceTest.PATHWAY.replace("yearly declarations", "yearly declarations each March")
                .replace("Heat-pump dryers", "Heat-pump dryers, line 2"));

        given().auth().oauth2(VIEWER).get("/api/pathways/{id}/revisions/1", id).then().statusCode(200)
                .body("revision", equalTo(1)).body("createdBy", equalTo("pat@acme.example"))
                .body("content.shortTermTargetTco2e", equalTo(58000)).body("content.netZeroYear", equalTo(2045));
        given().auth().oauth2(VIEWER).get("/api/pathways/{id}/revisions", id).then().statusCode(200)
                .body("revision", contains(1, 2, 3)).body("cause", contains("content replaced", "content replaced",
                        "content replaced")).body("content", contains(nullValue(), nullValue(), nullValue()));
        given().auth().oauth2(VIEWER).queryParam("from", 1).queryParam("to", 3).get("/api/pathways/{id}/diff", id)
                .then().statusCode(200).body("operations", hasSize(2))
                .body("operations.path", contains("/measures/0/name", "/timeline"))
                .body("operations.op", contains("replace", "replace"))
                .body("operations.value", contains("Heat-pump dryers, line 2",
                        "First declaration 2025; yearly declarations each March; net zero 2045"));
        given().auth().oauth2(VIEWER).queryParam("from", 0).queryParam("to", 1).get("/api/pathways/{id}/diff", id)
                .then().statusCode(200).body("operations[0].op", equalTo("replace")).body("operations[0].path", equalTo(""));
        given().auth().oauth2(VIEWER).get("/api/pathways/{id}/revisions/9", id).then().statusCode(404);
        given().auth().oauth2(VIEWER).queryParam("from", -1).queryParam("to", 1).get("/api/pathways/{id}/diff", id)
                .then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(PREPARER).post("/api/pathways/{id}/submission", id).then().statusCode(200);
        TestEvents.inventoryApproved("acme", id, 2, TestEvents.organisationInventory("60000.5", "18000"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/pathways/{id}", id).then().body("basisAvailable.inventory", equalTo(2)));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":3}")
                .post("/api/pathways/{id}/approval", id).then().statusCode(200);
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"reason\":\"target re-based\"}")
                .delete("/api/pathways/{id}/approval", id).then().statusCode(200).body("revision", equalTo(4));
        // the inventory approval is revoked too: nothing stands to revoke, nothing is added
        TestEvents.inventoryApprovalRevoked("acme", id, 2, 3);

        given().auth().oauth2(VIEWER).get("/api/pathways/{id}/trail", id).then().statusCode(200)
                .body("action", contains("EDITED", "EDITED", "EDITED", "SUBMITTED", "APPROVED", "APPROVAL_REVOKED"))
                .body("actor", contains("pat@acme.example", "pat@acme.example", "pat@acme.example", "pat@acme.example",
                        "ann@acme.example", "ann@acme.example"))
                .body("revision", contains(1, 2, 3, 3, 3, 4))
                .body("[3].detail", containsString("findings"))
                .body("[4].detail", equalTo("checked against inventory revision 2"))
                .body("[5].detail", containsString("target re-based"));
        given().auth().oauth2(VIEWER).get("/api/pathways/{id}/revisions/4", id).then().statusCode(200)
                .body("cause", containsString("target re-based"))
                .body("content.measures[0].name", equalTo("Heat-pump dryers, line 2"));

        // another tenant sees none of it
        given().auth().oauth2(org.carbonneutral.platform.testing.Tokens.of("globex", "x@globex.example", "viewer"))
                .get("/api/pathways/{id}/revisions/1", id).then().statusCode(404);

        // append-only: the database refuses to change or remove a recorded revision or action
        String port = System.getenv().getOrDefault("SUITE_TEST_PG_PORT", "26432");
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/pathway", "postgres", "postgres");
                var s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "update part_revision set content = '{}' where declaration_id = '" + id + "' and revision = 1"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from part_trail where declaration_id = '" + id + "'"));
        }
    }

    @Test
    void anApprovalRevokedByAnUpstreamEventIsInTheTrailWithoutAnActor() {
        UUID id = PathwayResourceTest.open();
        put(id, 0, PathwayResourceTest.PATHWAY);
        TestEvents.inventoryApproved("acme", id, 5, TestEvents.organisationInventory("60000.5", "18000"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/pathways/{id}", id).then().body("basisAvailable.inventory", equalTo(5)));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/pathways/{id}/approval", id).then().statusCode(200);
        TestEvents.inventoryApprovalRevoked("acme", id, 5, 6);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/pathways/{id}/trail", id).then().body("action", contains("EDITED", "APPROVED",
                        "APPROVAL_REVOKED")).body("[2].actor", nullValue())
                .body("[2].detail", containsString("inventory revision 5")));
    }
}
