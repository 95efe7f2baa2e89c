package org.carbonneutral.disclosure.web;

import static org.carbonneutral.disclosure.web.PageFormat.orDash;
import static org.carbonneutral.disclosure.web.PageFormat.tonnes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.disclosure.web.DeclarationPage.Cell;
import org.carbonneutral.disclosure.web.DeclarationPage.Pair;
import org.carbonneutral.disclosure.web.DeclarationPage.Table;

/**
 * Item (3)'s "how the pathway was set and why" (G肆.二(三)), from what the approved pathway holds: the science-based
 * reference and its annual rate, the implied annual rate of the targets, the targets by year, and the best available
 * techniques applied where the period's milestone cannot be met (PATH-6) with their justification.
 */
final class PathwayRationale {

    private PathwayRationale() {
    }

    /** How the pathway was set (base year, reference, targets) and why (its implied rate against the reference's). */
    static List<Pair> facts(PathwaySnapshot path, PageText t) {
        List<Pair> facts = new ArrayList<>();
        facts.add(new Pair(t.get("referenceRate"), rate(path.referenceAnnualRate())));
        String target = path.shortTermTargetTco2e() == null ? "—" : tonnes(path.shortTermTargetTco2e(), t);
        facts.add(new Pair(t.get("howSet"), t.get("howSetText").replace("{base}", String.valueOf(path.baseYear()))
                .replace("{baseline}", tonnes(path.baselineTco2e(), t))
                .replace("{reference}", t.label(path.scienceBasedReference()))
                .replace("{year}", path.shortTermTargetYear() == null ? "—" : String.valueOf(path.shortTermTargetYear()))
                .replace("{target}", target).replace("{netZero}", String.valueOf(path.netZeroYear()))));
        facts.add(new Pair(t.get("whySet"), why(path, t)));
        var bat = path.bestAvailableTechniques();
        if (bat != null) {
            facts.add(new Pair(t.get("batAssessed"), orDash(bat.assessed())));
            facts.add(new Pair(t.get("whyNoFurtherAction"), orDash(bat.whyNoFurtherActionNow())));
        }
        return facts;
    }

    /** The targets by year, and the best available techniques applied (PATH-6) where there are any. */
    static List<Table> tables(PathwaySnapshot path, PageText t) {
        List<Table> tables = new ArrayList<>();
        var trajectory = path.trajectory();
        if (trajectory != null && trajectory.targets() != null && !trajectory.targets().isEmpty()) {
            tables.add(new Table("targets", List.of(t.get("year"), t.get("targetSeries") + " (" + orDash(trajectory.unit())
                    + ")"), trajectory.targets().stream().map(v -> List.of(Cell.of(String.valueOf(v.year())),
                    Cell.of(v.value() == null ? "—" : v.value().toPlainString()))).toList()));
        }
        var applied = path.bestAvailableTechniquesApplied();
        if (applied != null && !applied.isEmpty()) {
            tables.add(new Table("best-available-techniques", List.of(t.get("technique"), t.get("appliedAt"),
                    t.get("appliedSince"), t.get("whyNoFurtherAction")), applied.stream().map(a -> List.of(
                    Cell.of(orDash(a.technique())), Cell.of(orDash(a.appliedAt())),
                    Cell.of(a.appliedSince() == null ? "—" : a.appliedSince().toString()),
                    Cell.of(orDash(a.whyNoFurtherActionNow())))).toList()));
        }
        return tables;
    }

    private static String why(PathwaySnapshot path, PageText t) {
        BigDecimal implied = path.impliedAnnualRate();
        BigDecimal reference = path.referenceAnnualRate();
        if (implied == null || reference == null) {
            return "—";
        }
        String key = implied.compareTo(reference) >= 0 ? "whyMeetsReference" : "whyBelowReference";
        return t.get(key).replace("{implied}", percent(implied)).replace("{rate}", percent(reference));
    }

    private static String rate(BigDecimal fraction) {
        return fraction == null ? "—" : percent(fraction) + " %/yr";
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
