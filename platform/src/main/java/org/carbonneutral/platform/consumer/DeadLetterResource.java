package org.carbonneutral.platform.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.carbonneutral.platform.http.Idempotent;

/** Operators' handle on the records this service could not apply. */
@Path("/api/admin/dead-letters")
@Tag(name = "Operations")
@SecurityRequirement(name = "SecurityScheme")
public class DeadLetterResource {

    private final DeadLetterReplay replay;

    public DeadLetterResource(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @POST
    @Idempotent
    @Path("replay")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Blocking
    @Operation(summary = "Replay dead-lettered records", description = "Applies again every record this service "
            + "dead-lettered (topics <topic>.dlq.<service>) and not replayed before, as its consumer would; it applies "
            + "each event at most once, so a record that was applied meanwhile changes nothing, and one that still cannot "
            + "be applied goes back to the dead-letter topic. Nothing is written to the topic a record came from (only "
            + "its producer may write there). Answers how many records were replayed, by topic. Each dead-lettered "
            + "record is counted in the metric suite_events_dead_lettered_total.")
    @APIResponse(responseCode = "200", description = "Records replayed, by the topic they came from")
    public Map<String, Integer> replay() throws Exception {
        return replay.replay();
    }
}
