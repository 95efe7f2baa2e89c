package org.carbonneutral.pathway.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.carbonneutral.platform.rules.RuleSet;

/** The PATH rules pathway-service checks, in catalogue order. */
@Singleton
public class PathwayRules extends RuleSet<PathwayFacts> {

    public PathwayRules() {
        super(List.of(new ManagementPlanItems(), new ShortAndLongTermTargets(), new AmbitionOnScienceBasedPathway(),
                new MeasuresAreTypedAndMonitored(), new ReductionsBeforeOffsets(), new MilestoneOrBestAvailableTechniques(),
                new ReductionAfterTheFirstPeriod()));
    }
}
