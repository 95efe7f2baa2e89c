package org.carbonneutral.pathway.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.carbonneutral.pathway.domain.PathwayContent.BatJustification;
import org.carbonneutral.pathway.domain.PathwayContent.ExpectedCredits;
import org.carbonneutral.pathway.domain.PathwayContent.Measure;

/** A complete pathway for rule tests (base 2020 100,000 t → 2030 58,000 t, net zero 2045), changed field by field. */
final class PathwayBuilder {

    int baseYear = 2020;
    BigDecimal baseline = new BigDecimal("100000");
    int targetYear = 2030;
    BigDecimal target = new BigDecimal("58000");
    int netZero = 2045;
    List<Measure> measures = List.of(heatPumps());
    BatJustification bat;
    List<PathwayContent.TechniqueApplied> techniques;
    String timeline = "first declaration 2025; net zero 2045";
    List<ExpectedCredits> credits = List.of(new ExpectedCredits(2025, new BigDecimal("21000"), "MOENV domestic offset credits"));
    List<Integer> scopes = List.of(1, 2);
    PathwayContent.ScienceBasedReference reference = PathwayContent.ScienceBasedReference.SBTI_1_5C;
    PathwayContent.BaselineSource source = new PathwayContent.BaselineSource(null, "2020 inventory, verified 2021-05-03");
    List<PathwayContent.ScopeEmissions> byScope = List.of(new PathwayContent.ScopeEmissions(1, new BigDecimal("60000")),
            new PathwayContent.ScopeEmissions(2, new BigDecimal("40000")));
    PathwayContent.IntensityTarget intensity;

    static Measure heatPumps() {
        return measure("before/after metering", List.of(1));
    }

    static Measure measure(String basis, List<Integer> scopes) {
        return new Measure("Heat-pump dryers", PathwayContent.MeasureType.ENERGY_SUBSTITUTION, scopes, List.of("LPG dryers"),
                basis, "metered LPG before/after", "LPG kg/month", "monthly", new BigDecimal("900"), new BigDecimal("780"),
                new BigDecimal("120"), new BigDecimal("80"), null, PathwayContent.MeasureStatus.IMPLEMENTED,
                LocalDate.of(2025, 1, 6), null, LocalDate.of(2025, 3, 1), EVIDENCE);
    }

    static final PathwayContent.ReductionEvidence EVIDENCE = new PathwayContent.ReductionEvidence(
            "LPG purchase invoices and meter log Mar-Dec 2025", "LPG 25.6 t against 37.9 t in Mar-Dec 2024, same output");

    /** {@code m} with another status, date in operation, achieved reduction and evidence. */
    static Measure withResult(Measure m, PathwayContent.MeasureStatus status, LocalDate implementedOn, String achieved,
            PathwayContent.ReductionEvidence evidence) {
        return new Measure(m.name(), m.type(), m.scopes(), m.sourcesAffected(), m.calculationBasis(),
                m.quantificationMethod(), m.monitoringIndicator(), m.monitoringFrequency(), m.beforeTco2e(), m.afterTco2e(),
                m.expectedReductionTco2e(), achieved == null ? null : new BigDecimal(achieved), m.effectPerUnitKgCo2e(),
                status, m.startDate(), m.endDate(), implementedOn, evidence);
    }

    static PathwayContent.TechniqueApplied technique(LocalDate since) {
        return new PathwayContent.TechniqueApplied("Regenerative burners on the annealing furnace", "Taoyuan plant, line 2",
                since, "No electric furnace reaches 1,100 °C at this throughput; re-assessed in 2027");
    }

    PathwayBuilder targets(int baseYear, String baseline, int targetYear, String target, int netZero) {
        this.baseYear = baseYear;
        this.baseline = new BigDecimal(baseline);
        this.targetYear = targetYear;
        this.target = target == null ? null : new BigDecimal(target);
        this.netZero = netZero;
        this.byScope = null;
        return this;
    }

    PathwayBuilder baselineFrom(UUID declarationId) {
        this.source = new PathwayContent.BaselineSource(declarationId, null);
        this.byScope = null;
        return this;
    }

    PathwayContent build() {
        return new PathwayContent(baseYear, baseline, targetYear, target, netZero, measures, bat, timeline, credits, scopes,
                reference, source, byScope, intensity, techniques);
    }
}
