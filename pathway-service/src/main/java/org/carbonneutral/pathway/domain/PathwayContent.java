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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reduction pathway as entered: baseline, a short-term target and the long-term net-zero year. */
@Schema(description = "Pathway content of a declaration")
public record PathwayContent(
        @NotNull @Min(1990) @Max(2100) @Schema(description = "Base year", examples = "2020") Integer baseYear,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6)
        @Schema(description = "Baseline emissions of the base year, tCO2e", examples = "100000") BigDecimal baselineTco2e,
        @NotNull @Min(1990) @Max(2100)
        @Schema(description = "Short-term target year (5-10 years after the period)", examples = "2032") Integer shortTermTargetYear,
        @DecimalMin("0") @Digits(integer = 12, fraction = 6)
        @Schema(description = "Absolute short-term target: emissions in the target year, tCO2e (this, an intensity "
                + "target, or both)", examples = "58000") BigDecimal shortTermTargetTco2e,
        @NotNull @Min(1990) @Max(2100)
        @Schema(description = "Long-term net-zero year (2050 at the latest)", examples = "2045") Integer netZeroYear,
        @Size(max = 1000) @Schema(description = "Reduction measures in the boundary (PATH-4)")
        List<@NotNull @Valid Measure> measures,
        @Valid @Schema(description = "Summary of the best-available-techniques assessment (PATH-6); the evidence itself "
                + "is bestAvailableTechniques") BatJustification batJustification,
        @Size(max = 4000) @Schema(description = "Timeline to carbon neutrality (PATH-1 (2))",
                examples = "2025 first declaration; yearly until the 2030 target; net zero 2045") String timeline,
        @Size(max = 100) @Schema(description = "Expected quantity and type of credits per year (PATH-1 (5))")
        List<@NotNull @Valid ExpectedCredits> expectedCredits,
        @Size(max = 3) @Schema(description = "Scopes the targets cover (1, 2, 3)", examples = "[1, 2]")
        List<@NotNull @Min(1) @Max(3) Integer> targetScopes,
        @Schema(description = "The science-based pathway the targets follow (PATH-2, PATH-3)", examples = "SBTI_1_5C")
        ScienceBasedReference scienceBasedReference,
        @Valid @Schema(description = "Where the baseline comes from: an approved inventory of this subject, or a cited "
                + "source when the base year predates the suite (PATH-1 (3))") BaselineSource baselineSource,
        @Size(max = 3) @Schema(description = "Baseline emissions by scope, tCO2e (taken from the inventory when the "
                + "baseline comes from one)") List<@NotNull @Valid ScopeEmissions> baselineByScope,
        @Valid @Schema(description = "Intensity target (tCO2e per unit of an activity metric) at the short-term target "
                + "year") IntensityTarget intensityTarget,
        @Size(max = 100) @Schema(description = "Best available techniques applied (PATH-6): needed when the period's "
                + "milestone is not met, and always when the period is the base year (no milestone can be met then); "
                + "each entry names the technique, where it is applied, since when, and why no further action is "
                + "possible now") List<@NotNull @Valid TechniqueApplied> bestAvailableTechniques) {

    /** The pathway a target is set on, with the least linear annual absolute reduction it implies. */
    public enum ScienceBasedReference {
        /** SBTi 1.5 °C cross-sector absolute contraction: 4.2 %/yr linear. */
        SBTI_1_5C("0.042", "SBTi 1.5 °C absolute contraction (4.2 %/yr)"),
        /** SBTi well-below 2 °C absolute contraction: 2.5 %/yr linear. */
        SBTI_WB2C("0.025", "SBTi well-below 2 °C absolute contraction (2.5 %/yr)"),
        /** IEA Net Zero Emissions by 2050 scenario, a 1.5 °C pathway: held to the 1.5 °C contraction rate. */
        IEA_NZE("0.042", "IEA Net Zero Emissions by 2050 (1.5 °C, 4.2 %/yr)"),
        /** IPCC AR6 pathways limiting warming to 1.5 °C: held to the 1.5 °C contraction rate. */
        IPCC_1_5C("0.042", "IPCC AR6 1.5 °C pathways (4.2 %/yr)");

        private final BigDecimal annualRate;
        private final String label;

        ScienceBasedReference(String annualRate, String label) {
            this.annualRate = new BigDecimal(annualRate);
            this.label = label;
        }

        public BigDecimal annualRate() {
            return annualRate;
        }

        public String label() {
            return label;
        }
    }

    @Schema(description = "Where the baseline comes from; exactly one of the two")
    public record BaselineSource(
            @Schema(description = "A declaration of this subject whose approved inventory covers the base year")
            UUID inventoryDeclarationId,
            @Size(max = 1000) @Schema(description = "The cited source of a baseline from before the suite",
                    examples = "2020 GHG inventory, verified by SGS Taiwan, statement 2021-05-03") String citation) {
    }

    @Schema(description = "Emissions of one scope")
    public record ScopeEmissions(
            @NotNull @Min(1) @Max(3) @Schema(examples = "1") Integer scope,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6) @Schema(examples = "60000") BigDecimal tco2e) {
    }

    @Schema(description = "Intensity target: tCO2e per unit of a named activity metric")
    public record IntensityTarget(
            @NotBlank @Size(max = 300) @Schema(examples = "revenue") String metric,
            @NotBlank @Size(max = 100) @Schema(examples = "million NTD") String unit,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 6)
            @Schema(description = "The metric's value in the base year", examples = "5000") BigDecimal baseYearActivity,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 9)
            @Schema(description = "Target intensity at the short-term target year, tCO2e per unit", examples = "8.4")
            BigDecimal targetIntensity,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 6)
            @Schema(description = "The metric's value in the declaration period", examples = "5600") BigDecimal periodActivity) {
    }

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

    /**
     * Where a measure stands. Only a measure in operation in or before the period, with an achieved reduction and its
     * evidence, counts (PATH-5, PATH-6); a planned one never does.
     */
    @Schema(description = "PLANNED (never counts), IN_PROGRESS (partly in operation since implementedOn), IMPLEMENTED "
            + "(in operation since implementedOn), COMPLETED (implemented and finished)", examples = "IMPLEMENTED")
    public enum MeasureStatus {
        PLANNED,
        IN_PROGRESS,
        IMPLEMENTED,
        COMPLETED
    }

    @Schema(description = "The evidence of a measure's achieved reduction")
    public record ReductionEvidence(
            @Size(max = 500) @Schema(description = "Where the evidence is kept (document, meter log, invoice)",
                    examples = "EPC-2025-117 metered LPG log, Apr-Dec 2025") String reference,
            @Size(max = 2000) @Schema(description = "What it shows",
                    examples = "LPG 41.2 t in Apr-Dec 2025 against 86.5 t in Apr-Dec 2024, same output; x MOENV 6.0.4 factor")
            String summary) {
    }

    @Schema(description = "One best available technique applied (PATH-6)")
    public record TechniqueApplied(
            @Size(max = 300) @Schema(examples = "Regenerative burners on the annealing furnace") String technique,
            @Size(max = 300) @Schema(description = "Where it is applied", examples = "Taoyuan plant, line 2") String appliedAt,
            @Schema(description = "Since when it is applied (in or before the period)", examples = "2023-06-01")
            LocalDate appliedSince,
            @Size(max = 4000) @Schema(description = "Why no further action is possible now",
                    examples = "No electric furnace reaches 1,100 °C at this throughput; re-assessed 2027")
            String whyNoFurtherActionNow) {
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
            @DecimalMin("0") @Digits(integer = 12, fraction = 6)
            @Schema(description = "Emissions of the affected sources before the measure, tCO2e") BigDecimal beforeTco2e,
            @DecimalMin("0") @Digits(integer = 12, fraction = 6)
            @Schema(description = "Emissions of the affected sources after the measure, tCO2e") BigDecimal afterTco2e,
            @DecimalMin("0") @Digits(integer = 12, fraction = 6) BigDecimal expectedReductionTco2e,
            @DecimalMin("0") @Digits(integer = 12, fraction = 6)
            @Schema(description = "Reduction achieved in the declaration period, tCO2e (a measure in operation only)",
                    examples = "142.5") BigDecimal achievedReductionTco2e,
            @DecimalMin("0") @Digits(integer = 12, fraction = 6)
            @Schema(description = "For a product subject: the reduction of the footprint per declared unit, kg CO2e")
            BigDecimal effectPerUnitKgCo2e,
            MeasureStatus status,
            LocalDate startDate,
            LocalDate endDate,
            @Schema(description = "The date the measure went into operation", examples = "2025-04-01") LocalDate implementedOn,
            @Valid @Schema(description = "Evidence of the achieved reduction") ReductionEvidence evidence) {
    }

    @Schema(description = "Why no further reduction is possible now")
    public record BatJustification(
            @NotBlank @Size(max = 4000) @Schema(description = "What was assessed") String assessed,
            @NotBlank @Size(max = 4000) @Schema(description = "Why no further action is possible now") String whyNoFurtherActionNow) {
    }
}
