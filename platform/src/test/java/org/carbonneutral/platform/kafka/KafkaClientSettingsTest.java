package org.carbonneutral.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The platform's own Kafka clients log in as configured, and speak plaintext when nothing is configured. */
class KafkaClientSettingsTest {

    static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"offset-service\" "
            + "password=\"secret\";";

    @Test
    void theConfiguredLoginIsPassedOn() {
        Properties props = new KafkaClientSettings("127.0.0.1:9092", Optional.of("SASL_PLAINTEXT"),
                Optional.of("SCRAM-SHA-512"), Optional.of(JAAS)).properties();
        assertEquals("127.0.0.1:9092", props.get("bootstrap.servers"));
        assertEquals("SASL_PLAINTEXT", props.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", props.get("sasl.mechanism"));
        assertEquals(JAAS, props.get("sasl.jaas.config"));
    }

    @Test
    void withoutSettingsAClientSpeaksPlaintext() {
        Properties props = new KafkaClientSettings("127.0.0.1:9092", Optional.empty(), Optional.empty(), Optional.of(" "))
                .properties();
        assertEquals("127.0.0.1:9092", props.get("bootstrap.servers"));
        assertFalse(props.containsKey("security.protocol"));
        assertFalse(props.containsKey("sasl.jaas.config"), "a blank login is no login");
    }

    @Test
    void thePasswordIsNeverPrinted() {
        assertFalse(new KafkaClientSettings("h:1", Optional.of("SASL_PLAINTEXT"), Optional.of("SCRAM-SHA-512"),
                Optional.of(JAAS)).toString().contains("secret"));
    }
}
