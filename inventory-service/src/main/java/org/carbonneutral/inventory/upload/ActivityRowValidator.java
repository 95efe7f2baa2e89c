package org.carbonneutral.inventory.upload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.factors.ActivityUnits;
import org.carbonneutral.inventory.factors.EmissionFactor;
import org.carbonneutral.inventory.factors.FactorKind;
import org.carbonneutral.inventory.factors.FactorLibrary;

/**
 * Checks one uploaded row: the source exists in the inventory, the quantity is a non-negative decimal, the unit is
 * known and converts to the unit of every factor, dates are ISO-8601 and in order, and the row names its factors
 * (factor_ids, separated by ';') or a lookup (lookup_kind, lookup_activity, lookup_year, optional lookup_set) that
 * resolves — exactly one of the two. Factor resolution is cached per distinct reference.
 */
public final class ActivityRowValidator {

    public static final List<String> COLUMNS = List.of("source", "quantity", "unit", "period_start", "period_end",
            "evidence", "factor_ids", "lookup_kind", "lookup_activity", "lookup_set", "lookup_year");

    private final FactorLibrary library;
    private final Set<String> sources;
    private final Map<String, String> factorProblems = new HashMap<>();
    private final String[][] recentReferences = new String[8][];
    private final String[] recentProblems = new String[8];
    private int recentNext;

    public ActivityRowValidator(FactorLibrary library, Set<String> sources) {
        this.library = library;
        this.sources = sources;
    }

    static final int SOURCE = 0;
    static final int QUANTITY = 1;
    static final int UNIT = 2;
    static final int PERIOD_START = 3;
    static final int PERIOD_END = 4;
    static final int EVIDENCE = 5;
    static final int FACTOR_IDS = 6;
    static final int LOOKUP_KIND = 7;
    static final int LOOKUP_ACTIVITY = 8;
    static final int LOOKUP_SET = 9;
    static final int LOOKUP_YEAR = 10;

