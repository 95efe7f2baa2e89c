package org.carbonneutral.disclosure.consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A record the service cannot apply is counted and kept in its dead-letter topic; an operator replays it through the
 * service's own consumer, never by writing to the topic it came from (only that topic's producer may write there).
 */
@QuarkusTest
class DeadLetterReplayTest {

    static final String OPERATOR = Tokens.of("suite", "ops@suite.example", "operator");
    static final String DEAD_LETTERS = Topics.INVENTORY + ".dlq.disclosure-service";

    @Test
    void aDeadLetterIsCountedAndAnOperatorReplaysIt() {
        String key = UUID.randomUUID().toString();
        String value = "{\"not\":\"a suite event\",\"key\":\"" + key + "\"}";
        TestKafka.send(Topics.INVENTORY, key, value);
        var dead = TestKafka.readRaw(DEAD_LETTERS, key, Duration.ofSeconds(30), l -> !l.isEmpty());
        assertEquals(value, dead.get(0).value());
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("suite_events_dead_lettered_total{")
                && l.contains("topic=\"" + Topics.INVENTORY + "\"") && l.contains("type=\"unreadable\"")), metrics);

        given().auth().oauth2(OPERATOR).post("/api/admin/dead-letters/replay").then().statusCode(200)
                .body("'" + Topics.INVENTORY + "'", greaterThanOrEqualTo(1));
        // still not a suite event: it is dead-lettered again, not lost and not applied
        var again = TestKafka.readRaw(DEAD_LETTERS, key, Duration.ofSeconds(30), l -> l.size() >= 2);
        assertEquals(2, again.size(), "the replayed record is dead-lettered again");
        assertEquals(value, again.get(1).value());
        // disclosure-service wrote nothing to inventory-service's topic
        assertEquals(1, TestKafka.readRaw(Topics.INVENTORY, key, Duration.ofSeconds(3), l -> false).size());
        // replaying again takes nothing twice: the record dead-lettered again is replayed once more, as a new one
        given().auth().oauth2(OPERATOR).post("/api/admin/dead-letters/replay").then().statusCode(200);
        assertEquals(3, TestKafka.readRaw(DEAD_LETTERS, key, Duration.ofSeconds(30), l -> l.size() >= 3).size());
    }

    @Test
    void onlyAnOperatorReplays() {
        given().auth().oauth2(Tokens.of("acme", "pat@acme.example", "preparer")).post("/api/admin/dead-letters/replay")
                .then().statusCode(403);
        given().post("/api/admin/dead-letters/replay").then().statusCode(401);
    }
}
