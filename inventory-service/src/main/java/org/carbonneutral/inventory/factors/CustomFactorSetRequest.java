package org.carbonneutral.inventory.factors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant's own factor set version: code, version, the document the values come from, and its factors. */
@Schema(description = "A new version of a tenant's own emission factor set")
public record CustomFactorSetRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "2-40 characters A-Z, 0-9 and -")
        @Schema(examples = "ACME-SUPPLIER-EF") String code,
        @NotBlank @Pattern(regexp = "[0-9A-Za-z.\\-]{1,20}", message = "1-20 characters: digits, letters, . and -")
        @Schema(examples = "2025.1") String version,
        @NotBlank @Size(max = 1000) @Schema(description = "Citation of the source document",
                examples = "Supplier EPD S-P-01234, 2025-03, verified by SGS") String source,
        @NotEmpty @Size(max = 10000) List<@NotNull @Valid Factor> factors) {

    public record Factor(
            @NotNull @Schema(examples = "STATIONARY_COMBUSTION") FactorKind kind,
            @NotBlank @Size(max = 200) @Schema(examples = "生質柴油 B5") String activity,
            @NotBlank @Size(max = 200) @Schema(examples = "Biodiesel blend B5") String activityEn,
            @NotBlank @Size(max = 40) @Schema(description = "CO2, CH4, N2O, SF6, NF3, an HFC or PFC, or CO2E",
                    examples = "CO2") String gas,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 12)
            @Schema(description = "kg of the gas per unit of activity", examples = "2.4757") BigDecimal value,
            @NotBlank @Size(max = 20) @Schema(examples = "L") String unit,
            @Min(1990) @Max(2100) Integer validFromYear,
            @Min(1990) @Max(2100) Integer validToYear,
            @NotNull Boolean biogenic) {
    }
}
