package org.carbonneutral.platform.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.json.Json;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records an event in the outbox. Call it inside the transaction that makes the change (never "save then send"):
 * either both commit or neither does, and the relay publishes what committed.
 */
@ApplicationScoped
public class Outbox {

    private final String source;

    public Outbox(@ConfigProperty(name = "quarkus.application.name") String service) {
        this.source = "/" + service;
    }

    public Uni<CloudEvent> append(EventType type, String tenant, UUID declarationId, Record payload) {
        CloudEvent event = Events.envelope(type, source, tenant, declarationId, payload);
        OutboxEvent row = new OutboxEvent();
        row.id = event.id();
        row.topic = type.topic();
        row.eventKey = declarationId.toString();
        row.type = type.ceType();
        row.tenant = tenant;
        row.payload = Json.write(event);
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return row.persist().replaceWith(event);
    }
}
