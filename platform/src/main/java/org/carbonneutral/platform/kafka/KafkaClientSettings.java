package org.carbonneutral.platform.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the broker is and how to log in to it, for the Kafka clients the platform builds itself (the outbox relay,
 * dead-letter replay): the same global {@code kafka.*} settings the messaging channels use, fed from the environment
 * ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_MECHANISM},
 * {@code KAFKA_SASL_JAAS_CONFIG}). With none given a client speaks plaintext.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private final String bootstrapServers;
    private final Optional<String> securityProtocol;
    private final Optional<String> saslMechanism;
    private final Optional<String> saslJaasConfig;

    public KafkaClientSettings(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "kafka.security.protocol") Optional<String> securityProtocol,
            @ConfigProperty(name = "kafka.sasl.mechanism") Optional<String> saslMechanism,
            @ConfigProperty(name = "kafka.sasl.jaas.config") Optional<String> saslJaasConfig) {
        this.bootstrapServers = bootstrapServers;
        this.securityProtocol = securityProtocol.filter(s -> !s.isBlank());
        this.saslMechanism = saslMechanism.filter(s -> !s.isBlank());
        this.saslJaasConfig = saslJaasConfig.filter(s -> !s.isBlank());
    }

    /** A client's base properties: the broker's address and, when configured, the security settings. */
    public Properties properties() {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        securityProtocol.ifPresent(p -> props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, p));
        saslMechanism.ifPresent(m -> props.put(SaslConfigs.SASL_MECHANISM, m));
        saslJaasConfig.ifPresent(j -> props.put(SaslConfigs.SASL_JAAS_CONFIG, j));
        return props;
    }

    @Override
    public String toString() {
        return "KafkaClientSettings[" + bootstrapServers + ", " + securityProtocol.orElse("PLAINTEXT") + "]";
    }
}
