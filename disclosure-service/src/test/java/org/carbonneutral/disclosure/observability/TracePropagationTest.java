package org.carbonneutral.disclosure.observability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carbonneutral.disclosure.ApprovalEvents.inventory;
import static org.carbonneutral.disclosure.ApprovalEvents.offsets;
import static org.carbonneutral.disclosure.ApprovalEvents.pathway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.ApprovalEvents;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.carbonneutral.platform.tracing.TraceContext;
import org.junit.jupiter.api.Test;

/**
 * One trace from a request to the events it causes, across Kafka: the W3C trace context a caller sends, or that an
 * upstream service's record carries, continues through the outbox write, the relay's send (record header and the
 * CloudEvents traceparent extension) and the consumer's processing; spans read from an in-process exporter. And the
 * metrics an operator alerts on are on /q/metrics.
 */
@QuarkusTest
class TracePropagationTest {

    static final String PREPARER = Tokens.of(ApprovalEvents.TENANT, "pat@acme.example", "preparer");
    static final String VIEWER = Tokens.of(ApprovalEvents.TENANT, "vic@acme.example", "viewer");

    @Inject
    InMemorySpanExporter spans;

    static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1;
        return HexFormat.of().formatHex(b);
    }

    static UUID open(String traceparent) {
        return UUID.fromString(given().auth().oauth2(PREPARER).header("traceparent", traceparent)
                .contentType(ContentType.JSON).body("""
                {"subjectType":"ORGANISATION","subjectName":"Acme Taiwan Co., Ltd.","boundary":"Operational control, all Taiwan sites",
                 "periodStart":"2025-01-01","periodEnd":"2025-12-31","claimStandard":"ISO_14068_1"}""")
                .post("/api/declarations").then().statusCode(201).extract().path("id"));
    }

    static ConsumerRecord<String, String> record(UUID id, EventType type) {
        return TestKafka.readRaw(type.topic(), id.toString(), Duration.ofSeconds(30),
                l -> l.stream().anyMatch(r -> Events.parse(r.value()).type().equals(type.ceType()))).stream()
                .filter(r -> Events.parse(r.value()).type().equals(type.ceType())).findFirst().orElseThrow();
    }

    static String header(ConsumerRecord<String, String> r) {
        var h = r.headers().lastHeader(TraceContext.HEADER);
        assertNotNull(h, "the record carries a traceparent header");
        return new String(h.value(), StandardCharsets.US_ASCII);
    }

    /** The finished spans of the trace, once one of each kind given has been exported. */
    List<SpanData> spansOf(String traceId, SpanKind... kinds) {
        await().atMost(Duration.ofSeconds(30)).until(() -> java.util.Arrays.stream(kinds).allMatch(k -> spans
                .getFinishedSpanItems().stream().anyMatch(s -> s.getTraceId().equals(traceId) && s.getKind() == k)));
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    @Test
    void aRequestsTraceContinuesThroughTheOutboxOntoKafka() {
        String traceId = hex(16);
        String callerSpan = hex(8);
        UUID id = open("00-" + traceId + "-" + callerSpan + "-01");

        ConsumerRecord<String, String> opened = record(id, EventType.DECLARATION_OPENED);
        assertEquals(traceId, TraceContext.traceId(header(opened)), "record header continues the caller's trace");
        CloudEvent event = Events.parse(opened.value());
        assertEquals(traceId, TraceContext.traceId(event.traceparent()), "so does the CloudEvents traceparent extension");

        List<SpanData> trace = spansOf(traceId, SpanKind.SERVER, SpanKind.INTERNAL, SpanKind.PRODUCER);
        SpanData server = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertEquals(callerSpan, server.getParentSpanId(), "the HTTP span's parent is the caller's span");
        SpanData append = trace.stream().filter(s -> s.getName().equals("outbox append disclosure.DeclarationOpened"))
                .findFirst().orElseThrow();
        SpanData send = trace.stream().filter(s -> s.getKind() == SpanKind.PRODUCER).findFirst().orElseThrow();
        assertEquals("disclosure.events publish", send.getName());
        assertEquals(append.getSpanId(), send.getParentSpanId(), "the relay's send continues the outbox write");
        assertEquals(send.getSpanId(), header(opened).split("-")[2], "the record names the send as its parent");
    }

    @Test
    void theFinalApprovalsTraceReachesThePublicationAndItsEvent() throws Exception {
        UUID id = open("00-" + hex(16) + "-" + hex(8) + "-01");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(ApprovalEvents.PROFILE)
                .put("/api/declarations/{id}/profile", id).then().statusCode(200);
        deliver(inventory(id, 1), "00-" + hex(16) + "-" + hex(8) + "-01");
        deliver(pathway(id, 1, 1), "00-" + hex(16) + "-" + hex(8) + "-01");
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(VIEWER).get("/api/declarations/{id}", id)
                .then().extract().jsonPath().getInt("pathway.approvedRevision") == 1
                && given().auth().oauth2(VIEWER).get("/api/declarations/{id}", id).then().extract().jsonPath()
                        .getInt("inventory.approvedRevision") == 1);

        String traceId = hex(16);
        String approvalSpan = hex(8);
        deliver(offsets(id, 1, 1), "00-" + traceId + "-" + approvalSpan + "-01");

        ConsumerRecord<String, String> published = record(id, EventType.DECLARATION_PUBLISHED);
        assertEquals(traceId, TraceContext.traceId(header(published)), "the publication continues the final approval's trace");
        assertEquals(traceId, TraceContext.traceId(Events.parse(published.value()).traceparent()));
        List<SpanData> trace = spansOf(traceId, SpanKind.CONSUMER, SpanKind.INTERNAL, SpanKind.PRODUCER);
        SpanData consumer = trace.stream().filter(s -> s.getKind() == SpanKind.CONSUMER).findFirst().orElseThrow();
        assertEquals("offset.events process", consumer.getName());
        assertEquals(approvalSpan, consumer.getParentSpanId(), "the consumer's parent is the approval's span");
        assertTrue(trace.stream().anyMatch(s -> s.getName().equals("outbox append disclosure.DeclarationPublished")
                && s.getParentSpanId().equals(consumer.getSpanId())), "the publication is written inside the consumer span");

        // what an operator alerts on
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("suite_declarations_published_total"))
                .body(containsString("suite_publication_latency_seconds_bucket"))
                .body(containsString("suite_events_processed_total{"))
                .body(containsString("suite_outbox_relayed_total{"))
                .body(matchesPattern("(?s).*\\nsuite_outbox_backlog(\\{[^}]*})? [0-9.]+\\n.*"))
                .body(matchesPattern("(?s).*\\nsuite_outbox_oldest_unsent_age_seconds(\\{[^}]*})? [0-9.E-]+\\n.*")));
    }

    static void deliver(CloudEvent event, String traceparent) {
        EventType type = EventType.ofCeType(event.type()).orElseThrow();
        TestKafka.send(type.topic(), event.subject(), Json.write(event), Map.of(TraceContext.HEADER, traceparent));
    }
}
