package org.carbonneutral.disclosure.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who checked the claim itself (DIS-7), as the tenant enters it with its evidence: for an ISO 14068-1 claim the
 * verification of the claim and its report (body, accreditation, standard, level of assurance, statement date and
 * reference); for a PAS 2060 claim its validation (self, other party or independent third party) with its evidence.
 * A verified inventory is not a verified claim: this is a separate fact, and the claim's sentence is worded from it only.
 */
@Schema(description = "The claim's own verification (ISO 14068-1) or validation (PAS 2060), with its evidence (DIS-7)")
public record ClaimVerification(
        @Valid @Schema(description = "ISO 14068-1: the verification of the claim and its report; only for ISO 14068-1 "
                + "declarations") Verification verification,
        @Valid @Schema(description = "PAS 2060: how the claim was validated; only for PAS 2060 declarations")
        Validation validation) {

    @Schema(description = "The verification of the claim and its report (ISO 14068-1)")
    public record Verification(
            @NotBlank @Size(max = 300) @Schema(examples = "SGS Taiwan Ltd.") String body,
            @Size(max = 300) @Schema(description = "The body's accreditation", examples = "TAF 0006")
            String accreditation,
            @NotBlank @Size(max = 100) @Schema(description = "Verification standard", examples = "ISO 14064-3:2019")
            String standard,
            @NotNull @Schema(examples = "REASONABLE") AssuranceLevel assuranceLevel,
            @NotNull @Schema(examples = "2026-04-15") LocalDate statementDate,
            @NotBlank @Size(max = 500) @Schema(description = "The verification statement's reference or URL",
                    examples = "SGS-CN-2026-0042") String reference) {
    }

    public enum AssuranceLevel { LIMITED, REASONABLE }

    @Schema(description = "The validation of the claim (PAS 2060)")
    public record Validation(
            @NotNull @Schema(examples = "INDEPENDENT_THIRD_PARTY") ValidationType type,
            @NotBlank @Size(max = 300) @Schema(description = "Who validated it (the organisation itself for SELF)",
                    examples = "BSI Taiwan") String validator,
            @Size(max = 300) @Schema(description = "The validator's accreditation, for an independent third party",
                    examples = "TAF 0011") String accreditation,
            @NotBlank @Size(max = 500) @Schema(description = "The validation statement's reference or URL",
                    examples = "BSI-PAS2060-2025-017") String evidence,
            @NotNull @Schema(examples = "2026-04-15") LocalDate date) {
    }

    /** PAS 2060's three ways of validating a claim, weakest first. */
    public enum ValidationType { SELF, OTHER_PARTY, INDEPENDENT_THIRD_PARTY }
}
