package org.carbonneutral.disclosure.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.disclosure.domain.WebhookEventType;
import org.carbonneutral.disclosure.service.WebhookEndpointRequest;
import org.carbonneutral.disclosure.service.WebhookService;
import org.carbonneutral.disclosure.service.WebhookViews;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.security.Caller;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A tenant's webhook endpoints (Standard Webhooks): the suite POSTs signed events to them instead of being polled.
 * Configuring them is the preparer's (the tenant's integration setting); another tenant's endpoint answers 404.
 */
@Path("/api/webhooks")
@Tag(name = "Webhooks", description = "Signed event deliveries to the tenant's endpoints (Standard Webhooks)")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PREPARER)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a preparer, or the token names no tenant",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WebhookResource {

    private static final String REQUEST_EXAMPLE = """
            {"url":"https://esg.example.com/hooks/carbon-neutrality",
             "eventTypes":["declaration.published","declaration.withdrawn"],"description":"ESG platform"}""";

    private final WebhookService service;
    private final Caller caller;

    public WebhookResource(WebhookService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerWebhookEndpoint", summary = "Register a webhook endpoint", description = "An "
            + "absolute https URL whose host resolves only to public addresses (never loopback, private, link-local, "
            + "unspecified, multicast, carrier-grade NAT or an IPv6 form of those), and the event types to send. The "
            + "answer carries the signing secret (whsec_ and base64) once: keep it, it is never shown again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookEndpointRequest.class),
            examples = @ExampleObject(name = "ESG platform", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered and enabled; Location names it; the secret is shown once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookViews.Endpoint.class)))
    @APIResponse(responseCode = "400", description = "Invalid: the problem names each field (url with the reason it is "
            + "refused, eventTypes[i], description)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<WebhookViews.Endpoint>> register(@NotNull WebhookEndpointRequest request) {
        return service.register(caller.tenant(), caller.user(), request)
                .map(e -> RestResponse.ResponseBuilder.<WebhookViews.Endpoint>created(URI.create("/api/webhooks/" + e.id()))
                        .tag(String.valueOf(e.revision())).entity(e).build());
    }

    @GET
    @Operation(operationId = "listWebhookEndpoints", summary = "List your tenant's webhook endpoints",
            description = "Oldest first, without their secrets.")
    @APIResponse(responseCode = "200", description = "The endpoints", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookViews.Endpoint.class)))
    public Uni<List<WebhookViews.Endpoint>> list() {
        return service.list(caller.tenant());
    }

    @GET
    @Path("/event-types")
    @Operation(operationId = "listWebhookEventTypes", summary = "The event types an endpoint may subscribe to",
            description = "The names to give in an endpoint's eventTypes: a part approved or its approval revoked, a "
            + "declaration published or withdrawn.")
    @APIResponse(responseCode = "200", description = "part.approved, part.approval_revoked, declaration.published, "
            + "declaration.withdrawn", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)))
    public List<String> eventTypes() {
        return Arrays.stream(WebhookEventType.values()).map(WebhookEventType::wireName).toList();
    }

    @GET
    @Path("/notices")
    @Operation(operationId = "listWebhookNotices", summary = "What the suite told your tenant about its endpoints",
            description = "Newest first (at most 500): an endpoint disabled because its deliveries kept failing "
                    + "(ENDPOINT_DISABLED), with the reason and the last error. Kept when the endpoint is deleted.")
    @APIResponse(responseCode = "200", description = "The notices", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookViews.Notice.class)))
    public Uni<List<WebhookViews.Notice>> notices() {
        return service.notices(caller.tenant());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookEndpoint", summary = "Read a webhook endpoint",
            description = "Without its secret; with whether it is enabled and, when disabled, why. ETag is its revision.")
    @APIResponse(responseCode = "200", description = "The endpoint", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookViews.Endpoint.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint for your tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<WebhookViews.Endpoint>> get(@PathParam("id") UUID id) {
        return service.get(caller.tenant(), id).map(WebhookResource::tagged);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhookEndpoint", summary = "Replace a webhook endpoint's URL, event types and description",
            description = "Checked as at registration. If-Match must name the current revision (ETag). The secret and "
                    + "the deliveries already written are kept.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookEndpointRequest.class),
            examples = @ExampleObject(name = "ESG platform", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The endpoint", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookViews.Endpoint.class)))
    @APIResponse(responseCode = "400", description = "Invalid: the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint for your tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current revision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<WebhookViews.Endpoint>> update(@PathParam("id") UUID id,
            @Parameter(description = "The current revision, as the ETag gave it") @HeaderParam("If-Match") String ifMatch,
            @NotNull WebhookEndpointRequest request) {
        return service.update(caller.tenant(), id, ifMatch, request).map(WebhookResource::tagged);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Delete a webhook endpoint",
            description = "With its deliveries and their attempts; nothing more is sent to it. Its notices are kept.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such endpoint for your tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.delete(caller.tenant(), id).map(x -> RestResponse.noContent());
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enableWebhookEndpoint", summary = "Enable a webhook endpoint",
            description = "Clears the reason it was disabled and its failure count; deliveries waiting for it are sent.")
    @APIResponse(responseCode = "200", description = "The endpoint", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookViews.Endpoint.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint for your tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<WebhookViews.Endpoint>> enable(@PathParam("id") UUID id) {
        return service.enable(caller.tenant(), id).map(WebhookResource::tagged);
    }

    @POST
    @Path("/{id}/disable")
    @Operation(operationId = "disableWebhookEndpoint", summary = "Disable a webhook endpoint",
            description = "Nothing is sent to it, and no delivery is written for it, until it is enabled again.")
    @APIResponse(responseCode = "200", description = "The endpoint", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookViews.Endpoint.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint for your tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<WebhookViews.Endpoint>> disable(@PathParam("id") UUID id) {
        return service.disable(caller.tenant(), caller.user(), id).map(WebhookResource::tagged);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate a webhook endpoint's signing secret",
            description = "Answers the new secret once. For the overlap (24 hours by default; previousSecretExpiresAt) "
                    + "every delivery carries two signatures in webhook-signature, one with each secret, so the receiver "
                    + "can switch to the new one without losing a delivery.")
    @APIResponse(responseCode = "200", description = "The endpoint with its new secret, shown once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookViews.Endpoint.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint for your tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<WebhookViews.Endpoint>> rotateSecret(@PathParam("id") UUID id) {
        return service.rotateSecret(caller.tenant(), id).map(WebhookResource::tagged);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "An endpoint's deliveries, with every attempt",
            description = "Newest first, at most `limit` (default 50, at most 100): each message with its status "
                    + "(PENDING with the time of its next attempt, SUCCEEDED or FAILED), its body, and each attempt "
                    + "(time, trigger, HTTP status or error, duration).")
    @APIResponse(responseCode = "200", description = "The deliveries", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookViews.Delivery.class)))
    @APIResponse(responseCode = "400", description = "limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint for your tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<WebhookViews.Delivery>> deliveries(@PathParam("id") UUID id,
            @Parameter(description = "How many, 1-100") @QueryParam("limit") @DefaultValue("50") @Min(1)
            @Max(WebhookService.MAX_DELIVERIES) int limit) {
        return service.deliveries(caller.tenant(), id, limit);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery again",
            description = "Now, with the same webhook-id (receivers drop duplicates by it), signed afresh: one manual "
                    + "attempt, recorded with the others, that no retries follow. A delivery still pending is brought "
                    + "forward.")
    @APIResponse(responseCode = "202", description = "Scheduled now; the attempt shows in the delivery's attempts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookViews.Delivery.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint for your tenant, or no such delivery of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The endpoint is disabled: enable it first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<WebhookViews.Delivery>> redeliver(@PathParam("id") UUID id,
            @PathParam("deliveryId") UUID deliveryId) {
        return service.redeliver(caller.tenant(), id, deliveryId)
                .map(d -> RestResponse.ResponseBuilder.<WebhookViews.Delivery>create(RestResponse.Status.ACCEPTED)
                        .entity(d).build());
    }

    private static RestResponse<WebhookViews.Endpoint> tagged(WebhookViews.Endpoint e) {
        return RestResponse.ResponseBuilder.ok(e).tag(String.valueOf(e.revision())).build();
    }
}
