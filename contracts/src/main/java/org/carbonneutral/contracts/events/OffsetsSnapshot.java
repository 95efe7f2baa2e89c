package org.carbonneutral.contracts.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an approved offsets revision says: the residual it covers, the whole tonnes required (residual rounded up),
 * the tonnes retired, and each retirement.
 */
public record OffsetsSnapshot(
        BigDecimal residualTco2e,
        long requiredTonnes,
        long retiredTonnes,
        List<RetirementLine> retirements) {

    public record RetirementLine(
            String registry,
            String serialNumber,
            String projectName,
            long quantity,
            int vintageYear,
            LocalDate retiredOn,
            String publicReference) {
    }
}
