package org.carbonneutral.contracts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.carbonneutral.contracts.json.Json;

/** Builds and reads CloudEvents envelopes of the suite's event types. */
public final class Events {

    private Events() {
    }

    public static CloudEvent envelope(EventType type, String source, String tenant, UUID declarationId, Record payload) {
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName());
        }
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), source, type.ceType(), declarationId.toString(),
                OffsetDateTime.now(ZoneOffset.UTC), "application/json", tenant, Json.tree(payload), null);
    }

    /** Parses a record value; throws {@link IllegalArgumentException} for anything that is not a suite event. */
    public static CloudEvent parse(String value) {
        CloudEvent event;
        try {
            event = Json.read(value, CloudEvent.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a CloudEvents JSON envelope: " + e.getMessage(), e);
        }
        if (event == null || !CloudEvent.SPEC_VERSION.equals(event.specversion()) || event.id() == null
                || event.type() == null || event.subject() == null || event.data() == null || event.tenant() == null) {
            throw new IllegalArgumentException("CloudEvents envelope lacks specversion 1.0, id, type, subject, tenant or data");
        }
        try {
            event.declarationId();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("subject is not a declaration id: " + event.subject(), e);
        }
        return event;
    }

    public static <T extends Record> T payload(CloudEvent event, Class<T> type) {
        try {
            return Json.convert(event.data(), type);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("data of " + event.type() + " is not a " + type.getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }
}
