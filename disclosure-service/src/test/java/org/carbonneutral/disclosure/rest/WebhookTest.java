package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carbonneutral.disclosure.ApprovalEvents.PROFILE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.ApprovalEvents;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end on the real database and broker, to real HTTP receivers on loopback: signed deliveries of the
 * parts' approvals and of publications, retries until the receiver recovers, disabling after persistent failure,
 * manual redelivery, secret rotation, the target rule, bad input and tenant isolation.
 */
@QuarkusTest
public class WebhookTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    /** A tenant of its own per test, so no other test's events reach its endpoints. */
    record Tenant(String name, String preparer) {
        static Tenant fresh() {
            String name = "hooks-" + UUID.randomUUID().toString().substring(0, 8);
            return new Tenant(name, Tokens.of(name, "pat@" + name + ".example", "preparer"));
        }
    }

    private static Response register(Tenant t, String url, String... types) {
        return given().auth().oauth2(t.preparer()).contentType(ContentType.JSON)
                .body(Json.write(java.util.Map.of("url", url, "eventTypes", List.of(types), "description", "ESG platform")))
                .post("/api/webhooks");
    }

    private static JsonNode registered(Tenant t, String url, String... types) {
        Response r = register(t, url, types);
        r.then().statusCode(201).header("Location", containsString("/api/webhooks/" + r.path("id")))
                .body("secret", startsWith("whsec_")).body("enabled", equalTo(true));
        return Json.read(r.asString(), JsonNode.class);
    }

    private static UUID open(Tenant t) {
        UUID id = UUID.fromString(given().auth().oauth2(t.preparer()).contentType(ContentType.JSON).body("""
                {"subjectType":"ORGANISATION","subjectName":"Acme Taiwan Co., Ltd.","boundary":"Operational control",
                 "periodStart":"2025-01-01","periodEnd":"2025-12-31","claimStandard":"ISO_14068_1"}""")
                .post("/api/declarations").then().statusCode(201).extract().path("id"));
        given().auth().oauth2(t.preparer()).contentType(ContentType.JSON).body(PROFILE)
                .put("/api/declarations/{id}/profile", id).then().statusCode(200);
        return id;
    }

    /** Sends a part's event as its service would, for the tenant's declaration. */
    private static void deliver(Tenant t, CloudEvent e) {
        CloudEvent ours = new CloudEvent(e.specversion(), e.id(), e.source(), e.type(), e.subject(), e.time(),
                e.datacontenttype(), t.name(), e.data(), e.traceparent());
        TestKafka.send(EventType.ofCeType(e.type()).orElseThrow().topic(), e.subject(), Json.write(ours));
    }

    private static JsonNode deliveries(Tenant t, String endpoint) {
        return Json.read(given().auth().oauth2(t.preparer()).get("/api/webhooks/{id}/deliveries", endpoint).then()
                .statusCode(200).extract().asString(), JsonNode.class);
    }

    private static JsonNode endpoint(Tenant t, String endpoint) {
        return Json.read(given().auth().oauth2(t.preparer()).get("/api/webhooks/{id}", endpoint).then().statusCode(200)
                .extract().asString(), JsonNode.class);
    }

    private static JsonNode body(HookReceiver.Received r) {
        return Json.read(r.body(), JsonNode.class);
    }

    @Test
    void publicationAndApprovalsAreDeliveredSignedPerStandardWebhooks() throws Exception {
        Tenant t = Tenant.fresh();
        try (HookReceiver receiver = new HookReceiver(204)) {
            JsonNode e = registered(t, receiver.url(), "part.approved", "declaration.published");
            String secret = e.path("secret").asText();
            given().auth().oauth2(t.preparer()).get("/api/webhooks/{id}", e.path("id").asText()).then().statusCode(200)
                    .body("secret", nullValue()).body("eventTypes", hasSize(2)).header("ETag", notNullValue());
            UUID id = open(t);
            deliver(t, ApprovalEvents.inventory(id, 1));
            deliver(t, ApprovalEvents.pathway(id, 1, 1));
            deliver(t, ApprovalEvents.offsets(id, 1, 1));
            await().atMost(WAIT).until(() -> receiver.received().stream()
                    .anyMatch(r -> body(r).path("type").asText().equals("declaration.published")));
            await().atMost(WAIT).until(() -> receiver.received().size() >= 4);
            List<HookReceiver.Received> all = receiver.received();
            assertEquals(4, all.size(), "three approvals and one publication: " + all);
            for (HookReceiver.Received r : all) {
                assertTrue(HookReceiver.signedWith(r, secret), "signature verifies: " + r);
                assertTrue(r.id().startsWith("msg_"), r.id());
                assertTrue(Math.abs(OffsetDateTime.now().toEpochSecond() - Long.parseLong(r.timestamp())) < 60);
                assertEquals("application/json", r.contentType());
                assertEquals(1, r.signature().split(" ").length, "one secret, one signature");
                assertEquals(id.toString(), body(r).path("data").path("declarationId").asText());
            }
            HookReceiver.Received published = all.stream()
                    .filter(r -> body(r).path("type").asText().equals("declaration.published")).findFirst().orElseThrow();
            JsonNode data = body(published).path("data");
            assertEquals(1, data.path("version").asInt());
            assertEquals(64, data.path("digest").asText().length());
            assertEquals("/public/declarations/" + id, data.path("publicPath").asText());
            assertFalse(body(published).path("timestamp").asText().isEmpty());
            assertEquals(3, all.stream().filter(r -> body(r).path("type").asText().equals("part.approved")).count());
            assertTrue(all.stream().anyMatch(r -> body(r).path("data").path("part").asText().equals("offsets")
                    && body(r).path("data").path("revision").asInt() == 1));
            JsonNode listed = deliveries(t, e.path("id").asText());
            assertEquals(4, listed.size());
            for (JsonNode d : listed) {
                assertEquals("SUCCEEDED", d.path("status").asText(), d.toString());
                assertEquals(1, d.path("attempts").size());
                JsonNode attempt = d.path("attempts").get(0);
                assertEquals(204, attempt.path("httpStatus").asInt());
                assertEquals("SCHEDULED", attempt.path("trigger").asText());
                assertTrue(attempt.path("durationMs").isNumber());
                assertTrue(attempt.path("at").isTextual());
            }
            // the publication's delivery went out with the same message id the receiver saw
            assertTrue(listed.findValuesAsText("messageId").contains(published.id()));
        }
    }

    @Test
    void aFailingReceiverIsRetriedUntilItRecovers() throws Exception {
        Tenant t = Tenant.fresh();
        try (HookReceiver receiver = new HookReceiver(500, 503, 200)) {
            JsonNode e = registered(t, receiver.url(), "part.approved");
            UUID id = open(t);
            deliver(t, ApprovalEvents.inventory(id, 1));
            String endpoint = e.path("id").asText();
            await().atMost(WAIT).until(() -> deliveries(t, endpoint).path(0).path("status").asText().equals("SUCCEEDED"));
            JsonNode d = deliveries(t, endpoint).get(0);
            assertEquals(3, d.path("attempts").size(), d.toString());
            assertEquals(500, d.at("/attempts/0/httpStatus").asInt());
            assertFalse(d.at("/attempts/0/succeeded").asBoolean());
            assertTrue(d.at("/attempts/2/succeeded").asBoolean());
            assertEquals(503, d.at("/attempts/1/httpStatus").asInt());
            assertEquals(200, d.at("/attempts/2/httpStatus").asInt());
            List<HookReceiver.Received> got = receiver.received();
            assertEquals(3, got.size());
            assertEquals(1, got.stream().map(HookReceiver.Received::id).distinct().count(), "one message id throughout");
            assertEquals(1, got.stream().map(HookReceiver.Received::body).distinct().count(), "the same body throughout");
            got.forEach(r -> assertTrue(HookReceiver.signedWith(r, e.path("secret").asText())));
            given().auth().oauth2(t.preparer()).get("/api/webhooks/{id}", endpoint).then().body("enabled", equalTo(true));
        }
    }

    @Test
    void persistentFailureDisablesTheEndpointAndTellsTheTenant() throws Exception {
        Tenant t = Tenant.fresh();
        try (HookReceiver receiver = new HookReceiver(500)) {
            JsonNode e = registered(t, receiver.url(), "part.approved", "part.approval_revoked");
            String endpoint = e.path("id").asText();
            UUID id = open(t);
            deliver(t, ApprovalEvents.inventory(id, 1));
            deliver(t, ApprovalEvents.inventoryRevoked(id, 1, 2));
            // the test schedule gives each delivery 4 attempts; 2 deliveries failing every attempt disable the endpoint
            await().atMost(WAIT).until(() -> !endpoint(t, endpoint).path("enabled").asBoolean());
            JsonNode disabled = endpoint(t, endpoint);
            assertTrue(disabled.path("disabledReason").asText().contains("2 deliveries in a row failed every attempt"),
                    disabled.toString());
            assertTrue(disabled.path("disabledReason").asText().contains("HTTP 500"), disabled.toString());
            assertTrue(disabled.path("disabledAt").isTextual());
            JsonNode listed = deliveries(t, endpoint);
            assertEquals(2, listed.size());
            for (JsonNode d : listed) {
                assertEquals("FAILED", d.path("status").asText());
                assertEquals(4, d.path("attempts").size());
            }
            assertEquals(8, receiver.received().size());
            given().auth().oauth2(t.preparer()).get("/api/webhooks/notices").then().statusCode(200)
                    .body("size()", equalTo(1)).body("[0].endpointId", equalTo(endpoint))
                    .body("[0].kind", equalTo("ENDPOINT_DISABLED"))
                    .body("[0].message", containsString("/api/webhooks/" + endpoint + "/enable"));

            // while disabled nothing is written for it, nor can a delivery be sent again
            deliver(t, ApprovalEvents.inventory(id, 2));
            await().atMost(WAIT).until(() -> given().auth().oauth2(t.preparer()).get("/api/declarations/{id}", id)
                    .then().extract().path("inventory.approvedRevision") != null);
            Thread.sleep(500);
            assertEquals(2, deliveries(t, endpoint).size());
            String failed = listed.get(0).path("id").asText();
            given().auth().oauth2(t.preparer()).post("/api/webhooks/{id}/deliveries/{d}/redeliver", endpoint, failed)
                    .then().statusCode(409).contentType("application/problem+json");

            // the receiver is fixed: enabled again, a manual redelivery succeeds with the same message id
            receiver.answer(200);
            given().auth().oauth2(t.preparer()).post("/api/webhooks/{id}/enable", endpoint).then().statusCode(200)
                    .body("enabled", equalTo(true)).body("disabledReason", nullValue());
            given().auth().oauth2(t.preparer()).post("/api/webhooks/{id}/deliveries/{d}/redeliver", endpoint, failed)
                    .then().statusCode(202).body("status", equalTo("PENDING"));
            await().atMost(WAIT).until(() -> findDelivery(t, endpoint, failed).path("status").asText().equals("SUCCEEDED"));
            JsonNode redelivered = findDelivery(t, endpoint, failed);
            assertEquals(5, redelivered.path("attempts").size());
            assertEquals("MANUAL", redelivered.at("/attempts/4/trigger").asText());
            assertEquals(200, redelivered.at("/attempts/4/httpStatus").asInt());
            List<HookReceiver.Received> got = receiver.received();
            assertEquals(redelivered.path("messageId").asText(), got.get(got.size() - 1).id());
            assertTrue(HookReceiver.signedWith(got.get(got.size() - 1), e.path("secret").asText()));
        }
    }

    private static JsonNode findDelivery(Tenant t, String endpoint, String delivery) {
        for (JsonNode d : deliveries(t, endpoint)) {
            if (d.path("id").asText().equals(delivery)) {
                return d;
            }
        }
        throw new AssertionError("no delivery " + delivery);
    }

    @Test
    void aSucceededDeliveryCanBeRedeliveredByHand() throws Exception {
        Tenant t = Tenant.fresh();
        try (HookReceiver receiver = new HookReceiver(200)) {
            JsonNode e = registered(t, receiver.url(), "part.approved");
            String endpoint = e.path("id").asText();
            UUID id = open(t);
            deliver(t, ApprovalEvents.inventory(id, 1));
            await().atMost(WAIT).until(() -> deliveries(t, endpoint).path(0).path("status").asText().equals("SUCCEEDED"));
            String delivery = deliveries(t, endpoint).get(0).path("id").asText();
            given().auth().oauth2(t.preparer()).post("/api/webhooks/{id}/deliveries/{d}/redeliver", endpoint, delivery)
                    .then().statusCode(202);
            await().atMost(WAIT).until(() -> findDelivery(t, endpoint, delivery).path("attempts").size() == 2
                    && findDelivery(t, endpoint, delivery).path("status").asText().equals("SUCCEEDED"));
            assertEquals("MANUAL", findDelivery(t, endpoint, delivery).at("/attempts/1/trigger").asText());
            List<HookReceiver.Received> got = receiver.received();
            assertEquals(2, got.size());
            assertEquals(got.get(0).id(), got.get(1).id());
            assertEquals(got.get(0).body(), got.get(1).body());
            given().auth().oauth2(t.preparer()).post("/api/webhooks/{id}/deliveries/{d}/redeliver", endpoint,
                    UUID.randomUUID()).then().statusCode(404);
        }
    }

    @Test
    void afterARotationDeliveriesCarryBothSignatures() throws Exception {
        Tenant t = Tenant.fresh();
        try (HookReceiver receiver = new HookReceiver(200)) {
            JsonNode e = registered(t, receiver.url(), "part.approved");
            String endpoint = e.path("id").asText();
            String oldSecret = e.path("secret").asText();
            JsonNode rotated = Json.read(given().auth().oauth2(t.preparer())
                    .post("/api/webhooks/{id}/rotate-secret", endpoint).then().statusCode(200)
                    .body("secret", startsWith("whsec_")).extract().asString(), JsonNode.class);
            String newSecret = rotated.path("secret").asText();
            assertFalse(newSecret.equals(oldSecret));
            OffsetDateTime expires = OffsetDateTime.parse(rotated.path("previousSecretExpiresAt").asText());
            assertTrue(expires.isAfter(OffsetDateTime.now().plusHours(23)), expires.toString());
            assertTrue(expires.isBefore(OffsetDateTime.now().plusHours(25)), expires.toString());
            given().auth().oauth2(t.preparer()).get("/api/webhooks/{id}", endpoint).then().body("secret", nullValue());

            UUID id = open(t);
            deliver(t, ApprovalEvents.inventory(id, 1));
            await().atMost(WAIT).until(() -> receiver.received().size() == 1);
            HookReceiver.Received r = receiver.received().get(0);
            assertEquals(2, r.signature().split(" ").length, r.signature());
            assertTrue(HookReceiver.signedWith(r, newSecret));
            assertTrue(HookReceiver.signedWith(r, oldSecret));
            assertFalse(HookReceiver.signedWith(r, "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32])));

            // once the overlap is over, only the new secret signs
            pool.preparedQuery("update webhook_endpoint set previous_secret_expires_at = now() - interval '1 second' "
                    + "where id = $1").execute(Tuple.of(UUID.fromString(endpoint))).await().atMost(Duration.ofSeconds(10));
            deliver(t, ApprovalEvents.pathway(id, 1, 1));
            await().atMost(WAIT).until(() -> receiver.received().size() == 2);
            HookReceiver.Received after = receiver.received().get(1);
            assertEquals(1, after.signature().split(" ").length, after.signature());
            assertTrue(HookReceiver.signedWith(after, newSecret));
        }
    }

    @Test
    void aDeliveryToAnAddressNowForbiddenFailsAndIsRecorded() throws Exception {
        Tenant t = Tenant.fresh();
        try (HookReceiver receiver = new HookReceiver(200)) {
            JsonNode e = registered(t, receiver.url(), "part.approved");
            String endpoint = e.path("id").asText();
            // as if the name now resolved to an internal address: the relay checks again before every attempt
            pool.preparedQuery("update webhook_endpoint set url = 'http://10.20.30.40/hook' where id = $1")
                    .execute(Tuple.of(UUID.fromString(endpoint))).await().atMost(Duration.ofSeconds(10));
            UUID id = open(t);
            deliver(t, ApprovalEvents.inventory(id, 1));
            await().atMost(WAIT).until(() -> deliveries(t, endpoint).path(0).path("status").asText().equals("FAILED"));
            JsonNode d = deliveries(t, endpoint).get(0);
            assertEquals(4, d.path("attempts").size());
            assertTrue(d.at("/attempts/0/error").asText().contains("10.20.30.40, a private address"), d.toString());
            assertTrue(d.at("/attempts/0/httpStatus").isMissingNode());
            assertEquals(0, receiver.received().size());
        }
    }

    @Test
    void internalAddressesAreRefusedAtRegistrationNamingUrl() {
        Tenant t = Tenant.fresh();
        for (String url : new String[] {"http://10.0.0.1/hook", "https://192.168.1.10/hook", "http://169.254.169.254/latest",
                "https://[::ffff:10.0.0.1]/hook", "https://[fd00::1]/hook", "https://100.64.0.1/hook", "http://0.0.0.0/hook"}) {
            register(t, url, "part.approved").then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("url"))
                    .body("violations[0].message", containsString("webhooks are sent only to public addresses"));
        }
        register(t, "ftp://127.0.0.1/hook", "part.approved").then().statusCode(400)
                .body("violations[0].field", equalTo("url")).body("violations[0].message", containsString("https"));
        given().auth().oauth2(t.preparer()).get("/api/webhooks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() {
        Tenant t = Tenant.fresh();
        given().auth().oauth2(t.preparer()).contentType(ContentType.JSON)
                .body("{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"part.approved\",\"declaration.deleted\"]}")
                .post("/api/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("eventTypes[1]"))
                .body("violations[0].message", containsString("declaration.published"));
        given().auth().oauth2(t.preparer()).contentType(ContentType.JSON).body("{\"eventTypes\":[]}")
                .post("/api/webhooks").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("url", "eventTypes"));
        given().auth().oauth2(t.preparer()).contentType(ContentType.JSON)
                .body("{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"part.approved\"],\"secret\":\"x\"}")
                .post("/api/webhooks").then().statusCode(400).body("violations[0].field", equalTo("secret"));
        given().auth().oauth2(t.preparer()).contentType(ContentType.JSON)
                .body("{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":\"part.approved\"}")
                .post("/api/webhooks").then().statusCode(400).body("violations[0].field", equalTo("eventTypes"));
        given().auth().oauth2(t.preparer()).contentType(ContentType.JSON)
                .body("{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"part.approved\"],\"description\":\""
                        + "x".repeat(501) + "\"}")
                .post("/api/webhooks").then().statusCode(400).body("violations[0].field", equalTo("description"));
        given().auth().oauth2(t.preparer()).get("/api/webhooks").then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(t.preparer()).get("/api/webhooks/{id}/deliveries?limit=0", UUID.randomUUID()).then()
                .statusCode(400);
    }

    @Test
    void updatesNeedTheCurrentRevision() throws Exception {
        Tenant t = Tenant.fresh();
        try (HookReceiver receiver = new HookReceiver(200)) {
            JsonNode e = registered(t, receiver.url(), "part.approved");
            String endpoint = e.path("id").asText();
            String body = "{\"url\":\"" + receiver.url() + "?v=2\",\"eventTypes\":[\"declaration.published\","
                    + "\"declaration.withdrawn\"]}";
            given().auth().oauth2(t.preparer()).contentType(ContentType.JSON).body(body)
                    .put("/api/webhooks/{id}", endpoint).then().statusCode(428);
            given().auth().oauth2(t.preparer()).contentType(ContentType.JSON).body(body).header("If-Match", "\"99\"")
                    .put("/api/webhooks/{id}", endpoint).then().statusCode(412);
            String etag = given().auth().oauth2(t.preparer()).get("/api/webhooks/{id}", endpoint).then().extract()
                    .header("ETag");
            given().auth().oauth2(t.preparer()).contentType(ContentType.JSON).body(body).header("If-Match", etag)
                    .put("/api/webhooks/{id}", endpoint).then().statusCode(200)
                    .body("url", equalTo(receiver.url() + "?v=2")).body("eventTypes", hasSize(2))
                    .body("secret", nullValue());
            given().auth().oauth2(t.preparer()).contentType(ContentType.JSON)
                    .body(body.replace(receiver.url(), "http://10.0.0.1/hook")).header("If-Match", "*")
                    .put("/api/webhooks/{id}", endpoint).then().statusCode(400).body("violations[0].field", equalTo("url"));
            given().auth().oauth2(t.preparer()).post("/api/webhooks/{id}/disable", endpoint).then().statusCode(200)
                    .body("enabled", equalTo(false)).body("disabledReason", containsString("disabled by pat@"));
            given().auth().oauth2(t.preparer()).delete("/api/webhooks/{id}", endpoint).then().statusCode(204);
            given().auth().oauth2(t.preparer()).get("/api/webhooks/{id}", endpoint).then().statusCode(404);
        }
    }

    @Test
    void anotherTenantCannotSeeOrTouchAnEndpoint() throws Exception {
        Tenant owner = Tenant.fresh();
        Tenant other = Tenant.fresh();
        try (HookReceiver receiver = new HookReceiver(200)) {
            String endpoint = registered(owner, receiver.url(), "part.approved").path("id").asText();
            String token = other.preparer();
            given().auth().oauth2(token).get("/api/webhooks").then().statusCode(200).body("size()", equalTo(0));
            given().auth().oauth2(token).get("/api/webhooks/{id}", endpoint).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "*")
                    .body("{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"part.approved\"]}")
                    .put("/api/webhooks/{id}", endpoint).then().statusCode(404);
            given().auth().oauth2(token).post("/api/webhooks/{id}/rotate-secret", endpoint).then().statusCode(404);
            given().auth().oauth2(token).post("/api/webhooks/{id}/disable", endpoint).then().statusCode(404);
            given().auth().oauth2(token).post("/api/webhooks/{id}/enable", endpoint).then().statusCode(404);
            given().auth().oauth2(token).get("/api/webhooks/{id}/deliveries", endpoint).then().statusCode(404);
            given().auth().oauth2(token).post("/api/webhooks/{id}/deliveries/{d}/redeliver", endpoint, UUID.randomUUID())
                    .then().statusCode(404);
            given().auth().oauth2(token).delete("/api/webhooks/{id}", endpoint).then().statusCode(404);
            given().auth().oauth2(Tokens.of(owner.name(), "vic@example", "viewer")).get("/api/webhooks").then()
                    .statusCode(403);
            given().get("/api/webhooks").then().statusCode(401);
            given().auth().oauth2(owner.preparer()).get("/api/webhooks/{id}", endpoint).then().statusCode(200)
                    .body("enabled", equalTo(true));
        }
    }

    @Test
    void openApiNamesEveryWebhookOperationWithItsSchemasAndProblems() {
        String base = "paths.'/api/webhooks";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(base + "'.post.operationId", equalTo("registerWebhookEndpoint"))
                .body(base + "'.post.tags[0]", equalTo("Webhooks"))
                .body(base + "'.post.responses.'201'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/WebhookEndpoint"))
                .body(base + "'.post.responses.'400'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body(base + "'.get.operationId", equalTo("listWebhookEndpoints"))
                .body(base + "/{id}'.get.operationId", equalTo("getWebhookEndpoint"))
                .body(base + "/{id}'.put.operationId", equalTo("updateWebhookEndpoint"))
                .body(base + "/{id}'.delete.operationId", equalTo("deleteWebhookEndpoint"))
                .body(base + "/{id}/enable'.post.operationId", equalTo("enableWebhookEndpoint"))
                .body(base + "/{id}/disable'.post.operationId", equalTo("disableWebhookEndpoint"))
                .body(base + "/{id}/rotate-secret'.post.operationId", equalTo("rotateWebhookSecret"))
                .body(base + "/{id}/deliveries'.get.operationId", equalTo("listWebhookDeliveries"))
                .body(base + "/{id}/deliveries/{deliveryId}/redeliver'.post.operationId",
                        equalTo("redeliverWebhookDelivery"))
                .body(base + "/{id}/deliveries/{deliveryId}/redeliver'.post.responses.'409'.content."
                        + "'application/problem+json'.schema.$ref", equalTo("#/components/schemas/Problem"))
                .body(base + "/notices'.get.operationId", equalTo("listWebhookNotices"))
                .body(base + "/event-types'.get.operationId", equalTo("listWebhookEventTypes"))
                .body("components.schemas.WebhookDelivery.properties.attempts.items.$ref",
                        equalTo("#/components/schemas/WebhookAttempt"));
        given().auth().oauth2(Tenant.fresh().preparer()).get("/api/webhooks/event-types").then().statusCode(200)
                .body("", org.hamcrest.Matchers.contains("part.approved", "part.approval_revoked",
                        "declaration.published", "declaration.withdrawn"));
    }

    @Test
    void aWithdrawalIsDeliveredToEndpointsSubscribedToIt() throws Exception {
        Tenant t = Tenant.fresh();
        try (HookReceiver receiver = new HookReceiver(200)) {
            JsonNode e = registered(t, receiver.url(), "declaration.withdrawn", "part.approval_revoked");
            UUID id = open(t);
            deliver(t, ApprovalEvents.inventory(id, 1));
            deliver(t, ApprovalEvents.pathway(id, 1, 1));
            deliver(t, ApprovalEvents.offsets(id, 1, 1));
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/public/declarations/{id}", id).then()
                    .statusCode(200).body("status", equalTo("PUBLISHED")));
            deliver(t, ApprovalEvents.inventoryRevoked(id, 1, 2));
            await().atMost(WAIT).until(() -> receiver.received().size() >= 2);
            Thread.sleep(500);
            List<HookReceiver.Received> got = receiver.received();
            assertEquals(2, got.size(), "nothing but the revocation and the withdrawal: " + got);
            JsonNode revoked = got.stream().map(WebhookTest::body)
                    .filter(b -> b.path("type").asText().equals("part.approval_revoked")).findFirst().orElseThrow();
            assertEquals("inventory", revoked.at("/data/part").asText());
            assertEquals(1, revoked.at("/data/revokedRevision").asInt());
            assertEquals("activity data corrected", revoked.at("/data/reason").asText());
            JsonNode withdrawn = got.stream().map(WebhookTest::body)
                    .filter(b -> b.path("type").asText().equals("declaration.withdrawn")).findFirst().orElseThrow();
            assertEquals(id.toString(), withdrawn.at("/data/declarationId").asText());
            assertEquals(1, withdrawn.at("/data/version").asInt());
            assertTrue(withdrawn.at("/data/reason").asText().contains("activity data corrected"), withdrawn.toString());
            got.forEach(r -> assertTrue(HookReceiver.signedWith(r, e.path("secret").asText())));
        }
    }

    @Test
    void anEndpointFailingForThreeDaysIsDisabled() throws Exception {
        Tenant t = Tenant.fresh();
        try (HookReceiver receiver = new HookReceiver(500)) {
            String endpoint = registered(t, receiver.url(), "part.approved").path("id").asText();
            // as if its attempts had been failing for four days
            pool.preparedQuery("update webhook_endpoint set failing_since = now() - interval '4 days' where id = $1")
                    .execute(Tuple.of(UUID.fromString(endpoint))).await().atMost(Duration.ofSeconds(10));
            UUID id = open(t);
            deliver(t, ApprovalEvents.inventory(id, 1));
            await().atMost(WAIT).until(() -> !endpoint(t, endpoint).path("enabled").asBoolean());
            assertTrue(endpoint(t, endpoint).path("disabledReason").asText()
                    .contains("no delivery attempt succeeded since"), endpoint(t, endpoint).toString());
            Thread.sleep(1000);
            JsonNode d = deliveries(t, endpoint).get(0);
            assertEquals(1, d.path("attempts").size(), "nothing more is sent once disabled: " + d);
            assertEquals("PENDING", d.path("status").asText(), "it waits for the endpoint to be enabled");
            assertEquals(1, receiver.received().size());
            given().auth().oauth2(t.preparer()).get("/api/webhooks/notices").then()
                    .body("[0].endpointId", equalTo(endpoint)).body("[0].kind", equalTo("ENDPOINT_DISABLED"));
        }
    }
}
