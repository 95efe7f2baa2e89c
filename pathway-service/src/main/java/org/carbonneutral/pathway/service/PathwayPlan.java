package org.carbonneutral.pathway.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.pathway.domain.AchievedReductions;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.carbonneutral.pathway.domain.SubjectPeriod;
import org.carbonneutral.pathway.domain.Trajectories;
import org.carbonneutral.pathway.rules.PathwayFacts;

/** Turns a pathway revision and what it was checked against into the snapshot its approval carries. */
final class PathwayPlan {

    private PathwayPlan() {
    }

    static PathwaySnapshot snapshot(PathwayFacts facts) {
        PathwayContent c = facts.content();
        InventorySnapshot inventory = facts.inventory();
        var baselinePeriod = facts.baselinePeriod();
        List<InventorySnapshot.ScopeTotal> baselineByScope = baselinePeriod != null ? baselinePeriod.totalsByScope()
                : c.baselineByScope() == null ? List.of() : c.baselineByScope().stream()
                        .map(s -> new InventorySnapshot.ScopeTotal(s.scope(), tonnes(s.tco2e()))).toList();
        var source = c.baselineSource() == null ? null : new PathwaySnapshot.BaselineSource(
                c.baselineSource().inventoryDeclarationId(), baselinePeriod == null ? null : baselinePeriod.inventoryRevision(),
                c.baselineSource().citation());
        var reference = c.scienceBasedReference();
        BigDecimal rate = c.shortTermTargetTco2e() == null || c.baselineTco2e().signum() == 0 ? null
                : Trajectories.impliedAnnualRate(c.baseYear(), c.baselineTco2e(), c.shortTermTargetYear(), c.shortTermTargetTco2e());
        BigDecimal periodTotal = inventory == null ? null : inventory.totalTco2e();
        return new PathwaySnapshot(c.baseYear(), tonnes(c.baselineTco2e()), baselineByScope, source,
                c.targetScopes() == null ? List.of() : List.copyOf(c.targetScopes()),
                reference == null ? null : reference.name(), reference == null ? null : reference.annualRate(),
                c.shortTermTargetYear(), c.shortTermTargetTco2e() == null ? null : tonnes(c.shortTermTargetTco2e()), rate,
                intensity(c, periodTotal), c.netZeroYear(), c.timeline(),
                c.expectedCredits() == null ? List.of() : c.expectedCredits().stream()
                        .map(e -> new PathwaySnapshot.ExpectedCredits(e.year(), e.tonnes(), e.type())).toList(),
                Trajectories.of(c, facts.periodEnd().getYear(), periodTotal, facts.history()),
                c.measures() == null ? List.of() : c.measures().stream().map(m -> measure(m, facts.periodEnd())).toList(),
                c.batJustification() == null ? null : new PathwaySnapshot.BestAvailableTechniques(
                        c.batJustification().assessed(), c.batJustification().whyNoFurtherActionNow()),
                facts.previousDeclaredPeriod().map(p -> new PathwaySnapshot.PreviousPeriod(p.declarationId(),
                        p.periodStart(), p.periodEnd(), p.totalTco2e(), p.declaredUnit(), p.perUnitKgCo2e())).orElse(null),
                periodTotal, inventory == null ? null : inventory.removalsTco2e(),
                inventory == null ? null : inventory.residualTco2e(),
                AchievedReductions.total(c.measures(), facts.periodEnd()),
                c.bestAvailableTechniques() == null ? List.of() : c.bestAvailableTechniques().stream()
                        .map(t -> new PathwaySnapshot.TechniqueApplied(t.technique(), t.appliedAt(), t.appliedSince(),
                                t.whyNoFurtherActionNow())).toList(),
                baselineCheck(c, facts.baseYearInventory()));
    }

    private static PathwaySnapshot.BaselineCheck baselineCheck(PathwayContent c, SubjectPeriod held) {
        return held == null ? null : new PathwaySnapshot.BaselineCheck(held.declarationId(), held.inventoryRevision(),
                held.totalTco2e(), c.baselineTco2e().compareTo(held.totalTco2e()) == 0);
    }

    private static PathwaySnapshot.IntensityTarget intensity(PathwayContent c, BigDecimal periodTotal) {
        var t = c.intensityTarget();
        if (t == null) {
            return null;
        }
        BigDecimal base = Trajectories.intensity(c.baselineTco2e(), t.baseYearActivity());
        BigDecimal rate = base.signum() == 0 ? null
                : Trajectories.impliedAnnualRate(c.baseYear(), base, c.shortTermTargetYear(), t.targetIntensity());
        BigDecimal periodIntensity = periodTotal == null || t.periodActivity() == null ? null
                : Trajectories.intensity(periodTotal, t.periodActivity());
        return new PathwaySnapshot.IntensityTarget(t.metric(), t.unit(), t.baseYearActivity(), base, t.targetIntensity(),
                rate, t.periodActivity(), periodIntensity);
    }

    private static PathwaySnapshot.MeasureResult measure(PathwayContent.Measure m, LocalDate periodEnd) {
        return new PathwaySnapshot.MeasureResult(m.name(), m.type().name(), m.scopes() == null ? List.of() : m.scopes(),
                m.sourcesAffected() == null ? List.of() : m.sourcesAffected(), m.beforeTco2e(), m.afterTco2e(),
                m.expectedReductionTco2e(), m.achievedReductionTco2e(), m.effectPerUnitKgCo2e(), m.calculationBasis(),
                m.quantificationMethod(), m.monitoringIndicator(), m.monitoringFrequency(),
                m.status() == null ? null : m.status().name(), m.startDate(), m.endDate(), m.implementedOn(),
                m.evidence() == null ? null : m.evidence().reference(), m.evidence() == null ? null : m.evidence().summary(),
                AchievedReductions.counts(m, periodEnd));
    }

    private static BigDecimal tonnes(BigDecimal value) {
        return value.setScale(Trajectories.TCO2E_SCALE, RoundingMode.HALF_UP);
    }
}
