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

    public static long retiredTonnes(List<Credit> credits) {
        return credits.stream().mapToLong(Credit::quantity).sum();
    }

    /** The residual's share of the total emissions, in percent with 2 decimals HALF_UP (null for a zero total). */
    public static BigDecimal residualSharePercent(BigDecimal residual, BigDecimal total) {
        return total == null || total.signum() == 0 ? null
                : residual.movePointRight(2).divide(total, 2, RoundingMode.HALF_UP);
    }
}
