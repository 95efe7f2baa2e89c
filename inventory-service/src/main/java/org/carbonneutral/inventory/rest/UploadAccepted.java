package org.carbonneutral.inventory.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an accepted upload: the job to poll at {@code /api/activity-uploads/{id}} (Location). */
@Schema(description = "An accepted upload: the job to poll (GET /api/activity-uploads/{id}, also the Location)")
public record UploadAccepted(UUID id, @Schema(enumeration = "RUNNING") String state) {

    public static UploadAccepted running(UUID id) {
        return new UploadAccepted(id, "RUNNING");
    }
}
