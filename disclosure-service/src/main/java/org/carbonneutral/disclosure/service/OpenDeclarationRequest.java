package org.carbonneutral.disclosure.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opens a declaration: exactly one subject, its boundary and period, and the standard of the claim (INV-2). */
@Schema(description = "A new carbon-neutrality declaration")
public record OpenDeclarationRequest(
        @NotNull @Schema(examples = "ORGANISATION") SubjectType subjectType,
        @NotBlank @Size(max = 300) @Schema(examples = "Acme Taiwan Co., Ltd.") String subjectName,
        @NotBlank @Size(max = 4000) @Schema(examples = "Operational control: all sites in Taiwan") String boundary,
        @NotNull @Schema(examples = "2025-01-01") LocalDate periodStart,
        @NotNull @Schema(examples = "2025-12-31") LocalDate periodEnd,
        @NotNull @Schema(examples = "ISO_14068_1") ClaimStandard claimStandard) {
}
