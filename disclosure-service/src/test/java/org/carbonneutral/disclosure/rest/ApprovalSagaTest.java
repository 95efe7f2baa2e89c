package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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
import java.math.BigDecimal;
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
import org.carbonneutral.contracts.events.InventoryApprovalRevoked;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.OffsetsSnapshot;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.platform.testing.TestEvents;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The approval saga on the real broker and database: publish only for a consistent set of approvals, once. */
@QuarkusTest
public class ApprovalSagaTest {

    static final String TENANT = "acme";
    static final String PREPARER = Tokens.of(TENANT, "pat@acme.example", "preparer");
    static final String VIEWER = Tokens.of(TENANT, "vic@acme.example", "viewer");

    @Inject
    Pool pool;

    public static final String PROFILE = """
            {"company":{"name":"Acme Taiwan Co., Ltd.","businessNumber":"12345678","address":"No. 1, Sec. 1, Zhongxiao W. Rd., Taipei",
                        "industry":"Electronic components","listed":true,"article21Emitter":false},
             "processesAndProducts":"Passive components: design, sintering, assembly",
             "commitment":{"signedBy":"Lin Mei-Hua","title":"Chairperson","statement":"We will be carbon neutral every year and net zero by 2045.",
                           "date":"2025-01-15"},
             "planOwner":{"name":"Chen Wei","title":"ESG manager","email":"esg@acme.example","phone":"+886-2-1234-5678"},
             "team":[{"name":"Chen Wei","role":"Plan owner","department":"ESG office"},
                     {"name":"Wang Li","role":"Inventory lead","department":"Plant engineering"}],
             "outlook":"Rooftop solar on all plants by 2027; electrified kilns by 2030."}""";

    static UUID open() {
        UUID id = UUID.fromString(given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body("""
                {"subjectType":"ORGANISATION","subjectName":"Acme Taiwan Co., Ltd.","boundary":"Operational control, all Taiwan sites",
                 "periodStart":"2025-01-01","periodEnd":"2025-12-31","claimStandard":"ISO_14068_1"}""")
                .post("/api/declarations").then().statusCode(201).extract().path("id"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(PROFILE).put("/api/declarations/{id}/profile", id)
                .then().statusCode(200);
        return id;
    }

    public static CloudEvent inventory(UUID id, int revision) {
        return Events.envelope(EventType.INVENTORY_APPROVED, "/inventory-service", TENANT, id, new InventoryApproved(id,
                revision, "a".repeat(64), "ann", OffsetDateTime.now(), List.of(),
                TestEvents.organisationInventory("1250.5", "948.0" + revision)));
    }

    public static CloudEvent pathway(UUID id, int revision, int inventoryRevision) {
        return Events.envelope(EventType.PATHWAY_APPROVED, "/pathway-service", TENANT, id, new PathwayApproved(id, revision,
                inventoryRevision, "b".repeat(64), "ann", OffsetDateTime.now(), List.of(),
                new PathwaySnapshot(2020, new BigDecimal("3000"), List.of(), new PathwaySnapshot.BaselineSource(null, null,
                        "2020 inventory"), List.of(1, 2), "SBTI_1_5C", new BigDecimal("0.042"), 2031, new BigDecimal("1800"),
                        new BigDecimal("0.0363636364"), null, 2045, "net zero 2045",
                        List.of(new PathwaySnapshot.ExpectedCredits(2025, new BigDecimal("2199"), "MOENV offset credits")),
                        new PathwaySnapshot.Trajectory("ABSOLUTE", "tCO2e", List.of(
                                new PathwaySnapshot.YearValue(2020, new BigDecimal("3000.000")),
                                new PathwaySnapshot.YearValue(2031, new BigDecimal("1800.000")),
                                new PathwaySnapshot.YearValue(2045, new BigDecimal("0.000"))),
                                List.of(new PathwaySnapshot.YearValue(2025, new BigDecimal("2198.500"))), 2025,
                                new BigDecimal("2454.545"), new BigDecimal("2198.500"), true),
                        List.of(new PathwaySnapshot.MeasureResult("Heat-pump dryers", "ENERGY_SUBSTITUTION", List.of(1),
                                List.of("LPG dryers"), null, null, new BigDecimal("120"), new BigDecimal("80"), null,
                                "LPG before/after", "metered LPG x MOENV factor", "LPG kg/month", "monthly", "IN_PROGRESS",
                                LocalDate.of(2025, 3, 1), null)), null, null,
                        new BigDecimal("2198.5"), BigDecimal.ZERO, new BigDecimal("2198.5"))));
    }

    public static CloudEvent offsets(UUID id, int revision, int inventoryRevision) {
        return offsets(id, revision, inventoryRevision, 1);
    }

    /** Credits approved against {@code inventoryRevision} after pathway revision {@code pathwayRevision}. */
    public static CloudEvent offsets(UUID id, int revision, int inventoryRevision, Integer pathwayRevision) {
        return Events.envelope(EventType.OFFSETS_APPROVED, "/offset-service", TENANT, id, new OffsetsApproved(id, revision,
                inventoryRevision, "c".repeat(64), "ann", OffsetDateTime.now(), List.of(),
                new OffsetsSnapshot(new BigDecimal("2198.5"), new BigDecimal("2198.5"), new BigDecimal("100.00"), 2199, 2199, pathwayRevision,
                        List.of(new OffsetsSnapshot.RetirementLine("MOENV", "TW-2-1-030172798-030174996-00-00-A0000070",
                                "TW", 30172798, 30174996, 2199, 2023, LocalDate.of(2024, 5, 20), LocalDate.of(2026, 3, 1),
                                "Acme Taiwan", "Carbon neutrality 2025", "https://ghgregistry.moenv.gov.tw/", true,
                                new OffsetsSnapshot.ProjectLine("A0000070", "Boiler fuel switch", "REDUCTION", null,
                                        "OFFSET_PROJECT", "AMS-III.B", "Kaohsiung", "Acme Energy", List.of(), true, "SGS Taiwan",
                                        true, false, List.of()))),
                        List.of())));
    }

    static CloudEvent inventoryRevoked(UUID id, int revoked, int current) {
        return Events.envelope(EventType.INVENTORY_APPROVAL_REVOKED, "/inventory-service", TENANT, id,
                new InventoryApprovalRevoked(id, revoked, current, "activity data corrected", OffsetDateTime.now()));
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

    /** Waits until the saga has applied what it was sent (the part states say so), then a little longer. */
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
        deliver(inventory(id, 1));
        deliver(pathway(id, 1, 1));
        deliver(offsets(id, 1, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/public/declarations/{id}", id)
                .then().statusCode(200).body("status", equalTo("PUBLISHED")));
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
        deliver(inventory(id, 1));
        deliver(pathway(id, 1, 1));
        deliver(offsets(id, 1, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/public/declarations/{id}", id)
                .then().statusCode(200));
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
