package org.carbonneutral.offset.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.offset.serial.Registry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The credits retired for a declaration, one entry per retired serial block (one credit = 1 tCO2e), and the due
 * diligence of the projects they come from.
 */
@Schema(description = "Offsets content of a declaration")
public record OffsetsContent(
        @NotNull @Size(max = 10000) List<@NotNull @Valid Retirement> retirements,
        @Size(max = 1000) @Schema(description = "Due diligence of each project the credits come from (OFF-3, OFF-7..OFF-10, OFF-12)")
        List<@NotNull @Valid Project> projects) {

    @Schema(description = "One retirement of a serial block")
    public record Retirement(
            @NotNull @Schema(examples = "MOENV") Registry registry,
            @NotBlank @Size(max = 200) @Schema(description = "The registry's serial number; ranged formats give the block",
                    examples = "TW-2-1-030172798-030173019-00-00-A0000070") String serialNumber,
            @Min(1) @Max(1_000_000_000_000L) @Schema(description = "Whole credits (tCO2e); required where the serial has "
                    + "no range, else it must equal the block's size", examples = "222") Long quantity,
            @Size(max = 100) @Schema(description = "The registry's project id, where the serial does not encode it",
                    examples = "A0000070") String projectId,
            @Size(max = 300) @Schema(examples = "Kaohsiung boiler fuel switch") String projectName,
            @Min(1990) @Max(2100) @Schema(description = "Year the vintage (monitoring) period ends; required where the "
                    + "serial does not encode it, else it must agree", examples = "2023") Integer vintageYear,
            @Schema(description = "Date the registry issued the credits (ex-post, OFF-6)", examples = "2024-05-20")
            LocalDate issuedOn,
            @Schema(description = "True for credits sold ahead of the reduction (ex-ante, forward): not usable (OFF-6)")
            Boolean exAnte,
            @NotNull @Schema(description = "Date of retirement in the registry", examples = "2025-06-30") LocalDate retiredOn,
            @Size(max = 300) @Schema(description = "On whose behalf the credits were retired", examples = "Acme Taiwan Ltd.")
            String beneficiary,
            @Size(max = 1000) @Schema(description = "Use stated at retirement", examples = "Carbon neutrality 2025")
            String purpose,
            @Size(max = 2000) @Schema(description = "Where the retirement is public (registry page)",
                    examples = "https://ghgregistry.moenv.gov.tw/") String publicReference) {
    }

    public enum ProjectType {
        REDUCTION,
        AVOIDANCE,
        REMOVAL
    }

    /** Taiwan's domestic programmes under the Climate Change Response Act. */
    public enum MoenvProgramme {
        /** 抵換專案 */
        OFFSET_PROJECT,
        /** 先期專案 */
        EARLY_ACTION,
        /** 自願減量專案 */
        VOLUNTARY_REDUCTION
    }

    @Schema(description = "Evidence of one due-diligence criterion")
    public record Evidence(
            @NotBlank @Size(max = 2000) @Schema(description = "Document or page", examples = "https://registry.verra.org/app/projectDetail/VCS/1340")
            String reference,
            @Size(max = 4000) String summary) {
    }

    @Schema(description = "A project credits come from, with its due diligence")
    public record Project(
            @NotNull Registry registry,
            @NotBlank @Size(max = 100) @Schema(description = "The registry's project id", examples = "1340") String id,
            @NotBlank @Size(max = 300) String name,
            @NotNull ProjectType type,
            @Min(1) @Max(100_000) @Schema(description = "Removal: years the carbon is stored") Integer storageYears,
            MoenvProgramme moenvProgramme,
            @Size(max = 300) String methodology,
            @Size(max = 300) @Schema(examples = "Kaohsiung, Taiwan") String location,
            @Size(max = 300) String developer,
            @Size(max = 50) List<@NotBlank @Size(max = 300) String> participants,
            @Size(max = 300) @Schema(description = "Accredited third-party verifier") String verificationBody,
            @Valid @Schema(description = "Project boundary, baseline and project scenario (OFF-3)") Evidence boundaryAndBaseline,
            @Valid @Schema(description = "Monitoring and verification reports (OFF-3)") Evidence monitoring,
            @Valid @Schema(description = "Additionality (OFF-7)") Evidence additionality,
            @Schema(description = "Whether the reduction or removal can be reversed (forests, soils, ...)") Boolean reversalRisk,
            @Valid @Schema(description = "Permanence, buffer pool or reversal compensation (OFF-8)") Evidence permanence,
            @Schema(description = "A forestry or land-use project (REDD+, IFM, ARR, soils): its reversals must be "
                    + "compensated (OFF-8); also recognised from the name or methodology") Boolean landUse,
            @Size(max = 500) @Schema(description = "The buffer pool or reversal compensation covering the credits, named "
                    + "(OFF-8); required for removals, land-use projects and where reversal is possible",
                    examples = "VCS AFOLU pooled buffer account (20 % withheld)") String reversalCompensation,
            @Valid @Schema(description = "Social and environmental safeguards (OFF-9)") Evidence safeguards,
            @Valid @Schema(description = "Verification statement and the verifier's accreditation (OFF-10)") Evidence verification,
            @Schema(description = "ICVCM Core Carbon Principles label (OFF-12)") Boolean ccpLabel,
            @Schema(description = "CORSIA eligible") Boolean corsiaEligible) {
    }
}
