package org.carbonneutral.offset.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleSet;

/** The OFF rules offset-service checks, in catalogue order. */
@Singleton
public class OffsetsRules extends RuleSet<OffsetsFacts> {

    public OffsetsRules() {
        super(catalogue());
    }

    private static List<Rule<OffsetsFacts>> catalogue() {
        List<Rule<OffsetsFacts>> rules = new ArrayList<>(List.of(new RetiredCoverResidual(), new NoCreditUsedTwice(),
                new RealProjectsWithMonitoring(), new VintageWithinFiveYears(), new RetiredWithinTwelveMonths(),
                new ExPostCreditsOnly()));
        rules.addAll(ProjectEvidence.all());
        rules.add(new DomesticCreditsDisclosed());
        rules.add(new HighQualityCredits());
        return rules;
    }
}
