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

    /** "; close names: a, b" for an activity of {@code kind} not found, from the activities the library knows. */
    public String closeNames(FactorKind kind, String activity) {
        String k = activity == null ? "" : activity.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        String head = k.length() < 3 ? k : k.substring(0, 3);
        String digits = k.replaceAll("\\D", "");
        List<String> close = byId.values().stream().filter(f -> f.kind() == kind).map(EmissionFactor::activity).distinct()
                .filter(a -> {
                    String ak = a.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
                    return (!head.isEmpty() && ak.startsWith(head)) || (digits.length() >= 2 && ak.contains(digits));
                }).limit(8).toList();
        return close.isEmpty() ? "" : "; close names: " + String.join(", ", close);
    }

    /**
     * The factors (one per gas) of {@code activity} for {@code kind} valid in {@code year}, from {@code setCode} (any
     * set when null; the latest valid year wins for year-specific factors of one set).
     */
    public List<EmissionFactor> lookup(String setCode, FactorKind kind, String activity, int year) {
        Map<String, EmissionFactor> perGas = new LinkedHashMap<>();
        byId.values().stream()
                .filter(f -> setCode == null || f.setCode().equals(setCode))
                .filter(f -> f.kind() == kind)
                .filter(f -> f.activity().equals(activity) || f.activityEn().equalsIgnoreCase(activity))
                .filter(f -> f.validIn(year))
                .sorted(Comparator.comparing(EmissionFactor::setCode))
                .forEach(f -> perGas.putIfAbsent(f.gas(), f));
        return new ArrayList<>(perGas.values());
    }
}
