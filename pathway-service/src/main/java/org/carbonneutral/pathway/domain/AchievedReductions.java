package org.carbonneutral.pathway.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.pathway.domain.PathwayContent.Measure;
import org.carbonneutral.pathway.domain.PathwayContent.MeasureStatus;

/**
 * Which measures count as evidence of a reduction (PATH-5, PATH-6): a measure in operation (not PLANNED) since a date in
 * or before the period's end, with an achieved reduction above zero and its evidence (reference and summary). A planned
 * measure, an expected reduction or a measure put into operation after the period never counts.
 */
public final class AchievedReductions {

    private AchievedReductions() {
    }

    /** Whether {@code m} is evidence of a reduction achieved in a period ending {@code periodEnd}. */
    public static boolean counts(Measure m, LocalDate periodEnd) {
        return m.status() != null && m.status() != MeasureStatus.PLANNED && m.implementedOn() != null
                && !m.implementedOn().isAfter(periodEnd) && m.achievedReductionTco2e() != null
                && m.achievedReductionTco2e().signum() > 0 && m.evidence() != null && !blank(m.evidence().reference())
                && !blank(m.evidence().summary());
    }

    /** Whether the measure says it is in operation: then it must state when, what it achieved, and the evidence. */
    public static boolean claimsImplemented(Measure m) {
        return m.status() == MeasureStatus.IMPLEMENTED || m.status() == MeasureStatus.COMPLETED;
    }

    /** The sum of the achieved reductions of the measures that count, tCO2e at scale 3 HALF_UP (zero when none). */
    public static BigDecimal total(List<Measure> measures, LocalDate periodEnd) {
        return measures == null ? BigDecimal.ZERO.setScale(Trajectories.TCO2E_SCALE) : measures.stream()
                .filter(m -> counts(m, periodEnd)).map(Measure::achievedReductionTco2e).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(Trajectories.TCO2E_SCALE, RoundingMode.HALF_UP);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
