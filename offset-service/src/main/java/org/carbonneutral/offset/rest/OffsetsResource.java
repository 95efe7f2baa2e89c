package org.carbonneutral.offset.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.carbonneutral.offset.domain.OffsetsContent;
import org.carbonneutral.offset.service.OffsetsService;
import org.carbonneutral.platform.part.PartResource;
import org.carbonneutral.platform.part.PartResponses;
import org.carbonneutral.platform.part.PartView;
import org.carbonneutral.platform.part.RevocationRequest;
import org.carbonneutral.platform.security.Caller;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.carbonneutral.platform.http.Idempotent;

/**
 * The offsets part of a declaration (rules OFF-1..OFF-12), checked against the approved inventory's residual and
 * approved after the pathway.
 */
@Path("/api/offsets/{declarationId}")
@Tag(name = "Offsets", description = "The credits retired for a declaration: revisions, submission into findings (rules OFF-*), approval against the approved inventory and pathway, the serials' release, history")
public class OffsetsResource extends PartResource<OffsetsContent> {

    private final OffsetsService offsets;
    private final Caller caller;

    public OffsetsResource(OffsetsService offsets, Caller caller) {
        super(offsets.lifecycle(), caller);
        this.offsets = offsets;
        this.caller = caller;
    }

    @GET
    @Path("/basis")
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "getOffsetsBasis",
            summary = "What an approval would be checked against", description = "The approved inventory revision "
            + "(its residual) and the approved pathway revision against that inventory revision; the credits can be "
            + "approved once both are there.")
    @APIResponse(responseCode = "200", description = "The revisions (null where none is approved)")
    @APIResponse(responseCode = "404", description = "No such declaration for your tenant")
    public Uni<OffsetsService.Basis> basis(@PathParam("declarationId") UUID declarationId) {
        return offsets.basis(caller.tenant(), declarationId);
    }

    @POST
    @Idempotent
    @Path("/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @Operation(operationId = "releaseOffsetsSerials",
            summary = "Release the credits' serials", description = "The serials of approved credits are held in the "
            + "suite-wide ledger from their approval on (a draft holds none). Releasing frees those not yet published, "
            + "so that they can be claimed elsewhere: a new revision whose cause names the reason (in the trail), and a "
            + "standing approval is revoked with it. Serials a published version claims stay held by it for good, also "
            + "after a withdrawal (OFF-2). Send If-Match with the current revision.")
    @APIResponse(responseCode = "200", description = "Released")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<RestResponse<PartView<OffsetsContent>>> release(@PathParam("declarationId") UUID declarationId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RevocationRequest request) {
        return offsets.release(caller.tenant(), caller.user(), declarationId, ifMatch, request.reason())
                .map(PartResponses::ok);
    }
}
