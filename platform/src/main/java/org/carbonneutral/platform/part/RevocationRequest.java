package org.carbonneutral.platform.part;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Withdraws the current approval, with the reason shown on a withdrawn publication. */
public record RevocationRequest(
        @NotBlank @Size(max = 2000) @Schema(examples = "Scope 2 activity data corrected") String reason) {
}
