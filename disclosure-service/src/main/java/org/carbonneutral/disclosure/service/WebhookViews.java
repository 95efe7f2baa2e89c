package org.carbonneutral.disclosure.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.disclosure.WebhookEndpoint;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the webhooks API answers with. */
public final class WebhookViews {

    private WebhookViews() {
    }

    /** An endpoint; {@code secret} only in the answer of its creation or of a rotation, and never again. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WebhookEndpoint")
    public record Endpoint(UUID id, String url, String description, List<String> eventTypes, boolean enabled,
            @Schema(description = "Why the endpoint is disabled (by whom, or after which failures); absent while enabled")
            String disabledReason,
            OffsetDateTime disabledAt,
            OffsetDateTime secretRotatedAt,
            @Schema(description = "Until then deliveries also carry a signature with the previous secret")
            OffsetDateTime previousSecretExpiresAt,
            String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            @Schema(description = "The revision (also the ETag) an update names in If-Match")
            long revision,
            @Schema(description = "The signing secret (whsec_ and base64); shown once, at creation and rotation")
            String secret) {

        public static Endpoint of(WebhookEndpoint e, String secret) {
            return new Endpoint(e.id, e.url, e.description, e.eventTypeList(), e.enabled, e.disabledReason,
                    e.disabledAt, e.secretRotatedAt, e.previousSecretExpiresAt, e.createdBy, e.createdAt, e.updatedAt,
                    e.version, secret);
        }
    }

    /** One attempt to deliver a message: when, how long it took, and the HTTP status or the error. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WebhookAttempt")
    public record Attempt(OffsetDateTime at,
            @Schema(description = "SCHEDULED (first attempt and retries) or MANUAL (a redelivery)") String trigger,
            Integer httpStatus, String error, long durationMs, boolean succeeded) {
    }

    /** One message to one endpoint, with every attempt. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WebhookDelivery")
    public record Delivery(UUID id,
            @Schema(description = "The webhook-id header, the same on every attempt") String messageId,
            String eventType,
            @Schema(description = "PENDING (an attempt is due at nextAttemptAt), SUCCEEDED or FAILED") String status,
            OffsetDateTime createdAt, OffsetDateTime nextAttemptAt,
            @Schema(description = "The body sent (a JSON object)") Map<String, Object> payload,
            List<Attempt> attempts) {
    }

    /** Something the suite tells the tenant about an endpoint, e.g. that it was disabled after failing persistently. */
    @Schema(name = "WebhookNotice")
    public record Notice(UUID endpointId, OffsetDateTime at,
            @Schema(description = "ENDPOINT_DISABLED") String kind, String message) {
    }
}
