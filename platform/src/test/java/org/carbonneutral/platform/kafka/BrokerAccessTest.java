package org.carbonneutral.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only offset-service can publish offset-service's events: the test broker (deploy/local/infra, secured as the local
 * broker always is) refuses a hand-written {@code offset.OffsetsApproved} from a client without credentials, with a
 * wrong password, or logged in as another service, and takes it from offset-service itself.
 */
class BrokerAccessTest {

    private static String approval(UUID declarationId) {
        OffsetsApproved payload = new OffsetsApproved(declarationId, 1, 1, "forged", "forger@acme.example",
                OffsetDateTime.now(), List.of(), null);
        return Json.write(Events.envelope(EventType.OFFSETS_APPROVED, "/offset-service", "acme", declarationId, payload));
    }

    /** Sends one record to offset.events with an idempotent producer, as the services publish, and waits for its ack. */
    private static void sendToOffsetEvents(Properties props, String key) throws Exception {
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.OFFSET, key, approval(UUID.fromString(key))))
                    .get(20, TimeUnit.SECONDS);
        }
    }

    /** How many records offset.events holds under this key (read as the admin user). */
    private static int onOffsetEvents(String key, int expected) {
        return TestKafka.readRaw(Topics.OFFSET, key, Duration.ofSeconds(expected > 0 ? 20 : 5),
                l -> expected > 0 && l.size() >= expected).size();
    }

    private static Throwable cause(Exception e) {
        return e instanceof ExecutionException ? e.getCause() : e;
    }

    @Test
    void aClientWithoutCredentialsIsRefused() {
        String key = UUID.randomUUID().toString();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrap());
        // a plaintext client never gets past the broker's SASL handshake: no metadata, so nothing is sent
        Exception refused = assertThrows(Exception.class, () -> sendToOffsetEvents(props, key));
        assertInstanceOf(KafkaException.class, cause(refused), refused.toString());
        assertEquals(0, onOffsetEvents(key, 0), "nothing reached offset.events");
    }

    @Test
    void aWrongPasswordIsRefused() {
        String key = UUID.randomUUID().toString();
        Exception refused = assertThrows(Exception.class,
                () -> sendToOffsetEvents(TestKafka.as("offset-service", "not-the-password"), key));
        assertInstanceOf(SaslAuthenticationException.class, cause(refused), refused.toString());
        assertEquals(0, onOffsetEvents(key, 0), "nothing reached offset.events");
    }

    /** Another service, even one that reads offset.events (disclosure-service), cannot write to it. */
    @ParameterizedTest
    @ValueSource(strings = {"pathway-service", "inventory-service", "disclosure-service"})
    void anotherServiceCannotSpeakForOffsetService(String service) {
        String key = UUID.randomUUID().toString();
        Exception refused = assertThrows(Exception.class, () -> sendToOffsetEvents(TestKafka.as(service), key));
        TopicAuthorizationException denied = assertInstanceOf(TopicAuthorizationException.class, cause(refused),
                refused.toString());
        assertTrue(denied.unauthorizedTopics().contains(Topics.OFFSET), denied.toString());
        assertEquals(0, onOffsetEvents(key, 0), "nothing reached offset.events");
    }

    @Test
    void offsetServiceSpeaksForItself() throws Exception {
        String key = UUID.randomUUID().toString();
        sendToOffsetEvents(TestKafka.as("offset-service"), key);
        assertEquals(1, onOffsetEvents(key, 1), "offset-service's own record is on offset.events");
    }
}
