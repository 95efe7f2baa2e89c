package org.carbonneutral.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.DeclarationOpened;
import org.carbonneutral.contracts.events.DeclarationPublished;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped for 30 s while every service has events to consume: nothing is dead-lettered, every event is
 * applied once the database is back, and requests meanwhile are answered 503 with Retry-After. The services run
 * with max.poll.interval.ms=10000 (RunningSuite), so a consumer that stopped polling while it waits would be thrown
 * out of its group long before the outage ends.
 */
class DatabaseOutageIT {

    static final Duration OUTAGE = Duration.ofSeconds(30);
    static final String[][] DEAD_LETTER_TOPICS = {
        {Topics.DISCLOSURE, "inventory-service"}, {Topics.DISCLOSURE, "pathway-service"},
        {Topics.DISCLOSURE, "offset-service"}, {Topics.INVENTORY, "pathway-service"},
        {Topics.INVENTORY, "offset-service"}, {Topics.INVENTORY, "disclosure-service"},
        {Topics.PATHWAY, "offset-service"}, {Topics.PATHWAY, "disclosure-service"}, {Topics.OFFSET, "disclosure-service"}};

    @BeforeAll
    static void suite() throws Exception {
        RunningSuite.start();
    }

    @Test
    void aThirtySecondOutageDeadLettersNothingAndLosesNothing() throws Exception {
        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            journeys.add(Journey.readyForFinalApproval());
        }
        String tenant = "tenant-" + UUID.randomUUID();
        String preparer = Tokens.of(tenant, "pat@example.tw", "preparer");
        List<UUID> opened = new ArrayList<>();
        // the final approvals: the publications and what follows them are consumed while the database is away
        journeys.forEach(j -> j.approve("offset-service", "/api/offsets/").statusCode(200));
        RunningSuite.infra("postgres-stop");
        long stopped = System.nanoTime();
        try {
            for (int i = 0; i < 3; i++) {
                // declarations opened meanwhile: inventory, pathway and offsets each consume them during the outage
                UUID id = UUID.randomUUID();
                opened.add(id);
                TestKafka.publish(EventType.DECLARATION_OPENED, tenant, id, new DeclarationOpened(id,
                        SubjectType.ORGANISATION, "Outage Test Co.", "operational control", LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1));
            }
            for (String[] call : new String[][] {{"inventory-service", "/api/inventories/"},
                {"offset-service", "/api/offsets/"}, {"disclosure-service", "/api/declarations/"}}) {
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(preparer)
                        .get(RunningSuite.url(call[0]) + call[1] + opened.get(0)).then().statusCode(503)
                        .contentType("application/problem+json").header("Retry-After", "5"));
            }
            long left = OUTAGE.toNanos() - (System.nanoTime() - stopped);
            if (left > 0) {
                Thread.sleep(left / 1_000_000);
            }
        } finally {
            RunningSuite.infra("postgres-start");
        }
        for (Journey j : journeys) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> j.publicJson().statusCode(200)
                    .body("status", equalTo("PUBLISHED")).body("version", equalTo(1)));
        }
        for (UUID id : opened) {
            for (String[] part : new String[][] {{"inventory-service", "/api/inventories/"},
                {"pathway-service", "/api/pathways/"}, {"offset-service", "/api/offsets/"}}) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(preparer)
                        .get(RunningSuite.url(part[0]) + part[1] + id).then().statusCode(200)
                        .body("revision", equalTo(0)));
            }
        }
        for (Journey j : journeys) {
            // the relay publishes at least once: a send acknowledged just before the database went away is sent again
            // (same event id), and consumers drop the copy; what counts is one publication, version 1
            List<CloudEvent> published = TestKafka.events(Topics.DISCLOSURE, j.id, Duration.ofSeconds(10),
                    l -> TestKafka.count(l, EventType.DECLARATION_PUBLISHED) >= 1).stream()
                    .filter(e -> e.type().equals(EventType.DECLARATION_PUBLISHED.ceType())).toList();
            assertEquals(1, published.stream().map(CloudEvent::id).distinct().count(), "published exactly once");
            assertEquals(1, Events.payload(published.get(0), DeclarationPublished.class).version());
        }
        List<String> keys = new ArrayList<>();
        journeys.forEach(j -> keys.add(j.id.toString()));
        opened.forEach(id -> keys.add(id.toString()));
        for (String[] t : DEAD_LETTER_TOPICS) {
            String topic = t[0] + ".dlq." + t[1];
            var dead = TestKafka.readRaw(topic, null, Duration.ofSeconds(2), l -> false);
            assertTrue(dead.stream().noneMatch(r -> keys.contains(r.key())), "nothing of these declarations in " + topic);
        }
    }
}
