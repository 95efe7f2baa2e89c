package org.carbonneutral.platform.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.carbonneutral.platform.consumer.IdempotentConsumer.PoisonMessageException;
import org.carbonneutral.platform.failure.Failures.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @ParameterizedTest(name = "SQLSTATE {0} is {1}")
    @CsvSource({
        "08006, TRANSIENT", // connection failure
        "08001, TRANSIENT", // cannot connect
        "57P01, TRANSIENT", // admin shutdown
        "57P03, TRANSIENT", // cannot connect now (starting up)
        "53300, TRANSIENT", // too many connections
        "40001, TRANSIENT", // serialization failure
        "40P01, TRANSIENT", // deadlock
        "55P03, TRANSIENT", // lock not available
        "57014, TRANSIENT", // statement timeout
        "23505, UNCLASSIFIED", // unique violation: retrying changes nothing
        "23P01, UNCLASSIFIED", // exclusion violation
        "22003, UNCLASSIFIED", // numeric out of range
        "42P01, UNCLASSIFIED" // undefined table
    })
    void sqlStatesOfJdbcAndTheReactiveClient(String state, Kind kind) {
        assertEquals(kind, Failures.classify(new SQLException("failed", state)));
        assertEquals(kind, Failures.classify(new PgException("failed", "ERROR", state, null)));
        assertEquals(kind, Failures.classify(new CompletionException(new RuntimeException(
                new PgException("failed", "FATAL", state, null)))), "found below wrappers");
    }

    @Test
    void lostConnectionsAndTimeoutsAreTransient() {
        assertEquals(Kind.TRANSIENT, Failures.classify(new CompletionException(new ConnectException("Connection refused"))));
        assertEquals(Kind.TRANSIENT, Failures.classify(new NoStackTraceThrowable("Pool closed")));
        assertEquals(Kind.TRANSIENT, Failures.classify(new io.vertx.core.VertxException("Connection was closed")));
        assertEquals(Kind.TRANSIENT, Failures.classify(new io.smallrye.mutiny.TimeoutException()));
        assertEquals(Kind.TRANSIENT, Failures.classify(new NotLeaderOrFollowerException("moving")));
    }

    @Test
    void recordsThatCanNeverBeAppliedArePoison() {
        assertEquals(Kind.POISON, Failures.classify(new PoisonMessageException("not a suite event", null)));
        assertEquals(Kind.POISON, Failures.classify(new IllegalArgumentException("data is not an InventoryApproved")));
        assertEquals(Kind.POISON, Failures.classify(new RuntimeException(new IllegalArgumentException("bad payload"))));
    }

    @Test
    void theUnknownIsNeitherTransientNorPoison() {
        assertEquals(Kind.UNCLASSIFIED, Failures.classify(new IllegalStateException("bug")));
        assertEquals(Kind.UNCLASSIFIED, Failures.classify(new RecordTooLargeException("too large")));
        assertEquals(Kind.UNCLASSIFIED, Failures.classify(new io.vertx.core.VertxException("no such route")));
    }
}
