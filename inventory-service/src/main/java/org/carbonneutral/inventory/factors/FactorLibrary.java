package org.carbonneutral.inventory.factors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The factors known to the suite, by id, with the lookup an activity uses when it does not name its factors: by set,
 * kind, activity (Chinese or English name) and year. Immutable; tenants' own factors are added as new sets.
 */
public final class FactorLibrary {

    private final Map<String, EmissionFactor> byId = new LinkedHashMap<>();

    public FactorLibrary(Collection<EmissionFactor> factors) {
        for (EmissionFactor f : factors) {
            if (byId.putIfAbsent(f.id(), f) != null) {
                throw new IllegalStateException("duplicate factor id " + f.id());
            }
        }
    }

    public static FactorLibrary reference() {
        return new FactorLibrary(ReferenceTables.all());
    }

    public Optional<EmissionFactor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<EmissionFactor> all() {
        return byId.values();
    }

    /**
     * "; close names: 中文 (English), …" for an activity of {@code kind} not found: the library's activities of that kind
     * most alike the name given, in either language (shared character pairs, ignoring case, spaces and punctuation;
     * at most 8, the most alike first). Every kind the library holds answers with some names.
     */
    public String closeNames(FactorKind kind, String activity) {
        String k = normal(activity);
        record Candidate(String label, double score) {
        }
        java.util.Map<String, Candidate> best = new LinkedHashMap<>();
        for (EmissionFactor f : byId.values()) {
            if (f.kind() != kind) {
                continue;
            }
            String label = f.activityEn() == null || f.activityEn().isBlank() || f.activityEn().equals(f.activity())
                    ? f.activity() : f.activity() + " (" + f.activityEn() + ")";
            double score = Math.max(similarity(k, normal(f.activity())), similarity(k, normal(f.activityEn())));
            best.merge(label, new Candidate(label, score), (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<String> close = best.values().stream().sorted(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Candidate::label)).limit(8).map(Candidate::label).toList();
        return close.isEmpty() ? "; the library has no " + kind + " factor: publish one in a factor set of your own"
                : "; close names: " + String.join(", ", close);
    }

    private static String normal(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\p{Punct}、，（）]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Dice coefficient of character pairs (single characters for one-character names); containment counts fully. */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.contains(b) || b.contains(a)) {
            return 1 + Math.min(a.length(), b.length()) / (double) Math.max(a.length(), b.length());
        }
        List<String> x = pairs(a);
        List<String> y = new ArrayList<>(pairs(b));
        int shared = 0;
        for (String p : x) {
            if (y.remove(p)) {
                shared++;
            }
        }
        return 2.0 * shared / (x.size() + y.size() + shared);
    }

    private static List<String> pairs(String s) {
        List<String> p = new ArrayList<>();
        if (s.length() == 1) {
            p.add(s);
        }
        for (int i = 0; i + 1 < s.length(); i++) {
            p.add(s.substring(i, i + 2));
        }
        return p;
    }

    /**
     * The factors (one per gas) of {@code activity} for {@code kind} valid in {@code year}, from {@code setCode} (any
     * set when null; the latest valid year wins for year-specific factors of one set). The activity is matched by its
     * Chinese or English name exactly (English ignoring case); a gas released by mass also by any of its names in
     * 表4-4, ignoring case, hyphens and spaces.
     */
    public List<EmissionFactor> lookup(String setCode, FactorKind kind, String activity, int year) {
        return lookup(setCode, kind, activity, year, null);
    }

    /**
     * As {@link #lookup(String, FactorKind, String, int)}; where an activity has factors per different units of one gas
     * (wastewater per kg BOD and per kg COD), the one {@code unit} converts to is taken.
     */
    public List<EmissionFactor> lookup(String setCode, FactorKind kind, String activity, int year, String unit) {
        Map<String, EmissionFactor> perGas = new LinkedHashMap<>();
        byId.values().stream()
                .filter(f -> setCode == null || f.setCode().equals(setCode))
                .filter(f -> f.kind() == kind)
                .filter(f -> f.activity().equals(activity) || f.activityEn().equalsIgnoreCase(activity)
                        || (f.kind().fugitiveByMass() && aliasOf(f, activity)))
                .filter(f -> f.validIn(year))
                .sorted(Comparator.comparing(EmissionFactor::setCode))
                .forEach(f -> perGas.merge(f.gas(), f, (kept, other) -> unit != null && !converts(unit, kept.unit())
                        && converts(unit, other.unit()) ? other : kept));
        return new ArrayList<>(perGas.values());
    }

    /** A gas by any of its names in 表4-4 (HFC-134a/R-134a), ignoring case, hyphens and spaces (R410A = R-410A). */
    private static boolean aliasOf(EmissionFactor f, String name) {
        String k = name == null ? "" : name.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (k.isEmpty()) {
            return false;
        }
        for (String alias : (f.activity() + "/" + f.activityEn()).split("/")) {
            if (alias.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT).equals(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean converts(String from, String to) {
        try {
            ActivityUnits.convert(java.math.BigDecimal.ONE, from, to);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
