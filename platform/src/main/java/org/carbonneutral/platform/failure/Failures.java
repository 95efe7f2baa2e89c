package org.carbonneutral.platform.failure;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.carbonneutral.platform.consumer.IdempotentConsumer.PoisonMessageException;

/**
 * Tells a failure that passes once a dependency is back (the database or broker unavailable, a serialization failure, a
 * lock or statement timeout) from one that no retry can fix (a record that is not a suite event, an effect that
 * rejects it). Consumers retry the first kind without limit and dead-letter only the second; the HTTP API answers the
 * first kind with 503 and {@code Retry-After}.
 */
public final class Failures {

    /** How a failure is to be treated. */
    public enum Kind {
        /** The database or broker is unavailable or refused for now: retry until it is back. */
        TRANSIENT,
        /** The record can never be applied: dead-letter it at once. */
        POISON,
        /** Neither is known: retry a few times, then dead-letter. */
        UNCLASSIFIED
    }

    /**
     * SQLSTATE classes and codes that a retry outlives: connection exceptions (08), insufficient resources (53),
     * operator intervention (57P01–57P05: admin or crash shutdown, cannot connect now), query canceled by statement
     * timeout (57014), serialization failure (40001), deadlock (40P01), lock not available (55P03).
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53");
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "57P04", "57P05", "57014",
            "40001", "40P01", "55P03");
    private static final int DEPTH = 16;

    private Failures() {
    }

    public static Kind classify(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < DEPTH; depth++, t = t.getCause()) {
            if (t instanceof PoisonMessageException || t instanceof IllegalArgumentException) {
                return Kind.POISON;
            }
            if (transientItself(t)) {
                return Kind.TRANSIENT;
            }
        }
        return Kind.UNCLASSIFIED;
    }

    public static boolean isTransient(Throwable failure) {
        return classify(failure) == Kind.TRANSIENT;
    }

    private static boolean transientItself(Throwable t) {
        String state = ownSqlState(t);
        if (state != null && state.length() == 5 && (TRANSIENT_CLASSES.contains(state.substring(0, 2))
                || TRANSIENT_STATES.contains(state))) {
            return true;
        }
        if (t instanceof SQLTransientException || t instanceof ConnectException || t instanceof SocketException
                || t instanceof SocketTimeoutException || t instanceof ClosedChannelException
                || t instanceof TimeoutException || t instanceof io.smallrye.mutiny.TimeoutException
                || t instanceof RejectedExecutionException
                || t instanceof org.apache.kafka.common.errors.RetriableException) {
            return true;
        }
        String name = t.getClass().getName();
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (name.endsWith("NoStackTraceThrowable") || name.endsWith("VertxException")
                || name.endsWith("ClosedConnectionException")) {
            // the Vert.x SQL client reports a lost or refused connection and a closed pool this way
            return message.contains("connection") || message.contains("pool closed") || message.contains("closed");
        }
        return name.endsWith("JDBCConnectionException") || name.endsWith("AcquisitionTimeoutException")
                || name.endsWith("LockTimeoutException") || name.endsWith("PessimisticLockException")
                && "40P01".equals(state);
    }

    /** The SQLSTATE of the first JDBC or reactive PostgreSQL failure in {@code failure}'s cause chain, or null. */
    public static String sqlState(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < DEPTH; depth++, t = t.getCause()) {
            String state = ownSqlState(t);
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    private static String ownSqlState(Throwable t) {
        if (t instanceof SQLException s) {
            return s.getSQLState();
        }
        if (t instanceof io.vertx.pgclient.PgException p) {
            return p.getSqlState();
        }
        if (t instanceof org.hibernate.JDBCException j) {
            return j.getSQLState();
        }
        return null;
    }
}
