package org.carbonneutral.inventory.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.inventory.domain.InventoryCalculator.Violation;
import org.carbonneutral.inventory.factors.ActivityUnits;
import org.carbonneutral.inventory.factors.EmissionCalculator;
import org.carbonneutral.inventory.factors.EmissionFactor;
import org.carbonneutral.inventory.factors.FactorKind;
import org.carbonneutral.inventory.factors.FactorLibrary;
import org.carbonneutral.inventory.factors.GwpSet;

/**
 * Quantifies lists of activities: each activity's quantity (as entered, or derived by {@link AppliedQuantity}), its
 * factors (named or looked up; each of a kind the source's category allows), and {@link EmissionCalculator}'s exact
 * per-gas figures, summed per gas and kept per activity ({@link ActivityFigure}).
 */
final class ActivityQuantifier {

    private final FactorLibrary library;
    private final EmissionCalculator calculator;

    ActivityQuantifier(FactorLibrary library, EmissionCalculator calculator) {
        this.library = library;
        this.calculator = calculator;
    }

    /** Emissions of a list of activities: exact tCO2e, biogenic CO2, per-gas kg and tCO2e, and the factor ids used. */
    static final class Sum {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal biogenic = BigDecimal.ZERO;
        final Map<String, BigDecimal[]> gases = new LinkedHashMap<>();
        final List<String> factorIds = new ArrayList<>();

        Sum() {
        }

        Sum(BigDecimal figure) {
            total = figure;
        }
    }

