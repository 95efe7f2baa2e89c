package org.carbonneutral.offset.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Credits are whole tonnes: the residual to cover is the exact residual rounded UP to a whole tonne, never the residual
 * rounded to 3 decimals rounded again (OFF-1); a residual ≤ 0 needs no credits.
 */
public final class Coverage {

    private Coverage() {
    }

    public static long requiredTonnes(BigDecimal residualTco2e) {
        return residualTco2e.signum() <= 0 ? 0 : residualTco2e.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** The residual the credits must cover: the exact one, where the inventory states it (else its rounded figure). */
    public static BigDecimal residualToCover(org.carbonneutral.contracts.events.InventorySnapshot inventory) {
        return inventory.residualExactTco2e() != null ? inventory.residualExactTco2e() : inventory.residualTco2e();
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
