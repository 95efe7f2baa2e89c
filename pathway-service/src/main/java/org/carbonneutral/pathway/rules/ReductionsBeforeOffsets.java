package org.carbonneutral.pathway.rules;

import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * PATH-5: order of effort — reductions in the boundary come first, then removals in the boundary, then offsets. A plan
 * whose measures hold no in-boundary reduction (only removal enhancement, or none) blocks.
 */
public class ReductionsBeforeOffsets implements Rule<PathwayFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("PATH-5", Severity.BLOCK,
            "Order of effort: reductions in the boundary, then removals in the boundary, then offsets.",
            "努力順序：先於邊界內減量，其次為邊界內碳移除，最後始為抵銷。", "ISO");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(PathwayFacts facts) {
        if (facts.content() == null) {
            return List.of();
        }
        var measures = facts.content().measures() == null ? List.<PathwayContent.Measure>of() : facts.content().measures();
        if (measures.stream().anyMatch(m -> m.type() != PathwayContent.MeasureType.REMOVAL_ENHANCEMENT)) {
            return List.of();
        }
        return List.of(Finding.block("PATH-5", "measures",
                "Reduce in the boundary first: the plan lists no reduction measure before removals and offsets.",
                "應先於邊界內減量：管理計畫未列出任何減量措施即採碳移除或抵銷。"));
    }
}
