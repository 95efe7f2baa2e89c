package org.carbonneutral.disclosure.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Organisation;
import org.carbonneutral.contracts.SubjectType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Opens a declaration: exactly one subject, its boundary and period, the standard of the claim (INV-2), and the
 * declaring organisation's identity.
 */
@Schema(description = "A new carbon-neutrality declaration")
public record OpenDeclarationRequest(
        @NotNull @Schema(examples = "ORGANISATION") SubjectType subjectType,
        @NotBlank @Size(max = 300) @Schema(examples = "Acme Taiwan Co., Ltd.") String subjectName,
        @NotBlank @Size(max = 4000) @Schema(examples = "Operational control: all sites in Taiwan") String boundary,
        @NotNull @Schema(examples = "2025-01-01") LocalDate periodStart,
        @NotNull @Schema(examples = "2025-12-31") LocalDate periodEnd,
        @NotNull @Schema(examples = "ISO_14068_1") ClaimStandard claimStandard,
        @Valid @Schema(description = "The declaring organisation: the registries' public records of its credits must name "
                + "it exactly, or by its business number (OFF-2); credits cannot be approved without it")
        OrganisationIdentity organisation) {

    @Schema(description = "The declaring organisation's identity")
    public record OrganisationIdentity(
            @NotBlank @Size(max = 300) @Schema(description = "Registered legal name", examples = "Acme Taiwan Co., Ltd.")
            String legalName,
            @Size(max = 20) @Schema(description = "Other names the organisation goes by, e.g. its registered Chinese name",
                    examples = "[\"台灣艾克米股份有限公司\"]") List<@NotBlank @Size(max = 300) String> aliases,
            @Pattern(regexp = "\\d{8}", message = "8 digits") @Schema(description = "Unified business number (統一編號), "
                    + "8 digits with a valid checksum", examples = "04595257") String businessNumber) {

        public Organisation toOrganisation() {
            return new Organisation(legalName.strip(), aliases == null ? List.of() : aliases.stream().map(String::strip)
                    .toList(), businessNumber);
        }
    }
}
