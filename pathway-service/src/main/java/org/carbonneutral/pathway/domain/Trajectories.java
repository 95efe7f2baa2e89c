package org.carbonneutral.pathway.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carbonneutral.contracts.events.PathwaySnapshot.Trajectory;
import org.carbonneutral.contracts.events.PathwaySnapshot.YearValue;

/**
 * The pathway's arithmetic. The target series is linear from the baseline in the base year to the short-term target,
 * then linear to zero net emissions in the net-zero year; the milestone of a year is the series' value in that year.
 * Absolute figures in tCO2e at scale 3, intensities in tCO2e per unit at scale 6, rates at scale 10, all HALF_UP;
 * intermediate quotients use 34 significant digits.
 */
public final class Trajectories {

    public static final String ABSOLUTE = "ABSOLUTE";
    public static final String INTENSITY = "INTENSITY";
    public static final int TCO2E_SCALE = 3;
    public static final int INTENSITY_SCALE = 6;
    public static final int RATE_SCALE = 10;

    private Trajectories() {
    }

    /** The implied linear annual reduction as a fraction (0.042 = 4.2 %/yr): (1 − target ÷ base) ÷ (years). */
    public static BigDecimal impliedAnnualRate(int baseYear, BigDecimal base, int targetYear, BigDecimal target) {
        if (base.signum() == 0 || targetYear <= baseYear) {
            throw new IllegalArgumentException("no rate from a zero base or a target not after the base year");
        }
        BigDecimal reduced = BigDecimal.ONE.subtract(target.divide(base, MathContext.DECIMAL128));
        return reduced.divide(BigDecimal.valueOf(targetYear - baseYear), RATE_SCALE, RoundingMode.HALF_UP);
    }

    /** The base intensity: baseline emissions per unit of the metric in the base year. */
    public static BigDecimal intensity(BigDecimal tco2e, BigDecimal activity) {
        return tco2e.divide(activity, INTENSITY_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The target series' value in {@code year}: the base value up to the base year, linear to the short-term target,
     * then linear to zero at the net-zero year, zero after it. Unrounded beyond 10 decimals of the fraction.
     */
    public static BigDecimal valueAt(int baseYear, BigDecimal base, int targetYear, BigDecimal target, int netZeroYear,
            int year, int scale) {
        BigDecimal value;
        if (year <= baseYear) {
            value = base;
        } else if (year <= targetYear) {
            value = base.subtract(base.subtract(target).multiply(fraction(year - baseYear, targetYear - baseYear)));
        } else if (netZeroYear > targetYear && year < netZeroYear) {
            value = target.subtract(target.multiply(fraction(year - targetYear, netZeroYear - targetYear)));
        } else if (netZeroYear > targetYear) {
            value = BigDecimal.ZERO;
        } else {
            value = target;
        }
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal fraction(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The trajectory of {@code content} for a declaration period ending in {@code periodEndYear}: absolute when an
     * absolute target is set, else on the intensity target; actuals from {@code history} and the period itself
     * ({@code periodTotal} null while no inventory is approved). The milestone is the series' value for the period's
     * end year; when that year is the base year no milestone can be met, and {@code milestoneMet} is null.
     */
    public static Trajectory of(PathwayContent content, int periodEndYear, BigDecimal periodTotal, List<SubjectPeriod> history) {
        boolean absolute = content.shortTermTargetTco2e() != null;
        if (!absolute && content.intensityTarget() == null) {
            return null;
        }
        int scale = absolute ? TCO2E_SCALE : INTENSITY_SCALE;
        BigDecimal base = absolute ? content.baselineTco2e()
                : intensity(content.baselineTco2e(), content.intensityTarget().baseYearActivity());
        BigDecimal target = absolute ? content.shortTermTargetTco2e() : content.intensityTarget().targetIntensity();
        int baseYear = content.baseYear();
        int targetYear = content.shortTermTargetYear();
        int netZero = content.netZeroYear();
        List<YearValue> targets = new ArrayList<>();
        int last = Math.max(targetYear, netZero);
        for (int year = baseYear; year <= last; year++) {
            targets.add(new YearValue(year, valueAt(baseYear, base, targetYear, target, netZero, year, scale)));
        }
        Map<Integer, BigDecimal> actuals = new TreeMap<>();
        history.stream()
                .sorted(Comparator.comparing(SubjectPeriod::declared).thenComparing(SubjectPeriod::periodEnd))
                .forEach(p -> {
                    BigDecimal value = absolute ? p.totalTco2e()
                            : p.periodActivity() == null ? null : intensity(p.totalTco2e(), p.periodActivity());
                    if (value != null && p.periodEnd().getYear() < periodEndYear) {
                        actuals.put(p.periodEnd().getYear(), value.setScale(scale, RoundingMode.HALF_UP));
                    }
                });
        BigDecimal periodValue = periodValue(content, periodTotal);
        if (periodValue != null) {
            actuals.put(periodEndYear, periodValue);
        }
        BigDecimal milestone = valueAt(baseYear, base, targetYear, target, netZero, periodEndYear, scale);
        String unit = absolute ? "tCO2e" : "tCO2e/" + content.intensityTarget().unit();
        return new Trajectory(absolute ? ABSOLUTE : INTENSITY, unit, targets,
                actuals.entrySet().stream().map(e -> new YearValue(e.getKey(), e.getValue())).toList(), periodEndYear,
                milestone, periodValue, periodValue == null || periodEndYear <= baseYear ? null
                        : periodValue.compareTo(milestone) <= 0);
    }

    /** The period's value on the trajectory's basis: its emissions, or its intensity when the metric's value is known. */
    public static BigDecimal periodValue(PathwayContent content, BigDecimal periodTotal) {
        if (periodTotal == null) {
            return null;
        }
        if (content.shortTermTargetTco2e() != null) {
            return periodTotal.setScale(TCO2E_SCALE, RoundingMode.HALF_UP);
        }
        var intensityTarget = content.intensityTarget();
        return intensityTarget == null || intensityTarget.periodActivity() == null ? null
                : intensity(periodTotal, intensityTarget.periodActivity());
    }
}
