package org.carbonneutral.platform.consumer;

import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.carbonneutral.platform.kafka.KafkaClientSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies the records a service dead-lettered again, once an operator has fixed what made them fail: each goes through
 * the service's own {@link IdempotentConsumer} (an event applied meanwhile changes nothing), and one that still cannot
 * be applied goes back to the dead-letter topic. The service never writes to the topic a record came from: only its
 * producer may publish there (the broker's ACLs allow each service its own topic and dead-letter topics alone). What
 * was replayed is remembered by the consumer group {@code <group>-dead-letter-replay}: replaying twice takes each
 * record once. Blocking: call off the event loop.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration APPLY = Duration.ofSeconds(30);
    private static final long DEADLINE_MS = 60_000;

    private final KafkaClientSettings kafka;
    private final IdempotentConsumer applier;
    private final String consumer;
    private final String group;
    private final List<String> topics;

    public DeadLetterReplay(KafkaClientSettings kafka, IdempotentConsumer applier,
            @ConfigProperty(name = "quarkus.application.name") String consumer,
            @ConfigProperty(name = "kafka.group.id") String group,
            @ConfigProperty(name = "mp.messaging.incoming.events.topics") List<String> topics) {
        this.kafka = kafka;
        this.applier = applier;
        this.consumer = consumer;
        this.group = group;
        this.topics = List.copyOf(topics);
    }

    /** Replays every dead letter not replayed before; answers how many records were replayed, by their topic. */
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
        int replayed = 0;
        int failedAgain = 0;
        long deadline = System.currentTimeMillis() + DEADLINE_MS;
        try {
            while (partitions.stream().anyMatch(p -> in.position(p) < end.get(p))) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("dead letters of " + topic + " could not be read within a minute");
                }
                for (ConsumerRecord<String, String> r : in.poll(POLL)) {
                    TopicPartition p = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() >= end.get(p)) {
                        continue;
                    }
                    if (!apply(r.value())) {
                        out.send(new ProducerRecord<>(deadLetters, r.key(), r.value())).get(15, TimeUnit.SECONDS);
                        applier.countDeadLettered(topic, r.value());
                        failedAgain++;
                    }
                    replayed++;
                    done.put(p, new OffsetAndMetadata(r.offset() + 1));
                }
            }
        } finally {
            if (!done.isEmpty()) {
                in.commitSync(done);
            }
        }
        if (replayed > 0) {
            LOG.infof("replayed %d dead-lettered record(s) of %s; %d could still not be applied and are in %s again",
                    replayed, topic, failedAgain, deadLetters);
        }
        return replayed;
    }

    /**
     * Applies one record as the channel would; false if it can never be applied. A record that does not finish within
     * {@link #APPLY} (its database away) stops the replay: it is left for the next one.
     */
    private boolean apply(String value) throws Exception {
        try {
            VertxContextSupport.subscribeAndAwait(() -> applier.consume(value).ifNoItem().after(APPLY).fail());
            return true;
        } catch (io.smallrye.mutiny.TimeoutException e) {
            throw new IllegalStateException("a dead-lettered record could not be applied within " + APPLY
                    + "; replay stopped, the rest waits for the next one", e);
        } catch (RuntimeException e) {
            return false;
        } catch (Throwable e) {
            if (e instanceof Exception x) {
                throw x;
            }
            throw new IllegalStateException(e);
        }
    }

    private Properties consumerProperties() {
        Properties props = kafka.properties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group + "-dead-letter-replay");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, consumer + "-dead-letter-replay");
        return props;
    }

    private Properties producerProperties() {
        Properties props = kafka.properties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, consumer + "-dead-letter-replay");
        return props;
    }
}
