package org.carbonneutral.inventory.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * INV-8 coverage: quantified ÷ (quantified + estimated exclusions). It is shown as a percentage to 2 decimals
 * HALF_UP, but the 95 % test compares the exact ratio (94.995 % shows as 95.00 % and still fails). Where the largest
 * single quantified source is more than 50 % of that total, the 95 % test applies to the total without it.
 */
public final class Materiality {

    public static final BigDecimal THRESHOLD = new BigDecimal("95");

    private Materiality() {
    }

    /** Exact coverage ratio (0..1) per INV-8, or null when there is nothing at all. */
    public static BigDecimal coverageRatio(List<BigDecimal> quantified, List<BigDecimal> excluded) {
        BigDecimal q = quantified.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal x = excluded.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal whole = q.add(x);
        if (whole.signum() == 0) {
            return null;
        }
        BigDecimal largest = quantified.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (largest.multiply(BigDecimal.valueOf(2)).compareTo(whole) > 0) {
            q = q.subtract(largest);
            whole = whole.subtract(largest);
            if (whole.signum() == 0) {
                return BigDecimal.ONE;
            }
        }
        return q.divide(whole, 10, RoundingMode.HALF_UP);
    }

    public static BigDecimal coveragePercent(List<BigDecimal> quantified, List<BigDecimal> excluded) {
        BigDecimal r = coverageRatio(quantified, excluded);
        return r == null ? null : r.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    public static boolean meetsThreshold(List<BigDecimal> quantified, List<BigDecimal> excluded) {
        BigDecimal r = coverageRatio(quantified, excluded);
        return r == null || r.movePointRight(2).compareTo(THRESHOLD) >= 0;
    }
}
