package org.carbonneutral.inventory.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of an inventory revision as they stand while it is worked on: the snapshot its approval would carry
 * (computed by the same quantification, so an approval of this revision carries exactly this snapshot), the figures of
 * each activity (a page of them) and what the quantification could not resolve.
 */
@Schema(name = "InventoryFigures", description = "The computed figures of the current revision (draft or approved), "
        + "from the same quantification its approval uses: `snapshot` is what an InventoryApproved event of this "
        + "revision carries. The totals are always over every activity; `activities` is one page of the activities' "
        + "figures (`offset`, `limit`) out of `activityCount`.")
public record InventoryFigures(
        UUID declarationId,
        @Schema(description = "The revision computed, also the ETag", examples = "3") int revision,
        @Schema(description = "When these figures were computed (UTC)") OffsetDateTime computedAt,
        @Schema(description = "Per source (tCO2e to 3 decimals HALF_UP, per gas), totals by scope (scope 2 location- "
                + "and market-based), category and gas, total, biogenic CO2, removals, residual, coverage and the "
                + "factor sets used: the InventorySnapshot an approval of this revision carries")
        InventorySnapshot snapshot,
        @Schema(description = "How many activities the revision has, uploaded activity data included (each sum of "
                + "uploaded rows per source, unit and factor reference is one activity)", examples = "3")
        int activityCount,
        @Schema(description = "The index of the first activity in `activities`", examples = "0") int offset,
        @Schema(description = "At most this many activities are in `activities`", examples = "1000") int limit,
        @Schema(description = "The figures of activities offset … offset + limit − 1, in content order: tCO2e to 6 "
                + "decimals HALF_UP and each gas with its factor and GWP")
        List<ActivityFigure> activities,
        @Schema(description = "What the quantification could not resolve (field path and message); empty when "
                + "every figure could be computed")
        List<InventoryCalculator.Violation> violations) {
}
