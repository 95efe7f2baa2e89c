package org.carbonneutral.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.carbonneutral.contracts.Topics;
import org.junit.jupiter.api.Test;

/**
 * Two instances of every service against a three-node Kafka cluster (deploy/local/infra replicas-test: PostgreSQL and
 * brokers on ports of their own, started and stopped here): declarations are taken through the suite while instances
 * are killed with SIGKILL, brokers killed (one at a time) and PostgreSQL restarted. Every declaration is published
 * exactly once, from the revisions approved last, and nothing is dead-lettered.
 */
class ReplicasAndBrokerFailuresIT {

    @Test
    void replicasAndBrokerFailuresLoseNothing() throws Exception {
        Path logs = ReplicatedSuite.ROOT.resolve("system-tests/target/replicas");
        try (ReplicatedSuite suite = new ReplicatedSuite("replicas-test", 2, false, 0, logs)) {
            suite.start();
            assertEquals(3, suite.kafkaNodes(), "a three-node cluster");
            try (Admin admin = Admin.create(suite.kafkaAdmin())) {
                for (String topic : List.of(Topics.DISCLOSURE, Topics.INVENTORY, Topics.PATHWAY, Topics.OFFSET)) {
                    TopicDescription d = admin.describeTopics(Set.of(topic)).allTopicNames().get(60, TimeUnit.SECONDS)
                            .get(topic);
                    d.partitions().forEach(p -> assertEquals(3, p.replicas().size(), topic + " replicated three times"));
                    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                    String minIsr = admin.describeConfigs(Set.of(resource)).all().get(60, TimeUnit.SECONDS).get(resource)
                            .get("min.insync.replicas").value();
                    assertEquals("2", minIsr, topic + " min.insync.replicas");
                }
            }
            ChaosRun.Result r = new ChaosRun(suite, 10, 5, 4, Duration.ofSeconds(7), Duration.ofSeconds(90)).run();
            System.out.print(r.report());
            assertTrue(r.faults() >= 5, "at least 5 faults: " + r.faultsByKind());
            assertTrue(r.faultsByKind().getOrDefault("postgres-restart", 0) >= 1, "PostgreSQL restarted");
            assertTrue(r.faultsByKind().getOrDefault("broker-kill", 0) >= 1, "a broker killed");
            assertTrue(r.faultsByKind().getOrDefault("instance-kill", 0) >= 1, "an instance killed");
            assertEquals(0, r.failed(), "flows failed before their approval: " + r.problems());
            assertEquals(0, r.lost(), "lost: " + r.problems());
            assertEquals(0, r.duplicated(), "duplicated: " + r.problems());
            assertEquals(0, r.stale(), "stale: " + r.problems());
            assertEquals(0, r.stuck(), "stuck: " + r.problems());
            assertEquals(0, r.deadLettered(), "dead-lettered: " + r.problems());
            assertEquals(10, r.publishedOnce(), "every flow published exactly once: " + r.problems());
        }
    }
}
