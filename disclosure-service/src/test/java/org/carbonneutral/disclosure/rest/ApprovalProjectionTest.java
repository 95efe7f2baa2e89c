package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carbonneutral.disclosure.ApprovalEvents.PROFILE;
import static org.carbonneutral.disclosure.ApprovalEvents.TENANT;
import static org.carbonneutral.disclosure.ApprovalEvents.inventory;
import static org.carbonneutral.disclosure.ApprovalEvents.inventoryRevoked;
import static org.carbonneutral.disclosure.ApprovalEvents.offsets;
import static org.carbonneutral.disclosure.ApprovalEvents.pathway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.DeclarationOpened;
import org.carbonneutral.contracts.events.DeclarationPublished;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.platform.testing.TestEvents;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The parts' approvals and the publication that follows them, on the real broker and database: published only for a
 * consistent set of approvals, once; withdrawn when an approval is revoked.
 */
@QuarkusTest
public class ApprovalProjectionTest {

    static final String PREPARER = Tokens.of(TENANT, "pat@acme.example", "preparer");
    static final String VIEWER = Tokens.of(TENANT, "vic@acme.example", "viewer");

    @Inject
    Pool pool;

    static UUID open() {
        UUID id = UUID.fromString(given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body("""
                {"subjectType":"ORGANISATION","subjectName":"Acme Taiwan Co., Ltd.","boundary":"Operational control, all Taiwan sites",
                 "periodStart":"2025-01-01","periodEnd":"2025-12-31","claimStandard":"ISO_14068_1"}""")
                .post("/api/declarations").then().statusCode(201).extract().path("id"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(PROFILE).put("/api/declarations/{id}/profile", id)
                .then().statusCode(200);
        return id;
    }

    static void deliver(CloudEvent event) {
        EventType type = EventType.ofCeType(event.type()).orElseThrow();
        TestKafka.send(type.topic(), event.subject(), Json.write(event));
    }

    static JsonNode declaration(UUID id) {
        return Json.read(given().auth().oauth2(VIEWER).get("/api/declarations/{id}", id).then().statusCode(200)
                .extract().asString(), JsonNode.class);
    }

    static List<CloudEvent> published(UUID id, int atLeast) {
        return TestKafka.events(Topics.DISCLOSURE, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.DECLARATION_PUBLISHED) >= atLeast).stream()
                .filter(e -> e.type().equals(EventType.DECLARATION_PUBLISHED.ceType())).toList();
    }

    /** Approves the three parts at revision 1 and waits until version 1 is published. */
    static void approveAllAndAwaitPublication(UUID id) {
        deliver(inventory(id, 1));
        deliver(pathway(id, 1, 1));
        deliver(offsets(id, 1, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/public/declarations/{id}", id)
                .then().statusCode(200).body("status", equalTo("PUBLISHED")));
    }

    /** Waits until the approvals sent are applied (the part states say so), then a little longer. */
    static void settle(UUID id, String part, int approvedRevision) throws InterruptedException {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                declaration(id).path(part).path("approvedRevision").asInt(-1) == approvedRevision);
        Thread.sleep(500);
    }

    @Test
    void approvalsInEveryOrderWithDuplicatesPublishExactlyOnce() throws Exception {
        int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        List<UUID> ids = new ArrayList<>();
        for (int[] order : orders) {
            UUID id = open();
            ids.add(id);
            CloudEvent[] events = {inventory(id, 1), pathway(id, 1, 1), offsets(id, 1, 1)};
            for (int i : order) {
                deliver(events[i]);
                deliver(events[i]); // duplicated delivery
            }
            deliver(events[order[0]]); // a late redelivery of the first
        }
        for (UUID id : ids) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/api/public/declarations/{id}", id).then().statusCode(200));
        }
        Thread.sleep(1000);
        for (UUID id : ids) {
            assertEquals(1, published(id, 1).size(), "exactly one DeclarationPublished for " + id);
            given().get("/api/public/declarations/{id}", id).then().statusCode(200)
                    .body("status", equalTo("PUBLISHED")).body("version", equalTo(1)).body("versions", hasSize(1));
            JsonNode d = declaration(id);
            assertEquals("PUBLISHED", d.path("publication").path("status").asText());
            d.path("blockers").forEach(f -> assertEquals("WARN", f.path("severity").asText(), f.toString()));
        }
    }

