package org.carbonneutral.inventory.domain;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One activity's computed figures: where it is in the content, the quantity as entered and the quantity the factors
 * were applied to (with how it was derived, e.g. charge × leak rate), tCO2e to 6 decimals HALF_UP, and each gas with
 * its factor and GWP (INV-10).
 */
@Schema(description = "One activity's figures: tCO2e (6 decimals, HALF_UP) and per gas, with factor and GWP used")
public record ActivityFigure(
        @Schema(description = "Where the activity is in the content", examples = "sources[0].activities[0]") String field,
        @Schema(description = "The source's name") String source,
        BigDecimal quantity,
        String unit,
        @Schema(description = "The quantity the factors apply to, in its unit (equals quantity unless derived)")
        BigDecimal appliedQuantity,
        String appliedUnit,
        @Schema(description = "How the applied quantity was derived, with each parameter and its source; absent when "
                + "the activity is used as entered") String derivation,
        @Schema(description = "tCO2e, 6 decimals HALF_UP", examples = "5.772000") BigDecimal tco2e,
        @Schema(description = "Biogenic CO2, t, reported beside the total") BigDecimal biogenicCo2Tonnes,
        List<GasFigure> gases) {

    @Schema(description = "One gas of an activity: kg of the gas, the factor, the GWP and its basis, tCO2e")
    public record GasFigure(String gas, String factorId, BigDecimal factorValue, String factorUnit, BigDecimal gasKg,
            BigDecimal gwp, @Schema(description = "The GWP table and value used where not the IPCC set's own") String gwpBasis,
            BigDecimal tco2e, boolean biogenic) {
    }
}
