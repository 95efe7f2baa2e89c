package org.carbonneutral.disclosure.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.UUID;
import org.carbonneutral.disclosure.domain.ClaimVerification;
import org.carbonneutral.disclosure.domain.CompanyProfile;
import org.carbonneutral.disclosure.service.DeclarationService;
import org.carbonneutral.disclosure.service.DeclarationTrail;
import org.carbonneutral.disclosure.service.DeclarationView;
import org.carbonneutral.disclosure.service.OpenDeclarationRequest;
import org.carbonneutral.platform.http.Cursor;
import org.carbonneutral.platform.security.Caller;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.carbonneutral.platform.http.Idempotent;

@Path("/api/declarations")
@Tag(name = "Declarations", description = "A company's carbon-neutrality declarations: opening, the company profile, the claim's verification, what still blocks publication, and the whole trail")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class DeclarationResource {

    private final DeclarationService service;
    private final DeclarationTrail trail;
    private final Caller caller;

    public DeclarationResource(DeclarationService service, DeclarationTrail trail, Caller caller) {
        this.service = service;
        this.trail = trail;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PREPARER)
    @Operation(operationId = "openDeclaration",
            summary = "Open a declaration", description = "Exactly one subject with its boundary and period (INV-2) "
            + "and the claim standard. Emits DeclarationOpened; the inventory, pathway and offsets parts then exist in "
            + "their services. A retried POST with the same Idempotency-Key returns the first result.")
    @APIResponse(responseCode = "201", description = "Opened; Location names it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: the problem names each field (and the rule: a "
            + "PAS 2060 claim for a period starting after 2025-12-31 is refused, claimStandard, DIS-8)")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Uni<RestResponse<DeclarationView>> open(
            @Parameter(description = "Makes retries safe: the same key returns the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull OpenDeclarationRequest request) {
        return service.open(caller.tenant(), caller.user(), request, idempotencyKey)
                .map(o -> RestResponse.ResponseBuilder.<DeclarationView>created(URI.create("/api/declarations/" + o.view().id()))
                        .entity(o.view()).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "getDeclaration",
            summary = "Read a declaration", description = "With the approval state of its three parts, its "
            + "publication, and the DIS-5 findings that still block publication.")
    @APIResponse(responseCode = "200", description = "The declaration", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "404", description = "No such declaration for your tenant")
    public Uni<RestResponse<byte[]>> get(@PathParam("id") UUID id) {
        return service.json(caller.tenant(), id)
                .map(json -> RestResponse.ResponseBuilder.ok(json, MediaType.APPLICATION_JSON_TYPE).build());
    }

    @GET
    @Path("/{id}/trail")
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "getDeclarationTrail",
            summary = "The declaration's whole trail", description = "Every action on its inventory, pathway and "
            + "offsets (edits, submissions, approvals, revocations with their reasons) and on the declaration itself "
            + "(opened, profile updated, published, withdrawn), in time order, each with its actor (null when the suite "
            + "acted on an event), revision or version, and detail. Kept for good: nothing is ever removed.")
    @APIResponse(responseCode = "200", description = "The trail")
    @APIResponse(responseCode = "404", description = "No such declaration for your tenant")
    public Uni<List<DeclarationTrail.Entry>> trail(@PathParam("id") UUID id) {
        return trail.trail(caller.tenant(), id);
    }

    @PUT
    @Path("/{id}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PREPARER)
    @Operation(operationId = "enterProfile",
            summary = "Enter the company profile", description = "Chapter 1 of the management plan (company basic "
            + "data, processes and products, top management's commitment, the carbon-neutrality team, the plan's owner and "
            + "contact, and optional: representative, organisation chart and policy statement), chapter 2.2.2 (data "
            + "management), chapter 3.2 (assumptions and reasons) and chapter 6 (outlook), published with the "
            + "declaration (DIS-3). Each is text: another JSON type is a 400 naming the field. Refused while a version is "
            + "published (DIS-6).")
    @APIResponse(responseCode = "200", description = "The declaration, with what still blocks publication")
    @APIResponse(responseCode = "400", description = "Invalid profile: the problem names each field")
    @APIResponse(responseCode = "409", description = "A version is published and never changes")
    public Uni<DeclarationView> profile(@PathParam("id") UUID id, @Valid @NotNull CompanyProfile profile) {
        return service.updateProfile(caller.tenant(), caller.user(), id, profile);
    }

    @PUT
    @Path("/{id}/claim-verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PREPARER)
    @Operation(operationId = "enterClaimVerification",
            summary = "Enter the claim's own verification or validation", description = "DIS-7: who checked the "
            + "claim itself, with the evidence. ISO 14068-1: `verification` of the claim and its report (body, "
            + "accreditation, standard e.g. ISO 14064-3:2019, level of assurance, statement date, reference); without it "
            + "the claim publishes with a DIS-7 warning and says it is unverified. PAS 2060: `validation` (SELF, "
            + "OTHER_PARTY or INDEPENDENT_THIRD_PARTY, validator, evidence, date); without it publication is blocked. The "
            + "published claim is worded from this only and never says more: a verified inventory is not a verified "
            + "claim. Refused while a version is published (DIS-6).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "ISO 14068-1", value = """
                    {"verification":{"body":"SGS Taiwan Ltd.","accreditation":"TAF 0006","standard":"ISO 14064-3:2019",
                     "assuranceLevel":"REASONABLE","statementDate":"2026-04-15","reference":"SGS-CN-2026-0042"}}"""),
            @ExampleObject(name = "PAS 2060", value = """
                    {"validation":{"type":"INDEPENDENT_THIRD_PARTY","validator":"BSI Taiwan","accreditation":"TAF 0011",
                     "evidence":"BSI-PAS2060-2025-017","date":"2026-04-15"}}""")}))
    @APIResponse(responseCode = "200", description = "The declaration, with what still blocks publication")
    @APIResponse(responseCode = "400", description = "Invalid, or not the check the declaration's standard asks for: "
            + "the problem names each field")
    @APIResponse(responseCode = "409", description = "A version is published and never changes")
    public Uni<DeclarationView> claimVerification(@PathParam("id") UUID id, @Valid @NotNull ClaimVerification checked) {
        return service.updateClaimVerification(caller.tenant(), caller.user(), id, checked);
    }

    @GET
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "listDeclarations",
            summary = "List your tenant's declarations", description = "Newest first, paged by cursor: at most "
            + "`limit` declarations (default 50, at most 500). When more follow, the answer carries a `Link` header "
            + "with rel=\"next\" whose URL (with an opaque `cursor`) gives the next page; the last page has none. A page "
            + "never skips or repeats a declaration when others are opened meanwhile.")
    @APIResponse(responseCode = "200", description = "A page of declarations; Link rel=\"next\" when more follow")
    @APIResponse(responseCode = "400", description = "limit out of range, or a cursor the suite did not give")
    public Uni<RestResponse<List<DeclarationView>>> list(
            @Parameter(description = "Page size, 1-500") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "From the previous page's Link rel=\"next\"") @QueryParam("cursor") String cursor) {
        Cursor after = cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor);
        return service.list(caller.tenant(), after, limit).map(page -> {
            var ok = RestResponse.ResponseBuilder.ok(page.items());
            if (page.next() != null) {
                ok.header("Link", Cursor.nextLink("/api/declarations", limit, page.next()));
            }
            return ok.build();
        });
    }
}
