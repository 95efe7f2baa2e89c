package org.carbonneutral.inventory.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.inventory.factors.ActivityUnits;
import org.carbonneutral.inventory.factors.EmissionCalculator;
import org.carbonneutral.inventory.factors.EmissionFactor;
import org.carbonneutral.inventory.factors.FactorLibrary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Quantifies an inventory. Each activity's emissions come from {@link ActivityQuantifier} and {@link EmissionCalculator}
 * (per gas, exact kg; tCO2e to 6 decimals HALF_UP, kept per activity as {@link ActivityFigure}s); sources and totals sum those exact figures and are rounded once, to 3 decimals (kg
 * precision) HALF_UP, in the snapshot. Shares are percentages to 2 decimals HALF_UP. Reversals of removals count as
 * emissions of the period; the residual is emissions − removals, never below zero. Factors that cannot be resolved
 * are reported as violations (field path, message) and the inventory is not quantified.
 */
public final class InventoryCalculator {

    public static final int SCALE = 3;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private final FactorLibrary library;
    private final EmissionCalculator calculator;

    public InventoryCalculator(FactorLibrary library, EmissionCalculator calculator) {
        this.library = library;
        this.calculator = calculator;
    }

    /** The same calculation over another library (a tenant's: the reference tables plus its own sets). */
    public InventoryCalculator with(FactorLibrary other) {
        return other == null || other == library ? this : new InventoryCalculator(other, calculator);
    }

    /**
     * A field of the content that cannot be quantified, with the rule it breaks: INV-10 (a factor or GWP that does not
     * resolve or fit) unless named, INV-1 where a source is not identified as its category requires.
     */
    @Schema(name = "QuantificationViolation", description = "A figure that cannot be computed: the field (path in the "
            + "content), why, and the rule it breaks")
    public record Violation(@Schema(examples = "sources[0].activities[0].factorIds[0]") String field, String message,
            @Schema(examples = "INV-10") String rule) {
        public Violation(String field, String message) {
            this(field, message, "INV-10");
        }
    }

    /** The snapshot the approval carries, the violations of the content, and each activity's figures. */
    public record Quantified(InventorySnapshot snapshot, List<Violation> violations, List<ActivityFigure> activities) {
    }

    /** The factors an activity names or looks up; a violation (with its field) where they cannot be resolved. */
    public static List<EmissionFactor> resolve(FactorLibrary library, InventoryContent.Activity a, String field,
            List<Violation> violations) {
        return ActivityQuantifier.resolve(library, a, a.unit(), field, violations);
    }

    public Quantified quantify(SubjectType subjectType, InventoryContent content) {
        return quantify(subjectType, null, content);
    }

