package org.carbonneutral.pathway.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reduction pathway as entered: baseline, a short-term target and the long-term net-zero year. */
@Schema(description = "Pathway content of a declaration")
public record PathwayContent(
        @NotNull @Min(1990) @Max(2100) @Schema(description = "Base year", examples = "2020") Integer baseYear,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6)
        @Schema(description = "Baseline emissions of the base year, tCO2e", examples = "100000") BigDecimal baselineTco2e,
        @NotNull @Min(1990) @Max(2100)
        @Schema(description = "Short-term target year (5-10 years after the period)", examples = "2032") Integer shortTermTargetYear,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6)
        @Schema(description = "Short-term target emissions, tCO2e", examples = "58000") BigDecimal shortTermTargetTco2e,
        @NotNull @Min(1990) @Max(2100)
        @Schema(description = "Long-term net-zero year (2050 at the latest)", examples = "2045") Integer netZeroYear,
        @Size(max = 1000) @Schema(description = "Reduction measures in the boundary (PATH-4)")
        List<@NotNull @Valid Measure> measures,
        @Valid @Schema(description = "Best available techniques applied and why no further action is possible now "
                + "(PATH-6), needed when the period's milestone is not met") BatJustification batJustification,
        @Size(max = 4000) @Schema(description = "Timeline to carbon neutrality (PATH-1 (2))",
                examples = "2025 first declaration; yearly until the 2030 target; net zero 2045") String timeline,
        @Size(max = 100) @Schema(description = "Expected quantity and type of credits per year (PATH-1 (5))")
        List<@NotNull @Valid ExpectedCredits> expectedCredits) {

    @Schema(description = "Credits expected to be retired for one year")
    public record ExpectedCredits(
            @NotNull @Min(1990) @Max(2100) @Schema(examples = "2025") Integer year,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 0) @Schema(examples = "1500") BigDecimal tonnes,
            @NotBlank @Size(max = 300) @Schema(examples = "MOENV domestic offset credits (抵換專案)") String type) {
    }

    public enum MeasureType {
        PROCESS_EFFICIENCY,
        ENERGY_SUBSTITUTION,
        ENERGY_RECOVERY,
        RAW_MATERIAL_SUBSTITUTION,
        REMOVAL_ENHANCEMENT,
        OTHER
    }

    public enum MeasureStatus {
        PLANNED,
        IN_PROGRESS,
        COMPLETED
    }

    @Schema(description = "One reduction measure")
    public record Measure(
            @NotBlank @Size(max = 300) @Schema(examples = "Heat-pump dryers replace LPG dryers") String name,
            @NotNull @Schema(examples = "ENERGY_SUBSTITUTION") MeasureType type,
            @Size(max = 3) @Schema(description = "Scopes it affects") List<@NotNull @Min(1) @Max(3) Integer> scopes,
            @Size(max = 100) List<@NotBlank @Size(max = 300) String> sourcesAffected,
            @Size(max = 2000) @Schema(description = "Calculation basis (before/after baseline)") String calculationBasis,
            @Size(max = 2000) @Schema(description = "Quantification method") String quantificationMethod,
            @Size(max = 500) @Schema(examples = "LPG purchased (kg/month)") String monitoringIndicator,
            @Size(max = 100) @Schema(examples = "monthly") String monitoringFrequency,
            @DecimalMin("0") @Digits(integer = 12, fraction = 6) BigDecimal expectedReductionTco2e,
            @DecimalMin("0") @Digits(integer = 12, fraction = 6) BigDecimal achievedReductionTco2e,
            MeasureStatus status,
            LocalDate startDate,
            LocalDate endDate) {
    }

    @Schema(description = "Why no further reduction is possible now")
    public record BatJustification(
            @NotBlank @Size(max = 4000) @Schema(description = "What was assessed") String assessed,
            @NotBlank @Size(max = 4000) @Schema(description = "Why no further action is possible now") String whyNoFurtherActionNow) {
    }
}
