package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;

/**
 * The relay is woken by PostgreSQL at commit (LISTEN/NOTIFY), not by its timer: with polling set to once a minute, an
 * event committed after start-up is on Kafka within seconds.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.SlowPolling.class)
class OutboxWakeUpTest {

    public static class SlowPolling implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.outbox.interval", "PT60S");
        }
    }

    @Test
    void aCommittedEventIsRelayedWithoutWaitingForThePoll() throws Exception {
        Thread.sleep(1500); // past the relay's first scheduled pass; the next one is a minute away
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            UUID id = UUID.fromString(given().auth().oauth2(DeclarationResourceTest.PREPARER).contentType(ContentType.JSON)
                    .body(DeclarationResourceTest.VALID).post("/api/declarations").then().statusCode(201).extract()
                    .path("id"));
            List<CloudEvent> events = TestKafka.events(Topics.DISCLOSURE, id, Duration.ofSeconds(20),
                    l -> TestKafka.count(l, EventType.DECLARATION_OPENED) >= 1);
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertEquals(1, TestKafka.count(events, EventType.DECLARATION_OPENED), "relayed once");
            assertTrue(seconds < 15, "relayed after " + seconds + " s, long before the next poll");
        }
    }
}
