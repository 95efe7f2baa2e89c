package org.carbonneutral.contracts.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an approved pathway revision says, so that disclosure can publish the management plan's pathway without
 * calling back: the baseline (by scope, and where it comes from), the targets (absolute and/or intensity, scopes
 * covered, the science-based reference and the implied annual reduction), the yearly target and actual series for the
 * chart with the period's milestone, the measures with their results, the timeline and expected credits, and the
 * residual the offsets must cover. Figures in tCO2e, scale 3 HALF_UP; rates as fractions (0.042 = 4.2 %/yr), scale 10.
 * {@code achievedReductionsTco2e} sums the achieved reductions of the measures that count (in operation in or before
 * the period, achieved reduction above zero, with evidence; PATH-5); {@code bestAvailableTechniquesApplied} is the
 * PATH-6 evidence; {@code baselineCheck} is the approved inventory of the base year a cited baseline was checked
 * against (null when the suite holds none).
 */
public record PathwaySnapshot(
        int baseYear,
        BigDecimal baselineTco2e,
        List<InventorySnapshot.ScopeTotal> baselineByScope,
        BaselineSource baselineSource,
        List<Integer> targetScopes,
        String scienceBasedReference,
        BigDecimal referenceAnnualRate,
        Integer shortTermTargetYear,
        BigDecimal shortTermTargetTco2e,
        BigDecimal impliedAnnualRate,
        IntensityTarget intensityTarget,
        int netZeroYear,
        String timeline,
        List<ExpectedCredits> expectedCredits,
        Trajectory trajectory,
        List<MeasureResult> measures,
        BestAvailableTechniques bestAvailableTechniques,
        PreviousPeriod previousDeclaredPeriod,
        BigDecimal periodEmissionsTco2e,
        BigDecimal removalsTco2e,
        BigDecimal residualTco2e,
        BigDecimal achievedReductionsTco2e,
        List<TechniqueApplied> bestAvailableTechniquesApplied,
        BaselineCheck baselineCheck) {

    /**
     * Where the baseline comes from: an approved inventory revision of this subject (declaration and revision), or a
     * cited source when the base year predates the suite.
     */
    public record BaselineSource(UUID inventoryDeclarationId, Integer inventoryRevision, String citation) {
    }

    /** An intensity target: tCO2e per unit of the named activity metric, at the short-term target year. */
    public record IntensityTarget(String metric, String unit, BigDecimal baseYearActivity, BigDecimal baseIntensity,
            BigDecimal targetIntensity, BigDecimal impliedAnnualRate, BigDecimal periodActivity, BigDecimal periodIntensity) {
    }

    public record ExpectedCredits(int year, BigDecimal tonnes, String type) {
    }

    public record YearValue(int year, BigDecimal value) {
    }

    /**
     * The yearly target series from the base year to net zero (linear to the short-term target, then linear to zero
     * net emissions at the net-zero year), the actual series from approved inventories of this subject's periods, and
     * the declaration period's milestone. {@code basis} is ABSOLUTE (tCO2e) or INTENSITY (tCO2e per unit).
     */
    public record Trajectory(String basis, String unit, List<YearValue> targets, List<YearValue> actuals, int milestoneYear,
            BigDecimal milestone, BigDecimal periodValue, Boolean milestoneMet) {
    }

    /**
     * A measure with its result. {@code status} is PLANNED, IN_PROGRESS, IMPLEMENTED or COMPLETED; {@code counted} is
     * true when its achieved reduction counts for the period (in operation since {@code implementedOn}, in or before
     * the period, achieved reduction above zero, with its evidence); an expected reduction never counts.
     */
    public record MeasureResult(String name, String type, List<Integer> scopes, List<String> sourcesAffected,
            BigDecimal beforeTco2e, BigDecimal afterTco2e, BigDecimal expectedReductionTco2e,
            BigDecimal achievedReductionTco2e, BigDecimal effectPerUnitKgCo2e, String calculationBasis,
            String quantificationMethod, String monitoringIndicator, String monitoringFrequency, String status,
            LocalDate startDate, LocalDate endDate, LocalDate implementedOn, String evidenceReference,
            String evidenceSummary, Boolean counted) {
    }

    /** One best available technique applied (PATH-6): the technique, where, since when, and why no further action now. */
    public record TechniqueApplied(String technique, String appliedAt, LocalDate appliedSince, String whyNoFurtherActionNow) {
    }

    /** The approved inventory of the base year a cited baseline was checked against, and whether the figures match. */
    public record BaselineCheck(UUID inventoryDeclarationId, Integer inventoryRevision, BigDecimal inventoryTotalTco2e,
            Boolean matches) {
    }

    public record BestAvailableTechniques(String assessed, String whyNoFurtherActionNow) {
    }

    /**
     * The subject's latest declared period before this one (PATH-7), with its emissions, and for a product or service
     * subject its declared unit and emissions per declared unit (kg CO2e), which PATH-7 compares.
     */
    public record PreviousPeriod(UUID declarationId, LocalDate periodStart, LocalDate periodEnd, BigDecimal totalTco2e,
            String declaredUnit, BigDecimal perUnitKgCo2e) {
    }
}
