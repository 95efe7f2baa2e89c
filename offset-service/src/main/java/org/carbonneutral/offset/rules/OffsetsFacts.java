package org.carbonneutral.offset.rules;

import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Organisation;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.offset.domain.Credit;
import org.carbonneutral.offset.domain.OffsetsContent;
import org.carbonneutral.offset.domain.RegistryRecord;

/**
 * What the OFF rules read: the period and standard, the declaring organisation's identity (null when not named), the
 * content and its credits, the approved inventory (residual), today's date, and the latest version of the registries'
 * public records (fetched by the suite, shared by every tenant) that overlap the credits' blocks.
 */
public record OffsetsFacts(LocalDate periodStart, LocalDate periodEnd, ClaimStandard claimStandard, Organisation organisation,
        OffsetsContent content, List<Credit> credits, InventorySnapshot inventory, LocalDate today,
        List<RegistryRecord> registryRecords) {

    /** The projects the credits come from, each once, with its index in the content. */
    public List<Integer> projectsUsed() {
        if (content == null || content.projects() == null) {
            return List.of();
        }
        return credits.stream().filter(c -> c.project() != null).map(c -> content.projects().indexOf(c.project()))
                .distinct().sorted().toList();
    }
}
