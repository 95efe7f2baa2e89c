package org.carbonneutral.platform.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.platform.part.EventRoutes;
import org.junit.jupiter.api.Test;

/** How often a record is tried, by the kind of its failure: a dependency's outage never sends it to the dead letters. */
class RedeliveryTest {

    private final IdempotentConsumer consumer = new IdempotentConsumer("test-service", EventRoutes.builder().build(),
            new SimpleMeterRegistry(), io.opentelemetry.api.OpenTelemetry.noop().getTracer("test"), Duration.ofMillis(1),
            Duration.ofMillis(5));
    private final CloudEvent event = new CloudEvent("1.0", UUID.randomUUID(), "/test", "org.carbonneutral.test",
            UUID.randomUUID().toString(), OffsetDateTime.now(), "application/json", "acme", null, null);

    /** Fails {@code failures} times with what {@code failure} makes, then succeeds. */
    private Uni<Void> run(AtomicInteger attempts, int failures, java.util.function.Supplier<RuntimeException> failure) {
        return consumer.retried(event, () -> attempts.incrementAndGet() <= failures
                ? Uni.createFrom().failure(failure.get()) : Uni.createFrom().voidItem());
    }

    @Test
    void anOutageIsOutlivedHoweverManyAttemptsItTakes() {
        AtomicInteger attempts = new AtomicInteger();
        run(attempts, 40, () -> new RuntimeException(new PgException("terminating connection due to administrator "
                + "command", "FATAL", "57P01", null))).await().atMost(Duration.ofSeconds(30));
        assertEquals(41, attempts.get(), "every failed attempt was tried again, far beyond the limit for unknown failures");
    }

    @Test
    void aRefusedConnectionIsRetriedToo() {
        AtomicInteger attempts = new AtomicInteger();
        run(attempts, 12, () -> new RuntimeException(new ConnectException("Connection refused")))
                .await().atMost(Duration.ofSeconds(30));
        assertEquals(13, attempts.get());
    }

    @Test
    void aPoisonRecordIsTriedOnce() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(IdempotentConsumer.PoisonMessageException.class, () -> run(attempts, 100,
                () -> new IdempotentConsumer.PoisonMessageException("not a suite event", null))
                .await().atMost(Duration.ofSeconds(30)));
        assertEquals(1, attempts.get());
    }

    @Test
    void anUnknownFailureIsTriedAFewTimesThenDeadLettered() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> run(attempts, 100, () -> new IllegalStateException("bug"))
                .await().atMost(Duration.ofSeconds(30)));
        assertEquals(IdempotentConsumer.UNCLASSIFIED_ATTEMPTS, attempts.get());
    }

    @Test
    void anOutageInBetweenResetsTheCountOfUnknownFailures() {
        AtomicInteger attempts = new AtomicInteger();
        // 4 unknown failures, an outage, 4 more unknown ones, then success: the outage is not the record's fault
        Uni<Void> uni = consumer.retried(event, () -> {
            int n = attempts.incrementAndGet();
            if (n <= 4 || n >= 6 && n <= 9) {
                return Uni.createFrom().failure(new IllegalStateException("flaky"));
            }
            if (n == 5) {
                return Uni.createFrom().failure(new java.sql.SQLException("connection lost", "08006"));
            }
            return Uni.createFrom().voidItem();
        });
        uni.await().atMost(Duration.ofSeconds(30));
        assertEquals(10, attempts.get());
    }
}
