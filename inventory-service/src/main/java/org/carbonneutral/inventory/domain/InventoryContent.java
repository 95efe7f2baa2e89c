package org.carbonneutral.inventory.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The inventory as entered: every emission source with its scope and quantified emissions in tCO2e, removals in the
 * boundary, and for a product or service subject, every product of the organisation in the period (INV-4).
 */
@Schema(description = "Inventory content of a declaration")
public record InventoryContent(
        @NotNull @Size(max = 10000)
        @Schema(description = "Emission sources and their quantified emissions") List<@NotNull @Valid Source> sources,
        @DecimalMin("0") @Digits(integer = 12, fraction = 6)
        @Schema(description = "Removals in the boundary, tCO2e (none when absent)", examples = "0") BigDecimal removalsTco2e,
        @Size(max = 10000)
        @Schema(description = "Product/service subject: every product of the organisation in the period")
        List<@NotNull @Valid Product> products,
        @Size(max = 2000) @Schema(description = "How emissions were allocated to products (physical, economic, other) and on what basis",
                examples = "physical: by mass of product shipped") String allocationMethod,
        @Size(max = 4000) @Schema(description = "Why this product or service was chosen as the subject") String subjectChoiceReason) {

    @Schema(description = "One emission source")
    public record Source(
            @NotBlank @Size(max = 300) @Schema(examples = "Diesel generators, plant A") String name,
            @NotNull @Min(1) @Max(3) @Schema(description = "GHG scope 1, 2 or 3", examples = "1") Integer scope,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6)
            @Schema(description = "Quantified emissions, tCO2e", examples = "1250.5") BigDecimal tco2e) {
    }

    @Schema(description = "One product of the organisation")
    public record Product(
            @NotBlank @Size(max = 300) @Schema(examples = "Bottled tea 600 ml") String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 6)
            @Schema(examples = "1000000") BigDecimal quantity,
            @NotBlank @Size(max = 50) @Schema(examples = "bottle") String unit,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6)
            @Schema(description = "Emissions allocated to the product, tCO2e", examples = "420.0") BigDecimal tco2e) {
    }
}
