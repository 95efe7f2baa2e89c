package org.carbonneutral.platform.part;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.platform.security.Caller;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;
import org.carbonneutral.platform.http.Idempotent;

/**
 * The HTTP face of a part, the same in inventory, pathway and offsets; a service's subclass names the path
 * ({@code /api/<parts>/{declarationId}}) and the content type. Thin: every decision is the lifecycle's.
 */
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public abstract class PartResource<C> {

    private final PartLifecycle<?, C, ?> lifecycle;
    private final Caller caller;

    protected PartResource(PartLifecycle<?, C, ?> lifecycle, Caller caller) {
        this.lifecycle = lifecycle;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "getPart",
            summary = "Read the part", description = "Content, revision (also the ETag), status, findings of the "
            + "last submission, the approval if any (with the revisions of the parts it was checked against), and the "
            + "approved revisions of the parts it rests on available now (basisAvailable).")
    @APIResponse(responseCode = "200", description = "The part")
    @APIResponse(responseCode = "404", description = "No such declaration for your tenant")
    public Uni<RestResponse<PartView<C>>> get(@PathParam("declarationId") UUID declarationId) {
        return lifecycle.view(caller.tenant(), declarationId).map(PartResponses::ok);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PREPARER)
    @Operation(operationId = "enterPart",
            summary = "Replace the content", description = "Creates a new revision. Send If-Match with the current "
            + "revision. A change after approval revokes the approval (an ApprovalRevoked event).")
    @APIResponse(responseCode = "200", description = "The new revision")
    @APIResponse(responseCode = "400", description = "Invalid content: the problem names each field")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<RestResponse<PartView<C>>> put(@PathParam("declarationId") UUID declarationId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull C content) {
        return lifecycle.edit(caller.tenant(), caller.user(), declarationId, ifMatch, content).map(PartResponses::ok);
    }

    @POST
    @Idempotent
    @Path("/submission")
    @RolesAllowed(Roles.PREPARER)
    @Operation(operationId = "submitPart",
            summary = "Submit the current revision", description = "Evaluates the part's rules (GET /api/rules) "
            + "into findings: rule id, severity, message in English and Traditional Chinese, field.")
    @APIResponse(responseCode = "200", description = "The part with its findings")
    public Uni<RestResponse<PartView<C>>> submit(@PathParam("declarationId") UUID declarationId) {
        return lifecycle.submit(caller.tenant(), caller.user(), declarationId).map(PartResponses::ok);
    }

    @POST
    @Idempotent
    @Path("/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @Operation(operationId = "approvePart",
            summary = "Approve a revision", description = "Four-eyes: the approver must not be the last editor. "
            + "Refused while any blocking finding stands; a part that rests on others (pathway on the inventory, offsets on "
            + "the inventory and the pathway) needs their approvals standing, each against the others' revisions. Emits an Approved event with the snapshot approved.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "403", description = "The approver made the last change")
    @APIResponse(responseCode = "409", description = "The revision is not the current one, or a part it rests on is not approved")
    @APIResponse(responseCode = "422", description = "Blocking findings; the problem lists them")
    public Uni<RestResponse<PartView<C>>> approve(@PathParam("declarationId") UUID declarationId,
            @Valid @NotNull ApprovalRequest request) {
        return lifecycle.approve(caller.tenant(), caller.user(), declarationId, request.revision()).map(PartResponses::ok);
    }

    @DELETE
    @Path("/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @Operation(operationId = "revokePartApproval",
            summary = "Revoke the approval", description = "Creates a new revision and emits an ApprovalRevoked "
            + "event; a published declaration resting on the approval is withdrawn.")
    @APIResponse(responseCode = "200", description = "Revoked")
    @APIResponse(responseCode = "409", description = "Nothing is approved")
    public Uni<RestResponse<PartView<C>>> revoke(@PathParam("declarationId") UUID declarationId,
            @Valid @NotNull RevocationRequest request) {
        return lifecycle.revoke(caller.tenant(), caller.user(), declarationId, request.reason()).map(PartResponses::ok);
    }

    @GET
    @Path("/revisions")
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "listPartRevisions",
            summary = "Every revision", description = "Each revision of the part, oldest first: who made it, when and "
            + "why (an edit, an activity upload, an approval revoked). Nothing is ever removed from this list.")
    @APIResponse(responseCode = "200", description = "The revisions, without their content")
    @APIResponse(responseCode = "404", description = "No such declaration for your tenant")
    public Uni<List<PartTrail.Revision>> revisions(@PathParam("declarationId") UUID declarationId) {
        return lifecycle.history().revisions(caller.tenant(), declarationId);
    }

    @GET
    @Path("/revisions/{revision}")
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "getPartRevision",
            summary = "One revision with its content", description = "The content exactly as that revision held it, "
            + "however many revisions came after it.")
    @APIResponse(responseCode = "200", description = "The revision")
    @APIResponse(responseCode = "404", description = "No such declaration for your tenant, or no such revision")
    public Uni<PartTrail.Revision> revision(@PathParam("declarationId") UUID declarationId,
            @PathParam("revision") @Min(1) int revision) {
        return lifecycle.history().revision(caller.tenant(), declarationId, revision);
    }

    @GET
    @Path("/diff")
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "diffPartRevisions",
            summary = "What changed between two revisions", description = "A JSON Patch (RFC 6902) turning the "
            + "content of revision `from` into that of revision `to` (revision 0: nothing entered yet).")
    @APIResponse(responseCode = "200", description = "The operations")
    @APIResponse(responseCode = "400", description = "from or to missing or negative")
    @APIResponse(responseCode = "404", description = "No such declaration for your tenant, or no such revision")
    public Uni<PartHistory.Diff> diff(@PathParam("declarationId") UUID declarationId,
            @QueryParam("from") @NotNull @Min(0) Integer from, @QueryParam("to") @NotNull @Min(0) Integer to) {
        return lifecycle.history().diff(caller.tenant(), declarationId, from, to);
    }

    @GET
    @Path("/trail")
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "getPartTrail",
            summary = "Every action on the part", description = "Edits, submissions, approvals and revocations in "
            + "the order they happened, each with its actor (null when the suite revoked an approval because a part "
            + "it rests on changed), time, revision and detail (the reason of a revocation).")
    @APIResponse(responseCode = "200", description = "The trail")
    @APIResponse(responseCode = "404", description = "No such declaration for your tenant")
    public Uni<List<PartTrail.Entry>> trail(@PathParam("declarationId") UUID declarationId) {
        return lifecycle.history().trail(caller.tenant(), declarationId);
    }
}
