package org.carbonneutral.pathway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.carbonneutral.pathway.service.PathwayService;
import org.carbonneutral.platform.part.PartResource;
import org.carbonneutral.platform.security.Caller;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pathway part of a declaration (rules PATH-1..PATH-7), checked against the approved inventory. */
@Path("/api/pathways/{declarationId}")
@Tag(name = "Pathway", description = "The baseline, targets and reduction pathway of a declaration: revisions, submission into findings (rules PATH-*), approval against the approved inventory, history, and the plan an approval carries")
public class PathwayResource extends PartResource<PathwayContent> {

    private final PathwayService pathways;
    private final Caller caller;

    public PathwayResource(PathwayService pathways, Caller caller) {
        super(pathways.lifecycle(), caller);
        this.pathways = pathways;
        this.caller = caller;
    }

    @GET
    @Path("/plan")
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "getPathwayPlan",
            summary = "The pathway as its approval would carry it", description = "For the current revision: the "
            + "baseline by scope and its source, the targets with the science-based reference and implied annual rates, "
            + "the yearly target and actual series with the period's milestone (for the chart), the measures with their "
            + "results, the previous declared period, and the residual from the approved inventory (null while none).")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "No such declaration for your tenant, or nothing entered yet")
    public Uni<PathwaySnapshot> plan(@PathParam("declarationId") UUID declarationId) {
        return pathways.plan(caller.tenant(), declarationId);
    }
}
