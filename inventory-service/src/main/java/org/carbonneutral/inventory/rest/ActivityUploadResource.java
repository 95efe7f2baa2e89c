package org.carbonneutral.inventory.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.inventory.upload.ActivityRows;
import org.carbonneutral.inventory.upload.ActivityUploadService;
import org.carbonneutral.inventory.upload.UploadView;
import org.carbonneutral.platform.security.Caller;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Activity uploads", description = "Bulk activity data (CSV or JSON lines) for an inventory, applied as one revision or not at all, with a job to poll")
@SecurityRequirement(name = "SecurityScheme")
@Path("/api/inventories/{declarationId}/activity-uploads")
public class ActivityUploadResource {

    private final ActivityUploadService uploads;
    private final Caller caller;

    public ActivityUploadResource(ActivityUploadService uploads, Caller caller) {
        this.uploads = uploads;
        this.caller = caller;
    }

    @POST
    @Consumes({ActivityRows.CSV, ActivityRows.NDJSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PREPARER)
    @Blocking // reads the body as a stream, handing it to the job as it arrives
    @Operation(operationId = "uploadActivities",
            summary = "Upload activity data in bulk", description = "CSV with a header (source, quantity, unit, "
            + "period_start, period_end, evidence, factor_ids, lookup_kind, lookup_activity, lookup_set, lookup_year) or "
            + "JSON lines with the same fields. Send If-Match with the current inventory revision. Processed while it "
            + "is received; answered when the body is read, with a job to poll: every row is validated (errors name line, column and reason); the upload applies "
            + "entirely, as the next revision, or not at all.")
    @APIResponse(responseCode = "202", description = "Job started; Location names it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadAccepted.class)))
    @APIResponse(responseCode = "409", description = "The inventory has no sources yet")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "415", description = "Not CSV or JSON lines")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response upload(@PathParam("declarationId") UUID declarationId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Content-Type") String contentType, @HeaderParam("Content-Length") Long contentLength,
            InputStream body) throws Exception {
        UUID id = uploads.start(caller.tenant(), caller.user(), declarationId, ifMatch, contentType,
                contentLength == null ? -1 : contentLength, body);
        return Response.accepted().location(URI.create("/api/activity-uploads/" + id))
                .entity(UploadAccepted.running(id)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "listActivityUploads",
            summary = "The uploads of an inventory", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The uploads")
    public Uni<List<UploadView>> list(@PathParam("declarationId") UUID declarationId) {
        return uploads.list(caller.tenant(), declarationId);
    }
}