    /** Quantifies; {@code subjectName} (a product's name in the products table) gives the subject's share. */
    public Quantified quantify(SubjectType subjectType, String subjectName, InventoryContent content) {
        List<Violation> violations = new ArrayList<>();
        List<ActivityFigure> figures = new ArrayList<>();
        ActivityQuantifier quantifier = new ActivityQuantifier(library, calculator);
        List<InventorySnapshot.SourceLine> lines = new ArrayList<>();
        Map<Integer, BigDecimal> byScope = new TreeMap<>();
        Map<InventoryContent.Scope2Method, BigDecimal> byScope2Method = new java.util.EnumMap<>(InventoryContent.Scope2Method.class);
        Map<Integer, BigDecimal> byCategory = new TreeMap<>();
        Map<String, BigDecimal> byGas = new TreeMap<>();
        Map<String, InventorySnapshot.FactorSetRef> sets = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal biogenic = BigDecimal.ZERO;
        List<InventoryContent.Source> sources = content.sources() == null ? List.of() : content.sources();
        for (int i = 0; i < sources.size(); i++) {
            InventoryContent.Source s = sources.get(i);
            String field = "sources[" + i + "]";
            boolean hasActivities = s.activities() != null && !s.activities().isEmpty();
            if (hasActivities && s.tco2e() != null) {
                violations.add(new Violation(field, "give activities or a tco2e figure, not both"));
                continue;
            }

            if (s.scope2Method() != null && s.category() != 2) {
                violations.add(new Violation(field + ".scope2Method", "only category 2 (imported energy) has a scope-2 method"));
            }
            if (s.scope2Method() == null && s.category() == 2) {
                violations.add(new Violation(field + ".scope2Method", "state whether this imported energy is quantified "
                        + "location-based (grid average) or market-based (contractual instruments)"));
            }
            Scope3Categories.check(s, field, violations);
            ActivityQuantifier.Sum primary = hasActivities ? quantifier.sum(s.activities(), field + ".activities", s.category(),
                    s.name(), content.gwpSet(), violations, sets, figures)
                    : new ActivityQuantifier.Sum(s.tco2e() == null ? BigDecimal.ZERO : s.tco2e());
            boolean hasOther = s.otherMethodActivities() != null && !s.otherMethodActivities().isEmpty();
            ActivityQuantifier.Sum other = null;
            if (hasOther && s.category() != 2) {
                violations.add(new Violation(field + ".otherMethodActivities", "only category 2 (imported energy) is "
                        + "quantified by two methods"));
            } else if (hasOther) {
                other = quantifier.sum(s.otherMethodActivities(), field + ".otherMethodActivities", s.category(), s.name(),
                        content.gwpSet(), violations, sets, figures);
            }
            ActivityQuantifier.Sum counted = primary;
            if (s.category() == 2 && s.scope2Method() != null) {
                InventoryContent.Scope2Method otherMethod = s.scope2Method() == InventoryContent.Scope2Method.LOCATION_BASED
                        ? InventoryContent.Scope2Method.MARKET_BASED : InventoryContent.Scope2Method.LOCATION_BASED;
                byScope2Method.merge(s.scope2Method(), primary.total, BigDecimal::add);
                if (other != null) {
                    byScope2Method.merge(otherMethod, other.total, BigDecimal::add);
                }
                if (content.scope2Basis() != null && content.scope2Basis() != s.scope2Method()) {
                    if (other == null) {
                        violations.add(new Violation(field + ".otherMethodActivities", "the footprint counts scope 2 "
                                + content.scope2Basis() + ": give this source's " + content.scope2Basis() + " figure"));
                    } else {
                        counted = other;
                    }
                }
            }
            BigDecimal sourceTotal = counted.total;
            Map<String, BigDecimal[]> gases = counted.gases;
            List<String> factorIds = counted.factorIds;
            biogenic = biogenic.add(counted.biogenic);
            int scope = InventoryContent.scopeOf(s.category());
            byScope.merge(scope, sourceTotal, BigDecimal::add);
            byCategory.merge(s.category(), sourceTotal, BigDecimal::add);
            gases.forEach((gas, v) -> byGas.merge(gas, v[1], BigDecimal::add));
            total = total.add(sourceTotal);
            lines.add(new InventorySnapshot.SourceLine(s.name(), s.facility(), s.category(), scope, s.scope3Category(),
                    round(sourceTotal), gases.entrySet().stream().map(e -> new InventorySnapshot.GasLine(e.getKey(),
                            e.getValue()[0].setScale(SCALE, ROUNDING), round(e.getValue()[1]))).toList(), factorIds));
        }
        List<InventoryContent.Removal> removals = content.removals() == null ? List.of() : content.removals();
        BigDecimal removed = removals.stream().map(InventoryContent.Removal::removedTco2e).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal reversals = removals.stream().map(r -> r.reversalTco2e() == null ? BigDecimal.ZERO : r.reversalTco2e())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal emissions = total.add(reversals);
        BigDecimal residual = emissions.subtract(removed).max(BigDecimal.ZERO);
        List<InventoryContent.Exclusion> exclusions = content.exclusions() == null ? List.of() : content.exclusions();
        BigDecimal coverage = Materiality.coveragePercent(lines.stream().map(InventorySnapshot.SourceLine::tco2e).toList(),
                exclusions.stream().map(InventoryContent.Exclusion::estimatedTco2e).toList());
        var v = content.verification();
        InventorySnapshot.VerificationLine verification = v == null ? null : new InventorySnapshot.VerificationLine(
                Boolean.TRUE.equals(v.verified()), Boolean.TRUE.equals(v.article21Emitter()), v.body(), v.accreditation(),
                v.assuranceLevel() == null ? null : v.assuranceLevel().name(), v.statementDate(), v.reference());
        List<InventoryContent.Product> products = content.products() == null ? List.of() : content.products();
        BigDecimal productTotal = products.stream().map(InventoryContent.Product::tco2e).reduce(BigDecimal.ZERO, BigDecimal::add);
        InventorySnapshot snapshot = new InventorySnapshot(subjectType,
                content.boundaryApproach() == null ? null : content.boundaryApproach().name(),
                content.gwpSet() == null ? null : content.gwpSet().name(),
                content.facilities() == null ? List.of() : content.facilities(),
                lines,
                List.of(1, 2, 3).stream().map(sc -> new InventorySnapshot.ScopeTotal(sc, round(byScope.getOrDefault(sc,
                        BigDecimal.ZERO)))).toList(),
                content.scope2Basis() == null ? null : content.scope2Basis().name(),
                round(byScope2Method.getOrDefault(InventoryContent.Scope2Method.LOCATION_BASED, BigDecimal.ZERO)),
                round(byScope2Method.getOrDefault(InventoryContent.Scope2Method.MARKET_BASED, BigDecimal.ZERO)),
                byCategory.entrySet().stream().map(e -> new InventorySnapshot.CategoryTotal(e.getKey(), round(e.getValue()))).toList(),
                byGas.entrySet().stream().map(e -> new InventorySnapshot.GasTotal(e.getKey(), round(e.getValue()))).toList(),
                round(emissions), round(biogenic), round(removed), round(residual), residual.stripTrailingZeros(),
                removals.stream().map(r -> new InventorySnapshot.RemovalLine(r.name(), r.sinkType(), round(r.removedTco2e()),
                        round(r.reversalTco2e() == null ? BigDecimal.ZERO : r.reversalTco2e()), r.rightsEvidence(),
                        r.monitoring())).toList(),
                exclusions.stream().sorted(Comparator.comparing(InventoryContent.Exclusion::category))
                        .map(x -> new InventorySnapshot.ExclusionLine(x.name(), x.category(), round(x.estimatedTco2e()), x.reason()))
                        .toList(),
                coverage, verification, new ArrayList<>(sets.values()),
                products.stream().map(p -> new InventorySnapshot.ProductLine(p.name(), p.quantity(), p.unit(), round(p.tco2e()),
                        share(p.tco2e(), productTotal))).toList(),
                content.allocationMethod(), content.subjectChoiceReason(),
                productSubject(content, subjectName, emissions, products, productTotal), organisationPart(content, emissions));
        return new Quantified(snapshot, violations, figures);
    }

