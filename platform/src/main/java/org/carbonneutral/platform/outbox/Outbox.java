package org.carbonneutral.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.platform.tracing.TraceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records an event in the outbox. Call it inside the transaction that makes the change (never "save then send"):
 * either both commit or neither does, and the relay publishes what committed. The write is a span of the change's
 * trace (the HTTP request, or the consumed event that caused it); its trace context travels with the event, in the
 * CloudEvents {@code traceparent} extension and in the row, so the relay and every consumer continue the same trace.
 */
@ApplicationScoped
public class Outbox {

    private final String source;
    private final Tracer tracer;

    public Outbox(@ConfigProperty(name = "quarkus.application.name") String service, Tracer tracer) {
        this.source = "/" + service;
        this.tracer = tracer;
    }

    public Uni<CloudEvent> append(EventType type, String tenant, UUID declarationId, Record payload) {
        Span span = tracer.spanBuilder("outbox append " + type.ceType()).setAttribute("cloudevents.event_type", type.ceType())
                .setAttribute("messaging.destination.name", type.topic()).startSpan();
        String traceparent = TraceContext.traceparent(span);
        CloudEvent event = Events.envelope(type, source, tenant, declarationId, payload).tracedBy(traceparent);
        span.setAttribute("cloudevents.event_id", event.id().toString());
        OutboxEvent row = new OutboxEvent();
        row.id = event.id();
        row.topic = type.topic();
        row.eventKey = declarationId.toString();
        row.type = type.ceType();
        row.tenant = tenant;
        row.payload = Json.write(event);
        row.traceParent = traceparent;
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return row.persist().replaceWith(event).onTermination().invoke(span::end);
    }
}
