package org.carbonneutral.platform.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.json.Json;
import org.eclipse.microprofile.config.ConfigProvider;

/** Produces to and reads from the real test broker, as another service would. */
public final class TestKafka {

    private TestKafka() {
    }

    /** The broker under test: system property {@code suite.test.kafka}, else the Quarkus test configuration. */
    public static String bootstrap() {
        String explicit = System.getProperty("suite.test.kafka");
        return explicit != null ? explicit : ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /**
     * A client's base properties for the test broker, logged in as {@code user} (a SCRAM user of deploy/local/infra:
     * "admin" or a service) with the password 'deploy/local/infra env test' exports as
     * {@code SUITE_KAFKA_<USER>_PASSWORD}; deploy/local/suite test sets them for every test run.
     */
    public static Properties as(String user) {
        String variable = "SUITE_KAFKA_" + user.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_PASSWORD";
        String password = System.getenv(variable);
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(variable + " is not set: run the tests with deploy/local/suite test, or "
                    + "eval \"$(deploy/local/infra env test)\" before Maven");
        }
        return as(user, password);
    }

    /** A client's base properties for the test broker, logged in as {@code user} with {@code password}. */
    public static Properties as(String user, String password) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        return props;
    }

    /** Publishes a suite event as the named producer service would, and returns its envelope. */
    public static CloudEvent publish(EventType type, String tenant, UUID declarationId, Record payload) {
        CloudEvent event = Events.envelope(type, "/test", tenant, declarationId, payload);
        send(type.topic(), declarationId.toString(), Json.write(event));
        return event;
    }

    /** Sends a record as the admin user (the tests stand in for every producer). */
    public static void send(String topic, String key, String value) {
        send(topic, key, value, java.util.Map.of());
    }

    /** Sends a record with these headers (e.g. a W3C {@code traceparent}). */
    public static void send(String topic, String key, String value, java.util.Map<String, String> headers) {
        Properties props = as("admin");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((k, v) -> record.headers().add(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            producer.send(record).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** Reads the topic from its beginning until {@code until} holds for the records with this key, or time runs out. */
    public static List<ConsumerRecord<String, String>> readRaw(String topic, String key, Duration wait,
            Predicate<List<ConsumerRecord<String, String>>> until) {
        Properties props = as("admin");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                consumer.partitionsFor(topic, Duration.ofSeconds(5))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (key == null || key.equals(r.key())) {
                        found.add(r);
                    }
                }
                if (until.test(found)) {
                    return found;
                }
            }
        }
        return found;
    }

    /** Action records (for the declaration's trail) travel beside the approval protocol's events. */
    static final java.util.Set<String> ACTIONS = java.util.Set.of(EventType.INVENTORY_ACTION_RECORDED.ceType(),
            EventType.PATHWAY_ACTION_RECORDED.ceType(), EventType.OFFSETS_ACTION_RECORDED.ceType());

    /**
     * The approval protocol's events of one declaration on a topic (approvals, revocations, declaration events; the
     * action records are read with {@link #actions}), read until {@code until} holds or time runs out.
     */
    public static List<CloudEvent> events(String topic, UUID declarationId, Duration wait, Predicate<List<CloudEvent>> until) {
        return read(topic, declarationId, wait, until, false);
    }

    /** The action records of one declaration on a topic, read until {@code until} holds or time runs out. */
    public static List<CloudEvent> actions(String topic, UUID declarationId, Duration wait, Predicate<List<CloudEvent>> until) {
        return read(topic, declarationId, wait, until, true);
    }

    private static List<CloudEvent> read(String topic, UUID declarationId, Duration wait, Predicate<List<CloudEvent>> until,
            boolean actions) {
        List<CloudEvent> events = new ArrayList<>();
        readRaw(topic, declarationId.toString(), wait, records -> {
            events.clear();
            records.stream().map(r -> Events.parse(r.value())).filter(e -> ACTIONS.contains(e.type()) == actions)
                    .forEach(events::add);
            return until.test(events);
        });
        return events;
    }

    public static long count(List<CloudEvent> events, EventType type) {
        return events.stream().filter(e -> e.type().equals(type.ceType())).count();
    }
}
