package org.carbonneutral.offset.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.carbonneutral.offset.domain.OffsetsContent;
import org.carbonneutral.offset.service.OffsetsService;
import org.carbonneutral.platform.part.PartResource;
import org.carbonneutral.platform.security.Caller;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The offsets part of a declaration (rules OFF-1..OFF-12), checked against the approved inventory's residual and
 * approved after the pathway.
 */
@Path("/api/offsets/{declarationId}")
@Tag(name = "Offsets")
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
    @Operation(summary = "What an approval would be checked against", description = "The approved inventory revision "
            + "(its residual) and the approved pathway revision against that inventory revision; the credits can be "
            + "approved once both are there.")
    @APIResponse(responseCode = "200", description = "The revisions (null where none is approved)")
    @APIResponse(responseCode = "404", description = "No such declaration for your tenant")
    public Uni<OffsetsService.Basis> basis(@PathParam("declarationId") UUID declarationId) {
        return offsets.basis(caller.tenant(), declarationId);
    }
}
