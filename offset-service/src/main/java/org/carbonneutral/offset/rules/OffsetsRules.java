package org.carbonneutral.offset.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.carbonneutral.platform.rules.RuleSet;

/** The OFF rules offset-service checks, in catalogue order. */
@Singleton
public class OffsetsRules extends RuleSet<OffsetsFacts> {

    public OffsetsRules() {
        super(List.of(new RetiredCoverResidual(), new VintageWithinFiveYears(), new RetiredWithinTwelveMonths()));
    }
}