    /** The row, or null with its errors added to {@code errors}. {@code cells} are trimmed texts in COLUMNS order. */
    public ActivityRow validate(long line, String[] cells, List<RowError> errors) {
        int before = errors.size();
        String source = cells[SOURCE];
        if (source.isEmpty()) {
            errors.add(new RowError(line, "source", "required"));
        } else if (!sources.contains(source)) {
            errors.add(new RowError(line, "source", "no source named '" + source + "' in the inventory"));
        }
        BigDecimal quantity = null;
        String q = cells[QUANTITY];
        try {
            quantity = new BigDecimal(q);
            if (quantity.signum() < 0) {
                errors.add(new RowError(line, "quantity", "must not be negative"));
            } else if (quantity.precision() - quantity.scale() > 15 || quantity.scale() > 6) {
                errors.add(new RowError(line, "quantity", "at most 15 integer and 6 decimal digits"));
            }
        } catch (NumberFormatException e) {
            errors.add(new RowError(line, "quantity", q.isEmpty() ? "required" : "not a number: '" + q + "'"));
        }
        String unit = cells[UNIT];
        if (!ActivityUnits.known(unit)) {
            errors.add(new RowError(line, "unit", (unit.isEmpty() ? "required" : "unknown unit '" + unit + "'")
                    + "; use one of " + ActivityUnits.symbols()));
        }
        LocalDate start = date(line, "period_start", cells[PERIOD_START], errors);
        LocalDate end = date(line, "period_end", cells[PERIOD_END], errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new RowError(line, "period_end", "ends before period_start"));
        }
        String evidence = cells[EVIDENCE];
        if (evidence.length() > 500) {
            errors.add(new RowError(line, "evidence", "at most 500 characters"));
        }
        String factorIds = cells[FACTOR_IDS];
        String kind = cells[LOOKUP_KIND];
        String activity = cells[LOOKUP_ACTIVITY];
        String set = cells[LOOKUP_SET];
        String year = cells[LOOKUP_YEAR];
        Integer lookupYear = null;
        boolean lookup = !kind.isEmpty() || !activity.isEmpty() || !year.isEmpty() || !set.isEmpty();
        if (factorIds.isEmpty() == !lookup) {
            errors.add(new RowError(line, "factor_ids", "name the factors (factor_ids) or a lookup (lookup_kind, "
                    + "lookup_activity, lookup_year), exactly one of them"));
        } else if (ActivityUnits.known(unit)) {
            if (lookup) {
                try {
                    lookupYear = Integer.valueOf(year);
                } catch (NumberFormatException e) {
                    errors.add(new RowError(line, "lookup_year", year.isEmpty() ? "required" : "not a year: '" + year + "'"));
                }
            }
            if (errors.size() == before) {
                String column = lookup ? "lookup_activity" : "factor_ids";
                String problem = referenceProblem(factorIds, kind, activity, set, year, unit);
                if (!problem.isEmpty()) {
                    errors.add(new RowError(line, lookup && problem.startsWith("lookup_kind") ? "lookup_kind" : column,
                            problem));
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new ActivityRow(line, source, quantity, unit, start, end, evidence.isEmpty() ? null : evidence,
                factorIds.isEmpty() ? null : factorIds, lookup ? kind : null, lookup ? activity : null,
                set.isEmpty() ? null : set, lookupYear);
    }

    /**
     * "" when the factors a row names (factor_ids, or a lookup whose year is a number) resolve and fit its unit, else
     * the reason. Remembered per distinct reference: uploads repeat a handful of them.
     */
    String referenceProblem(String factorIds, String kind, String activity, String set, String year, String unit) {
        String[] reference = {factorIds, kind, activity, set, year, unit};
        String problem = recent(reference);
        if (problem == null) {
            boolean lookup = factorIds.isEmpty();
            problem = factorProblems.computeIfAbsent(String.join("|", reference), k -> resolve(factorIds, kind, activity,
                    set, lookup ? Integer.valueOf(year) : null, unit));
            recentReferences[recentNext] = reference;
            recentProblems[recentNext] = problem;
            recentNext = (recentNext + 1) % recentReferences.length;
        }
        return problem;
    }

    /** "" when the reference resolves and fits the unit, else the reason. */
    private String resolve(String factorIds, String kind, String activity, String set, Integer year, String unit) {
        List<String> ids = factorIds.isEmpty() ? null : List.of(factorIds.split(";"));
        FactorKind k = null;
        if (ids == null) {
            try {
                k = FactorKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                return "lookup_kind must be one of " + List.of(FactorKind.values());
            }
        }
        var violations = new ArrayList<org.carbonneutral.inventory.domain.InventoryCalculator.Violation>();
        InventoryContent.Activity a = new InventoryContent.Activity(BigDecimal.ONE, unit, null, null, null,
                ids == null ? null : ids.stream().map(String::trim).toList(),
                ids == null ? new InventoryContent.FactorLookup(k, activity, set.isEmpty() ? null : set, year) : null);
        List<EmissionFactor> found = org.carbonneutral.inventory.domain.InventoryCalculator.resolve(library, a, "", violations);
        if (!violations.isEmpty() || found.isEmpty()) {
            return violations.isEmpty() ? "no factor found" : violations.get(0).message();
        }
        return "";
    }

    /** The resolution of one of the last few references seen, or null (uploads repeat a handful of references). */
    private String recent(String[] reference) {
        for (int i = 0; i < recentReferences.length; i++) {
            if (recentReferences[i] != null && java.util.Arrays.equals(recentReferences[i], reference)) {
                return recentProblems[i];
            }
        }
        return null;
    }

    /** yyyy-MM-dd, strictly (LocalDate.of rejects 2025-02-30); parsed by hand, it is on every row. */
    static LocalDate date(long line, String column, String text, List<RowError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = digits(text, 0, 4);
            int m = digits(text, 5, 7);
            int d = digits(text, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (java.time.DateTimeException e) {
                    // falls through to the error
                }
            }
        }
        errors.add(new RowError(line, column, "not an ISO-8601 date (yyyy-MM-dd): '" + text + "'"));
        return null;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
