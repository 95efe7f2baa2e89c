package org.carbonneutral.platform.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the records a service dead-lettered back to the topics they came from, once an operator has fixed what made
 * them fail. Every consumer of a topic drops events it has already applied (by event id), so replaying to the topic is
 * safe for all of them. What was replayed is remembered by the consumer group {@code <group>-dead-letter-replay}:
 * replaying twice sends each record once. Blocking: call off the event loop.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long DEADLINE_MS = 60_000;

    private final String bootstrapServers;
    private final String consumer;
    private final String group;
    private final List<String> topics;

    public DeadLetterReplay(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String consumer,
            @ConfigProperty(name = "kafka.group.id") String group,
            @ConfigProperty(name = "mp.messaging.incoming.events.topics") List<String> topics) {
        this.bootstrapServers = bootstrapServers;
        this.consumer = consumer;
        this.group = group;
        this.topics = List.copyOf(topics);
    }

    /** Replays every dead letter not replayed before; answers how many records went back to each topic. */
    public synchronized Map<String, Integer> replay() throws Exception {
        Map<String, Integer> replayed = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> in = new KafkaConsumer<>(consumerProperties(), new StringDeserializer(),
                new StringDeserializer());
                KafkaProducer<String, String> out = new KafkaProducer<>(producerProperties(), new StringSerializer(),
                        new StringSerializer())) {
            for (String topic : topics) {
                replayed.put(topic, replay(in, out, topic));
            }
        }
        return replayed;
    }

    private int replay(KafkaConsumer<String, String> in, KafkaProducer<String, String> out, String topic) throws Exception {
        String deadLetters = IdempotentConsumer.deadLetterTopic(topic, consumer);
        List<TopicPartition> partitions = new ArrayList<>();
        List<PartitionInfo> infos;
        try {
            infos = in.partitionsFor(deadLetters, Duration.ofSeconds(10));
        } catch (org.apache.kafka.common.errors.UnknownTopicOrPartitionException e) {
            return 0;
        }
        if (infos == null || infos.isEmpty()) {
            return 0;
        }
        infos.forEach(p -> partitions.add(new TopicPartition(deadLetters, p.partition())));
        in.assign(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = in.committed(new java.util.HashSet<>(partitions));
        for (TopicPartition p : partitions) {
            OffsetAndMetadata at = committed.get(p);
            if (at == null) {
                in.seekToBeginning(List.of(p));
            } else {
                in.seek(p, at.offset());
            }
        }
        Map<TopicPartition, Long> end = in.endOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        long deadline = System.currentTimeMillis() + DEADLINE_MS;
        while (partitions.stream().anyMatch(p -> in.position(p) < end.get(p))) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("dead letters of " + topic + " could not be read within a minute");
            }
            for (ConsumerRecord<String, String> r : in.poll(POLL)) {
                ProducerRecord<String, String> again = new ProducerRecord<>(topic, r.key(), r.value());
                acks.add(out.send(again));
                done.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
            }
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(15, TimeUnit.SECONDS);
        }
        if (!done.isEmpty()) {
            in.commitSync(done);
        }
        if (!acks.isEmpty()) {
            LOG.infof("replayed %d dead-lettered record(s) from %s to %s", acks.size(), deadLetters, topic);
        }
        return acks.size();
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group + "-dead-letter-replay");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, consumer + "-dead-letter-replay");
        return props;
    }

    private Properties producerProperties() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, consumer + "-dead-letter-replay");
        return props;
    }
}
