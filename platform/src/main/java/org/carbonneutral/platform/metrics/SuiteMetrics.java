package org.carbonneutral.platform.metrics;

import io.micrometer.core.instrument.Metrics;
import java.util.List;
import org.carbonneutral.contracts.Finding;

/**
 * The metrics an operator alerts on, by name (on {@code /q/metrics} in Prometheus form, dots as underscores):
 * <ul>
 * <li>{@value #OUTBOX_BACKLOG}, {@value #OUTBOX_OLDEST_AGE}: events recorded and not yet on Kafka, and how long the
 * oldest has waited (seconds);</li>
 * <li>{@value #OUTBOX_RELAYED}{topic}: events the relay put on Kafka; {@value #OUTBOX_SEND_FAILURES}: failed sends;</li>
 * <li>{@value #EVENTS_PROCESSED}{topic,type}, {@value #EVENTS_DUPLICATES}{topic,type}, {@code suite.events.dead_lettered}
 * {topic,type}: what the consumer applied, dropped as already applied, and dead-lettered;</li>
 * <li>{@value #FINDINGS}{part,rule,severity}: rule findings at each submission;</li>
 * <li>disclosure-service adds publications, withdrawals and the approval-to-publication latency.</li>
 * </ul>
 * Counters are on Micrometer's global registry, which Quarkus backs with the service's Prometheus registry.
 */
public final class SuiteMetrics {

    public static final String OUTBOX_BACKLOG = "suite.outbox.backlog";
    public static final String OUTBOX_OLDEST_AGE = "suite.outbox.oldest.unsent.age.seconds";
    public static final String OUTBOX_RELAYED = "suite.outbox.relayed";
    public static final String OUTBOX_SEND_FAILURES = "suite.outbox.send.failures";
    public static final String EVENTS_PROCESSED = "suite.events.processed";
    public static final String EVENTS_DUPLICATES = "suite.events.duplicates";
    public static final String FINDINGS = "suite.findings";

    private SuiteMetrics() {
    }

    public static void findings(String part, List<Finding> findings) {
        for (Finding f : findings) {
            Metrics.counter(FINDINGS, "part", part, "rule", f.ruleId(), "severity", f.severity().name()).increment();
        }
    }
}
