package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.events.InventoryActionRecorded;
import org.carbonneutral.contracts.events.OffsetsActionRecorded;
import org.carbonneutral.contracts.events.PathwayActionRecorded;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The declaration's trail merges its parts' actions with its own, in time order, and keeps them for good. */
@QuarkusTest
class DeclarationTrailTest {

    static final String PREPARER = DeclarationResourceTest.PREPARER;
    static final String VIEWER = DeclarationResourceTest.VIEWER;

    @Test
    void partsAndDeclarationActionsInTimeOrderWithTheirActors() throws Exception {
        UUID id = UUID.fromString(given().auth().oauth2(PREPARER).contentType(ContentType.JSON)
                .body(DeclarationResourceTest.VALID).post("/api/declarations").then().statusCode(201).extract().path("id"));
        OffsetDateTime t = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1);
        // published out of time order, across three topics: the trail orders them by when they happened
        TestKafka.publish(EventType.PATHWAY_ACTION_RECORDED, "initech", id,
                new PathwayActionRecorded(id, 1, "EDITED", "pat@initech.example", t.plusSeconds(3), "content replaced"));
        TestKafka.publish(EventType.INVENTORY_ACTION_RECORDED, "initech", id,
                new InventoryActionRecorded(id, 1, "EDITED", "pat@initech.example", t.plusSeconds(1), "content replaced"));
        TestKafka.publish(EventType.INVENTORY_ACTION_RECORDED, "initech", id,
                new InventoryActionRecorded(id, 1, "APPROVED", "ann@initech.example", t.plusSeconds(2), ""));
        TestKafka.publish(EventType.OFFSETS_ACTION_RECORDED, "initech", id,
                new OffsetsActionRecorded(id, 2, "APPROVAL_REVOKED", null, t.plusSeconds(4),
                        "revision 1: the approval of inventory revision 1 it was checked against was revoked: corrected"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON)
                .body(org.carbonneutral.disclosure.ApprovalEvents.PROFILE).put("/api/declarations/{id}/profile", id).then()
                .statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/declarations/{id}/trail", id).then().statusCode(200)
                .body("part", contains("declaration", "declaration", "inventory", "inventory", "pathway", "offsets"))
                .body("action", contains("OPENED", "PROFILE_UPDATED", "EDITED", "APPROVED", "EDITED", "APPROVAL_REVOKED"))
                .body("actor", contains(equalTo("pat@initech.example"), equalTo("pat@initech.example"),
                        equalTo("pat@initech.example"), equalTo("ann@initech.example"), equalTo("pat@initech.example"),
                        nullValue()))
                .body("[5].detail", containsString("corrected"))
                .body("[0].detail", containsString("PAS_2060")));
        given().auth().oauth2(Tokens.of("other", "o@other.example", "viewer")).get("/api/declarations/{id}/trail", id)
                .then().statusCode(404).contentType("application/problem+json");

        String port = System.getenv().getOrDefault("SUITE_TEST_PG_PORT", "26432");
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/disclosure", "postgres",
                "postgres"); var s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update declaration_trail set actor = 'someone else' "
                    + "where declaration_id = '" + id + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from declaration_trail where declaration_id = '"
                    + id + "'"));
        }
        given().auth().oauth2(VIEWER).get("/api/declarations/{id}/trail", id).then().body("actor[3]",
                equalTo("ann@initech.example"));
    }
}
