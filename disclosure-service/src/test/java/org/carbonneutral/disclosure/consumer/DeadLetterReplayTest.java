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

/** A record the service cannot apply is counted, kept in its dead-letter topic, and can be sent back by an operator. */
@QuarkusTest
class DeadLetterReplayTest {

    static final String OPERATOR = Tokens.of("suite", "ops@suite.example", "operator");
    static final String DEAD_LETTERS = Topics.INVENTORY + ".dlq.disclosure-service";

    @Test
    void aDeadLetterIsCountedAndAnOperatorReplaysItToItsTopic() {
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
        var onTopic = TestKafka.readRaw(Topics.INVENTORY, key, Duration.ofSeconds(30), l -> l.size() >= 2);
        assertEquals(2, onTopic.size(), "the record is back on its topic");
        assertEquals(value, onTopic.get(1).value());
        // still not a suite event: it is dead-lettered again, not lost and not applied
        assertEquals(2, TestKafka.readRaw(DEAD_LETTERS, key, Duration.ofSeconds(30), l -> l.size() >= 2).size());
    }

    @Test
    void onlyAnOperatorReplays() {
        given().auth().oauth2(Tokens.of("acme", "pat@acme.example", "preparer")).post("/api/admin/dead-letters/replay")
                .then().statusCode(403);
        given().post("/api/admin/dead-letters/replay").then().statusCode(401);
    }
}
