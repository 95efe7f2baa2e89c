package org.carbonneutral.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.Map;

/**
 * W3C trace context as it travels with an event: in the outbox row, in the CloudEvents {@code traceparent} extension
 * and in the Kafka record's {@code traceparent} header. Pure OpenTelemetry API: with tracing off every method answers
 * "none" and nothing breaks.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContext() {
    }

    /** The {@code traceparent} of {@code span}, or null where it is not a valid (sampled or not) span. */
    public static String traceparent(Span span) {
        SpanContext c = span.getSpanContext();
        if (!c.isValid()) {
            return null;
        }
        return "00-" + c.getTraceId() + "-" + c.getSpanId() + "-" + c.getTraceFlags().asHex();
    }

    /** The context a {@code traceparent} names, as a parent for a new span; the root context for null or garbage. */
    public static Context parent(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(HEADER, traceparent), MAP);
    }

    /** The trace id of a {@code traceparent}, or null. */
    public static String traceId(String traceparent) {
        SpanContext c = Span.fromContext(parent(traceparent)).getSpanContext();
        return c.isValid() ? c.getTraceId() : null;
    }
}
