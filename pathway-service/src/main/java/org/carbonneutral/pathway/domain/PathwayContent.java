package org.carbonneutral.pathway.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
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
        @Schema(description = "Long-term net-zero year (2050 at the latest)", examples = "2045") Integer netZeroYear) {
}