    @Test
    void staleOffsetsApprovalDoesNotPublishUntilReapprovedAgainstTheNewInventory() throws Exception {
        UUID id = open();
        deliver(inventory(id, 1));
        deliver(offsets(id, 1, 1));
        deliver(inventoryRevoked(id, 1, 2));
        deliver(inventory(id, 2));
        deliver(pathway(id, 1, 2));
        settle(id, "pathway", 1);
        given().get("/api/public/declarations/{id}", id).then().statusCode(404);
        JsonNode d = declaration(id);
        assertEquals("NOT_PUBLISHED", d.path("publication").path("status").asText());
        assertEquals("DIS-5", d.path("blockers").get(0).path("ruleId").asText());
        assertEquals("offsets", d.path("blockers").get(0).path("field").asText());

        deliver(offsets(id, 2, 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/public/declarations/{id}", id)
                .then().statusCode(200).body("version", equalTo(1)));
        DeclarationPublished event = Events.payload(published(id, 1).get(0), DeclarationPublished.class);
        assertEquals(2, event.inventoryRevision());
        assertEquals(1, event.pathwayRevision());
        assertEquals(2, event.offsetsRevision());
        Thread.sleep(500);
        assertEquals(1, published(id, 1).size());
    }

    @Test
    void revocationWithdrawsAndReapprovalPublishesVersion2() throws Exception {
        UUID id = open();
        approveAllAndAwaitPublication(id);
        String v1Digest = given().get("/api/public/declarations/{id}", id).then().extract().path("digest");

        deliver(inventoryRevoked(id, 1, 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/public/declarations/{id}", id)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawReason", containsString("activity data corrected")));
        given().accept("text/html").get("/public/declarations/{id}", id).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("WITHDRAWN"));
        List<CloudEvent> events = TestKafka.events(Topics.DISCLOSURE, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.DECLARATION_WITHDRAWN) >= 1);
        assertEquals(1, TestKafka.count(events, EventType.DECLARATION_WITHDRAWN));

        deliver(inventory(id, 2));
        deliver(pathway(id, 2, 2));
        deliver(offsets(id, 2, 2, 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/public/declarations/{id}", id)
                .then().statusCode(200).body("version", equalTo(2)).body("status", equalTo("PUBLISHED"))
                .body("versions", hasSize(2)).body("versions[1].digest", equalTo(v1Digest))
                .body("versions[1].withdrawnAt", org.hamcrest.Matchers.notNullValue()));
        // version 1 stays readable, withdrawn, unchanged
        given().get("/api/public/declarations/{id}?version=1", id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("digest", equalTo(v1Digest));
    }

    @Test
    void publishedContentIsImmutableAndItsDigestRecomputable() throws Exception {
        UUID id = open();
        approveAllAndAwaitPublication(id);
        String body = given().get("/api/public/declarations/{id}", id).then().extract().asString();
        JsonNode view = Json.read(body, JsonNode.class);
        assertEquals(view.path("digest").asText(), Json.sha256Hex(Json.canonical(view.path("content"))));
        assertEquals("TW-2-1-030172798-030174996-00-00-A0000070",
                view.at("/content/offsets/snapshot/retirements/0/serialNumber").asText());
        assertEquals("2198.51", view.at("/content/inventory/snapshot/totalTco2e").asText());

        Exception refused = assertThrows(Exception.class, () -> pool
                .preparedQuery("update published_declaration set content = '{}' where declaration_id = $1")
                .execute(Tuple.of(id)).await().atMost(Duration.ofSeconds(10)));
        assertEquals(true, refused.getMessage().contains("immutable (DIS-6)"), refused.getMessage());
        assertThrows(Exception.class, () -> pool.preparedQuery("delete from published_declaration where declaration_id = $1")
                .execute(Tuple.of(id)).await().atMost(Duration.ofSeconds(10)));
        given().get("/api/public/declarations/{id}", id).then().body("digest", equalTo(view.path("digest").asText()));
    }

    @Test
    void eventsOfAnotherTenantOrUnknownDeclarationChangeNothing() throws Exception {
        UUID id = open();
        CloudEvent foreign = Events.envelope(EventType.INVENTORY_APPROVED, "/inventory-service", "globex", id,
                new InventoryApproved(id, 1, "a".repeat(64), "x", OffsetDateTime.now(), List.of(),
                        TestEvents.organisationInventory("1", "1")));
        deliver(foreign);
        deliver(inventory(UUID.randomUUID(), 1));
        deliver(pathway(id, 1, 1));
        settle(id, "pathway", 1);
        assertEquals(-1, declaration(id).path("inventory").path("approvedRevision").asInt(-1));
        var dead = TestKafka.readRaw("inventory.events.dlq.disclosure-service", id.toString(), Duration.ofSeconds(30),
                l -> !l.isEmpty());
        assertEquals(foreign.id(), Events.parse(dead.get(0).value()).id());
    }

    @Test
    void openingEmitsDeclarationOpened() {
        UUID id = open();
        List<CloudEvent> events = TestKafka.events(Topics.DISCLOSURE, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.DECLARATION_OPENED) >= 1);
        DeclarationOpened opened = Events.payload(events.get(0), DeclarationOpened.class);
        assertEquals(LocalDate.of(2025, 12, 31), opened.periodEnd());
        assertEquals("Acme Taiwan Co., Ltd.", opened.subjectName());
        assertEquals(TENANT, events.get(0).tenant());
        assertEquals(id.toString(), events.get(0).subject());
    }
}
