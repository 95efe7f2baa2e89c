package org.carbonneutral.disclosure.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What registers or replaces a webhook endpoint. */
@Schema(description = "A webhook endpoint: where to send which events")
public record WebhookEndpointRequest(
        @Schema(description = "An absolute https URL whose host resolves only to public addresses",
                examples = "https://esg.example.com/hooks/carbon-neutrality", required = true)
        String url,
        @Schema(description = "The event types to send: part.approved, part.approval_revoked, declaration.published, "
                + "declaration.withdrawn", examples = "[\"declaration.published\",\"declaration.withdrawn\"]", required = true)
        List<String> eventTypes,
        @Schema(description = "A note for people (at most 500 characters)", examples = "ESG platform, production")
        String description) {
}
