package org.carbonneutral.platform.part;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Approves exactly this revision; a stale revision is refused. */
public record ApprovalRequest(
        @NotNull @Min(1) @Schema(description = "The revision being approved", examples = "3") Integer revision) {
}
