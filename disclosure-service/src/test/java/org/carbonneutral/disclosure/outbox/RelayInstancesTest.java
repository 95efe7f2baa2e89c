package org.carbonneutral.disclosure.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.trace.Tracer;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.platform.kafka.KafkaClientSettings;
import org.carbonneutral.platform.outbox.OutboxRelay;
import org.carbonneutral.platform.testing.TestKafka;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Several instances of a service share one database and one outbox: each committed row reaches Kafka once, in the order
 * it was recorded, however many relays are woken by the same commit. Here the service's own relay (woken by the
 * commit's notification) and three more, started together, relay 300 rows; the topic then holds each row exactly once.
 *
 * <p>The rows carry a type no service routes, so the other services' consumers pass over them.
 */
@QuarkusTest
class RelayInstancesTest {

    private static final int ROWS = 300;
    private static final int EXTRA_RELAYS = 3;

    @Inject
    Pool pool;
    @Inject
    KafkaClientSettings kafka;
    @Inject
    Tracer tracer;
    @Inject
    Vertx vertx;
    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void eachRowIsSentOnceAndInOrderWhateverTheNumberOfRelays() throws Exception {
        String key = UUID.randomUUID().toString();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            ids.add(UUID.randomUUID());
        }
        List<OutboxRelay> relays = new ArrayList<>();
        for (int i = 0; i < EXTRA_RELAYS; i++) {
            relays.add(new OutboxRelay(pool, kafka, 50, Duration.ofSeconds(60), tracer, vertx, url, user, password));
        }
        ExecutorService threads = Executors.newFixedThreadPool(EXTRA_RELAYS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> passes = new ArrayList<>();
            for (OutboxRelay relay : relays) {
                passes.add(threads.submit(() -> {
                    go.await();
                    int sent = 0;
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                    while (System.nanoTime() < until) { // keeps competing while the others relay
                        sent += relay.relayOnce();
                    }
                    return sent;
                }));
            }
            record(key, ids);
            go.countDown();
            for (Future<Integer> pass : passes) {
                pass.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
            relays.forEach(OutboxRelay::close);
        }

        List<ConsumerRecord<String, String>> records = TestKafka.readRaw(Topics.DISCLOSURE, key, Duration.ofSeconds(30),
                found -> found.size() >= ROWS);
        Thread.sleep(2000); // a late duplicate would arrive now
        records = TestKafka.readRaw(Topics.DISCLOSURE, key, Duration.ofSeconds(5), found -> false);
        List<UUID> received = records.stream().map(r -> UUID.fromString(r.value().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")))
                .toList();
        assertEquals(ROWS, received.size(), "records on the topic for " + ROWS + " rows ("
                + (received.size() - new java.util.HashSet<>(received).size()) + " sent more than once)");
        assertEquals(ids, received, "every row once, in the order recorded");
        long unsent = pool.preparedQuery("select count(*) as n from outbox_event where event_key = $1 and sent_at is null")
                .execute(Tuple.of(key)).await().atMost(Duration.ofSeconds(10)).iterator().next().getLong("n");
        assertEquals(0, unsent, "every row marked sent");
    }

    /** Records the rows in one transaction, as a service's change would (the commit notifies every relay). */
    private void record(String key, List<UUID> ids) {
        List<String> payloads = new ArrayList<>();
        for (UUID id : ids) {
            payloads.add("{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/test\",\"type\":\"test.RelayCheck\","
                    + "\"subject\":\"" + key + "\",\"tenant\":\"relay-check\",\"data\":{}}");
        }
        pool.withTransaction(c -> c.preparedQuery("insert into outbox_event (id, topic, event_key, type, tenant, payload, "
                        + "created_at) select i, $2, $3, 'test.RelayCheck', 'relay-check', p, now() "
                        + "from unnest($1::uuid[], $4::text[]) with ordinality as r(i, p, n) order by n")
                .execute(Tuple.of(ids.toArray(new UUID[0]), Topics.DISCLOSURE, key, payloads.toArray(new String[0]))))
                .await().atMost(Duration.ofSeconds(10));
    }
}
