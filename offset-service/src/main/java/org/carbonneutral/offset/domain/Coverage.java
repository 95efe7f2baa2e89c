package org.carbonneutral.offset.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Credits are whole tonnes: the residual to cover is rounded UP to a whole tonne (OFF-1). */
public final class Coverage {

    private Coverage() {
    }

    public static long requiredTonnes(BigDecimal residualTco2e) {
        return residualTco2e.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    public static long retiredTonnes(List<OffsetsContent.Retirement> retirements) {
        return retirements.stream().mapToLong(OffsetsContent.Retirement::quantity).sum();
    }
}
