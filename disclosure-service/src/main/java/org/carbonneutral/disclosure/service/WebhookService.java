package org.carbonneutral.disclosure.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.WebhookDelivery;
import org.carbonneutral.disclosure.WebhookEndpoint;
import org.carbonneutral.disclosure.config.WebhooksConfig;
import org.carbonneutral.disclosure.domain.WebhookEventType;
import org.carbonneutral.disclosure.domain.WebhookSignature;
import org.carbonneutral.disclosure.domain.WebhookTargetRule;
import org.carbonneutral.platform.http.IfMatch;
import org.carbonneutral.platform.persistence.NativeRows;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * A tenant's webhook endpoints: registering (the URL checked against the target rule after name resolution),
 * reading, replacing, deleting, enabling and disabling them, rotating their secret, and reading and redelivering their
 * deliveries. Every query is scoped to the caller's tenant: another tenant's endpoint answers 404.
 */
@ApplicationScoped
public class WebhookService {

    static final int MAX_DESCRIPTION = 500;
    public static final int MAX_DELIVERIES = 100;

    private final WebhookTargets targets;
    private final WebhooksConfig config;
    private final Vertx vertx;

    public WebhookService(WebhookTargets targets, WebhooksConfig config, Vertx vertx) {
        this.targets = targets;
        this.config = config;
        this.vertx = vertx;
    }

    public Uni<WebhookViews.Endpoint> register(String tenant, String user, WebhookEndpointRequest request) {
        return checked(request).chain(valid -> Panache.withTransaction(() -> {
            OffsetDateTime now = now();
            WebhookEndpoint e = new WebhookEndpoint();
            e.id = UUID.randomUUID();
            e.tenant = tenant;
            e.url = valid.url();
            e.eventTypes = String.join(",", valid.eventTypes());
            e.description = valid.description();
            e.enabled = true;
            e.secret = WebhookSignature.newSecret();
            e.createdBy = user;
            e.createdAt = now;
            e.updatedAt = now;
            return e.<WebhookEndpoint>persist().chain(() -> Panache.getSession().chain(s -> s.flush()))
                    .map(x -> WebhookViews.Endpoint.of(e, e.secret));
        }));
    }

    public Uni<List<WebhookViews.Endpoint>> list(String tenant) {
        return Panache.withSession(() -> WebhookEndpoint.<WebhookEndpoint>find("tenant = ?1 order by createdAt, id", tenant)
                .list().map(all -> all.stream().map(e -> WebhookViews.Endpoint.of(e, null)).toList()));
    }

    public Uni<WebhookViews.Endpoint> get(String tenant, UUID id) {
        return Panache.withSession(() -> find(tenant, id).map(e -> WebhookViews.Endpoint.of(e, null)));
    }

    /** Replaces the URL, event types and description; {@code If-Match} must name the current revision. */
    public Uni<WebhookViews.Endpoint> update(String tenant, UUID id, String ifMatch, WebhookEndpointRequest request) {
        return checked(request).chain(valid -> Panache.withTransaction(() -> find(tenant, id).chain(e -> {
            IfMatch.require(ifMatch, (int) e.version, "webhook endpoint");
            e.url = valid.url();
            e.eventTypes = String.join(",", valid.eventTypes());
            e.description = valid.description();
            e.updatedAt = now();
            return flushed(e, null);
        })));
    }

    public Uni<Void> delete(String tenant, UUID id) {
        return Panache.withTransaction(() -> find(tenant, id).chain(e -> e.delete()));
    }

    /** Enables the endpoint again: the failure count starts afresh, and its waiting deliveries are sent. */
    public Uni<WebhookViews.Endpoint> enable(String tenant, UUID id) {
        return Panache.withTransaction(() -> find(tenant, id).chain(e -> {
            if (!e.enabled) {
                e.enabled = true;
                e.disabledReason = null;
                e.disabledAt = null;
                e.failedDeliveriesInRow = 0;
                e.failingSince = null;
                e.updatedAt = now();
            }
            return flushed(e, null);
        }));
    }

    /** Disables the endpoint: nothing is sent to it, and no delivery is written for it, until it is enabled. */
    public Uni<WebhookViews.Endpoint> disable(String tenant, String user, UUID id) {
        return Panache.withTransaction(() -> find(tenant, id).chain(e -> {
            if (e.enabled) {
                e.enabled = false;
                e.disabledAt = now();
                e.disabledReason = "disabled by " + user;
                e.updatedAt = e.disabledAt;
            }
            return flushed(e, null);
        }));
    }

    /**
     * A new secret, answered once; the previous one keeps signing (a second {@code v1} signature) for the configured
     * overlap, so receivers can switch without losing a delivery.
     */
    public Uni<WebhookViews.Endpoint> rotateSecret(String tenant, UUID id) {
        return Panache.withTransaction(() -> find(tenant, id).chain(e -> {
            OffsetDateTime now = now();
            e.previousSecret = e.secret;
            e.previousSecretExpiresAt = now.plus(config.secretOverlap());
            e.secret = WebhookSignature.newSecret();
            e.secretRotatedAt = now;
            e.updatedAt = now;
            return flushed(e, e.secret);
        }));
    }

    /** The endpoint's newest deliveries (at most {@code limit}), each with all its attempts in time order. */
    public Uni<List<WebhookViews.Delivery>> deliveries(String tenant, UUID id, int limit) {
        return Panache.withSession(() -> find(tenant, id).chain(e -> WebhookDelivery.<WebhookDelivery>find(
                "endpointId = ?1 order by createdAt desc, id desc", e.id).range(0, limit - 1).list()).chain(page -> {
            if (page.isEmpty()) {
                return Uni.createFrom().item(List.<WebhookViews.Delivery>of());
            }
            OffsetDateTime oldest = page.get(page.size() - 1).createdAt;
            return attempts(id, oldest).map(byDelivery -> page.stream().map(d -> view(d,
                    byDelivery.getOrDefault(d.id, List.of()))).toList());
        }));
    }