    /** The product subject's line: its footprint, per declared unit (kg CO2e, 6 decimals HALF_UP) and share. */
    private static InventorySnapshot.ProductSubjectLine productSubject(InventoryContent content, String subjectName,
            BigDecimal emissions, List<InventoryContent.Product> products, BigDecimal productTotal) {
        InventoryContent.ProductSubject p = content.productSubject();
        if (p == null) {
            return null;
        }
        BigDecimal perUnit = p.quantity().signum() == 0 ? null
                : emissions.movePointRight(3).divide(p.quantity(), 6, ROUNDING);
        return new InventorySnapshot.ProductSubjectLine(p.declaredUnit(), p.market().name(),
                p.stages().stream().map(st -> new InventorySnapshot.StageLine(st.stage().name(), Boolean.TRUE.equals(st.included()),
                        st.omissionReason())).toList(),
                p.quantity(), round(emissions), perUnit, subjectName == null ? null : products.stream()
                        .filter(x -> x.name().trim().equalsIgnoreCase(subjectName.trim())).findFirst()
                        .map(x -> share(x.tco2e(), productTotal)).orElse(null), p.otherProductsPlan());
    }

    /** An organisation subject narrower than the whole organisation: its share of the organisation's emissions. */
    private static InventorySnapshot.OrganisationPartLine organisationPart(InventoryContent content, BigDecimal emissions) {
        var p = content.organisationPart();
        return p == null ? null : new InventorySnapshot.OrganisationPartLine(p.covers(), round(p.organisationTco2e()),
                share(round(emissions), p.organisationTco2e()), p.otherPartsPlan());
    }

    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, ROUNDING);
    }

    /** part ÷ whole as a percentage, 2 decimals HALF_UP; zero when the whole is zero. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, ROUNDING);
    }
}
