package org.carbonneutral.disclosure.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.domain.WebhookEventType;

/**
 * Writes a delivery for every enabled endpoint of the tenant subscribed to the event, in the caller's transaction (the
 * one recording the change), so a committed change always has its deliveries and a rolled-back one has none. The
 * webhook relay sends them.
 */
@ApplicationScoped
public class WebhookDeliveries {

    private static final String INSERT = "insert into webhook_delivery (id, message_id, endpoint_id, tenant, event_type, "
            + "payload, status, attempts, next_attempt_at, manual, created_at) "
            + "select gen_random_uuid(), ?1, e.id, e.tenant, ?2, ?3, 'PENDING', 0, ?4, false, ?4 from webhook_endpoint e "
            + "where e.tenant = ?5 and e.enabled and ?2 = any(string_to_array(e.event_types, ','))";

    /**
     * Enqueues {@code {"type", "timestamp", "data"}} for the tenant's subscribed endpoints. {@code eventId} (the id of
     * the event that reports the change) makes the message id, the same for every endpoint and every attempt.
     */
    public Uni<Void> enqueue(String tenant, WebhookEventType type, UUID eventId, OffsetDateTime at, Map<String, ?> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.wireName());
        body.put("timestamp", at.withOffsetSameInstant(ZoneOffset.UTC));
        body.put("data", data);
        String payload = Json.write(body);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT).setParameter(1, "msg_" + eventId)
                .setParameter(2, type.wireName()).setParameter(3, payload).setParameter(4, now)
                .setParameter(5, tenant).executeUpdate()).replaceWithVoid();
    }
}
