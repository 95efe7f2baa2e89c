package org.carbonneutral.inventory.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.carbonneutral.inventory.upload.ActivityUploadService;
import org.carbonneutral.inventory.upload.UploadView;
import org.carbonneutral.platform.security.Caller;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Activity uploads", description = "Bulk activity data (CSV or JSON lines) for an inventory, applied as one revision or not at all, with a job to poll")
@SecurityRequirement(name = "SecurityScheme")
@Path("/api/activity-uploads")
public class ActivityUploadJobResource {

    private final ActivityUploadService uploads;
    private final Caller caller;

    public ActivityUploadJobResource(ActivityUploadService uploads, Caller caller) {
        this.uploads = uploads;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "getActivityUpload",
            summary = "Poll an upload job", description = "State (RUNNING, SUCCEEDED, FAILED), percent of the file "
            + "read, rows read, rows per second, errors (line, column, reason; the first 1,000), and the inventory "
            + "revision it made.")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such upload for your tenant")
    public Uni<UploadView> job(@PathParam("id") UUID id) {
        return uploads.job(caller.tenant(), id);
    }

}