    /** The factors an activity names or looks up, for {@code unit}; a violation (with its field) where they cannot be. */
    static List<EmissionFactor> resolve(FactorLibrary library, InventoryContent.Activity a, String unit, String field,
            List<Violation> violations) {
        boolean named = a.factorIds() != null && !a.factorIds().isEmpty();
        int ways = (named ? 1 : 0) + (a.lookup() != null ? 1 : 0) + (a.blend() != null ? 1 : 0);
        if (ways != 1) {
            violations.add(new Violation(field, "name the factors (factorIds), a lookup or a blend, exactly one of them"));
            return List.of();
        }
        List<EmissionFactor> factors = new ArrayList<>();
        if (a.blend() != null) {
            factors.addAll(blend(library, a.blend(), field + ".blend", violations));
            if (factors.isEmpty()) {
                return List.of();
            }
        } else if (named) {
            for (int k = 0; k < a.factorIds().size(); k++) {
                String id = a.factorIds().get(k);
                String at = field + ".factorIds[" + k + "]";
                library.byId(id).ifPresentOrElse(factors::add, () -> violations.add(new Violation(at, "unknown factor " + id)));
            }
        } else {
            var l = a.lookup();
            factors.addAll(library.lookup(l.set(), l.kind(), l.activity(), l.year(), ActivityUnits.known(unit) ? unit : null));
            if (factors.isEmpty()) {
                violations.add(new Violation(field + ".lookup.activity", "no " + l.kind() + " factor for '" + l.activity()
                        + "' valid in " + l.year() + (l.set() == null ? "" : " in set " + l.set())
                        + library.closeNames(l.kind(), l.activity())));
            }
        }
        if (!ActivityUnits.known(a.unit())) {
            violations.add(new Violation(field + ".unit", "unknown unit '" + a.unit() + "'; use one of " + ActivityUnits.symbols()));
            return List.of();
        }
        for (EmissionFactor f : factors) {
            try {
                ActivityUnits.convert(BigDecimal.ONE, unit, f.unit());
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(field + ".unit", (unit.equals(a.unit()) ? unit : a.unit() + " (applied as " + unit
                        + ")") + " cannot be converted to " + f.unit() + ", the unit of factor " + f.id()));
                return List.of();
            }
        }
        return factors;
    }

    /**
     * A blend's factors: per component, its mass fraction (kg of the gas per kg of blend), a FUGITIVE_REFRIGERANT factor
     * of the component's gas; the shares must sum to exactly 100 % and every component be a gas of 表4-4.
     */
    private static List<EmissionFactor> blend(FactorLibrary library, InventoryContent.Blend blend, String field,
            List<Violation> violations) {
        List<EmissionFactor> factors = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean known = true;
        for (int k = 0; k < blend.components().size(); k++) {
            var c = blend.components().get(k);
            total = total.add(c.percent());
            List<EmissionFactor> gas = library.lookup(null, FactorKind.FUGITIVE_REFRIGERANT, c.gas(), 2000);
            if (gas.isEmpty()) {
                violations.add(new Violation(field + ".components[" + k + "].gas", "'" + c.gas() + "' is not a gas of "
                        + "MOENV 6.0.4 表4-4" + library.closeNames(FactorKind.FUGITIVE_REFRIGERANT, c.gas())));
                known = false;
                continue;
            }
            EmissionFactor g = gas.get(0);
            String id = "BLEND:" + blend.name().trim() + ":" + g.gas();
            factors.add(new EmissionFactor(id, "BLEND " + blend.name().trim(), "as declared", "composition: "
                    + blend.source().trim(), FactorKind.FUGITIVE_REFRIGERANT, blend.name().trim(), blend.name().trim(),
                    g.gas(), c.percent().movePointLeft(2), "kg", null, null, false));
        }
        if (total.compareTo(new BigDecimal(100)) != 0) {
            violations.add(new Violation(field + ".components", "the mass shares sum to " + total.stripTrailingZeros()
                    .toPlainString() + " %, not 100 %"));
            return List.of();
        }
        if (factors.stream().map(EmissionFactor::gas).distinct().count() < factors.size()) {
            violations.add(new Violation(field + ".components", "a gas is listed twice"));
            return List.of();
        }
        return known ? factors : List.of();
    }

    /**
     * Sums {@code activities} of a source in {@code category}, adding each activity's figure to {@code figures} and each
     * factor set used to {@code sets}.
     */
    Sum sum(List<InventoryContent.Activity> activities, String prefix, int category, String sourceName, GwpSet gwpSet,
            List<Violation> violations, Map<String, InventorySnapshot.FactorSetRef> sets, List<ActivityFigure> figures) {
        Sum sum = new Sum();
        for (int j = 0; j < activities.size(); j++) {
            InventoryContent.Activity a = activities.get(j);
            String af = prefix + "[" + j + "]";
            if (a.periodStart() != null && a.periodEnd() != null && a.periodEnd().isBefore(a.periodStart())) {
                violations.add(new Violation(af + ".periodEnd", "ends before it starts"));
            }
            int before = violations.size();
            AppliedQuantity.Applied applied = AppliedQuantity.of(a, af, violations);
            if (violations.size() > before) {
                continue;
            }
            List<EmissionFactor> factors = resolve(library, a, applied.unit(), af, violations);
            if (!fitsSource(a, factors, af, category, violations) || factors.isEmpty() || gwpSet == null) {
                continue;
            }
            EmissionCalculator.Result r;
            try {
                r = calculator.calculate(applied.quantity(), applied.unit(), factors, gwpSet);
            } catch (IllegalArgumentException e) { // INV-10: a gas with no GWP in the inventory's set, named where it is
                String at = a.lookup() != null ? af + ".lookup.activity" : a.blend() != null ? af + ".blend" : af + ".factorIds";
                violations.add(new Violation(at, e.getMessage() + " (gwpSet " + gwpSet + ")"));
                continue;
            }
            add(sum, r, sets);
            // INV-10: every source document used, also where one set cites several (附表一 一 and 二, 附表三)
            factors.forEach(f -> sets.putIfAbsent(f.setCode() + ":" + f.setVersion() + ":" + f.source(),
                    new InventorySnapshot.FactorSetRef(f.setCode(), f.setVersion(), f.source())));
            figures.add(new ActivityFigure(af, sourceName, a.quantity(), a.unit(), applied.quantity(), applied.unit(),
                    applied.derivation(), r.tco2e(), r.biogenicCo2Tonnes(), r.gases().stream().map(g -> new ActivityFigure.GasFigure(
                            g.gas(), g.factorId(), g.factorValue(), g.factorUnit(), g.gasKg(), g.gwp(),
                            g.gwpRef() == null ? null : g.gwpRef().source(), g.tco2e(), g.biogenic())).toList()));
        }
        return sum;
    }

    private static void add(Sum sum, EmissionCalculator.Result r, Map<String, InventorySnapshot.FactorSetRef> sets) {
        sum.total = sum.total.add(r.tco2e());
        sum.biogenic = sum.biogenic.add(r.biogenicCo2Tonnes());
        for (var g : r.gases()) {
            BigDecimal[] v = sum.gases.computeIfAbsent(g.gas(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            v[0] = v[0].add(g.gasKg());
            v[1] = v[1].add(g.tco2e());
            if (!sum.factorIds.contains(g.factorId())) {
                sum.factorIds.add(g.factorId());
            }
            if (g.gwpRef() != null) { // INV-10: the GWP table, version and value used, where not the IPCC set's
                sets.putIfAbsent(g.gwpRef().code() + ":" + g.gwpRef().version() + ":" + g.gwpRef().source(),
                        new InventorySnapshot.FactorSetRef(g.gwpRef().code(), g.gwpRef().version(), g.gwpRef().source()));
            }
        }
    }

    /** Every factor is of a kind the source's category allows, and of the kind a derivation needs (INV-1). */
    private static boolean fitsSource(InventoryContent.Activity a, List<EmissionFactor> factors, String field, int category,
            List<Violation> violations) {
        String kindField = a.lookup() != null ? field + ".lookup.kind" : a.blend() != null ? field + ".blend" : field + ".factorIds";
        for (EmissionFactor f : factors) {
            if (!f.kind().categories().contains(category)) {
                violations.add(new Violation(kindField, "a " + f.kind() + " factor (" + f.id() + ") quantifies a source "
                        + "of category " + f.kind().categories().stream().sorted().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(" or ")) + "; this source is category " + category,
                        "INV-1"));
                return false;
            }
            if (a.leakRate() != null && f.kind() != FactorKind.FUGITIVE_REFRIGERANT) {
                violations.add(new Violation(field + ".leakRate", "a leak rate applies to a refrigerant charge "
                        + "(FUGITIVE_REFRIGERANT), not to a " + f.kind() + " factor"));
                return false;
            }
            if (a.septicTank() != null && f.kind() != FactorKind.WASTEWATER) {
                violations.add(new Violation(field + ".septicTank", "a septic tank's BOD load is weighed by a WASTEWATER "
                        + "factor (附表三 一, e.g. 化糞池系統), not by a " + f.kind() + " factor"));
                return false;
            }
        }
        return true;
    }
}
