package org.carbonneutral.contracts.events;

import java.math.BigDecimal;

/** What an approved pathway revision says: baseline, short-term target, net-zero year, and the residual to offset. */
public record PathwaySnapshot(
        int baseYear,
        BigDecimal baselineTco2e,
        int shortTermTargetYear,
        BigDecimal shortTermTargetTco2e,
        int netZeroYear,
        BigDecimal periodEmissionsTco2e,
        BigDecimal residualTco2e) {
}