    /**
     * Sends the delivery again now, with the same message id: one manual attempt (no retries follow it) for a
     * delivery that succeeded or failed; a pending one is brought forward. Refused while the endpoint is disabled.
     */
    public Uni<WebhookViews.Delivery> redeliver(String tenant, UUID id, UUID deliveryId) {
        return Panache.withTransaction(() -> find(tenant, id).chain(e -> {
            if (!e.enabled) {
                throw ProblemException.conflict("webhook-endpoint-disabled", "webhook endpoint " + id
                        + " is disabled; enable it before redelivering");
            }
            return WebhookDelivery.<WebhookDelivery>findById(deliveryId);
        }).chain(d -> {
            if (d == null || !d.endpointId.equals(id)) {
                throw ProblemException.notFound("webhook delivery " + deliveryId);
            }
            if (!WebhookDelivery.PENDING.equals(d.status)) {
                d.status = WebhookDelivery.PENDING;
                d.manual = true;
            }
            d.nextAttemptAt = now();
            return attempts(id, d.createdAt).map(a -> view(d, a.getOrDefault(d.id, List.of())));
        }));
    }

    public Uni<List<WebhookViews.Notice>> notices(String tenant) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery("select endpoint_id, at, "
                + "kind, message from webhook_notice where tenant = ?1 order by at desc, id desc limit 500",
                Object[].class).setParameter(1, tenant).getResultList()))
                .map(rows -> rows.stream().map(r -> new WebhookViews.Notice(NativeRows.uuid(r[0]),
                        NativeRows.timestamp(r[1]), (String) r[2], (String) r[3])).toList());
    }

    private Uni<Map<UUID, List<WebhookViews.Attempt>>> attempts(UUID endpointId, OffsetDateTime since) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select a.delivery_id, a.attempted_at, a.trigger, "
                + "a.http_status, a.error, a.duration_ms, a.succeeded from webhook_attempt a join webhook_delivery d on "
                + "d.id = a.delivery_id where d.endpoint_id = ?1 and d.created_at >= ?2 order by a.attempted_at, a.id",
                Object[].class).setParameter(1, endpointId).setParameter(2, since).getResultList()).map(rows -> {
                    Map<UUID, List<WebhookViews.Attempt>> byDelivery = new HashMap<>();
                    for (Object[] r : rows) {
                        byDelivery.computeIfAbsent(NativeRows.uuid(r[0]), k -> new ArrayList<>()).add(
                                new WebhookViews.Attempt(NativeRows.timestamp(r[1]), (String) r[2],
                                        r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4],
                                        ((Number) r[5]).longValue(), (Boolean) r[6]));
                    }
                    return byDelivery;
                });
    }

    @SuppressWarnings("unchecked")
    private static WebhookViews.Delivery view(WebhookDelivery d, List<WebhookViews.Attempt> attempts) {
        return new WebhookViews.Delivery(d.id, d.messageId, d.eventType, d.status, d.createdAt,
                WebhookDelivery.PENDING.equals(d.status) ? d.nextAttemptAt : null, Json.read(d.payload, Map.class),
                attempts);
    }

    private static Uni<WebhookEndpoint> find(String tenant, UUID id) {
        return WebhookEndpoint.<WebhookEndpoint>findById(id).map(e -> WebhookEndpoint.ofTenant(e, tenant, id));
    }

    /** The view after the change is flushed, so its revision is the new one. */
    private static Uni<WebhookViews.Endpoint> flushed(WebhookEndpoint e, String secret) {
        return Panache.getSession().chain(s -> s.flush()).map(x -> WebhookViews.Endpoint.of(e, secret));
    }

    /** A request whose fields are valid and whose URL passed the target rule. */
    private record Valid(String url, List<String> eventTypes, String description) {
    }

    /**
     * Checks the request (each offending field named) and then the URL's host, resolved off the event loop, against
     * the target rule; a refused URL is a 400 naming {@code url} and the reason.
     */
    private Uni<Valid> checked(WebhookEndpointRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        WebhookTargetRule rule = targets.rule();
        String urlRefusal = rule.syntaxRefusal(request.url());
        if (urlRefusal != null) {
            violations.add(new Problem.Violation("url", urlRefusal));
        }
        Set<String> types = new LinkedHashSet<>();
        if (request.eventTypes() == null || request.eventTypes().isEmpty()) {
            violations.add(new Problem.Violation("eventTypes", "name at least one of " + WebhookEventType.names()));
        } else {
            for (int i = 0; i < request.eventTypes().size(); i++) {
                String t = request.eventTypes().get(i);
                if (t == null || WebhookEventType.of(t).isEmpty()) {
                    violations.add(new Problem.Violation("eventTypes[" + i + "]", "'" + t
                            + "' is not an event type; one of " + WebhookEventType.names()));
                } else {
                    types.add(t);
                }
            }
        }
        String description = request.description() == null || request.description().isBlank() ? null
                : request.description().trim();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            violations.add(new Problem.Violation("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(violations));
        }
        String url = request.url().trim();
        return vertx.executeBlocking(Uni.createFrom().item(() -> rule.check(url))).map(verdict -> {
            if (!verdict.allowed()) {
                throw ProblemException.invalid("url", verdict.refusal());
            }
            return new Valid(url, List.copyOf(types), description);
        });
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
