package org.carbonneutral.inventory.factors;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * The factor library as one tenant sees it: the public reference tables plus the tenant's own published sets. Sets
 * are append-only (the database refuses updates), so a factor id always means the same value.
 */
@Singleton
public class TenantFactors {

    private static final String SELECT = "select f.id, f.code, f.version, s.source, f.kind, f.activity, f.activity_en, "
            + "f.gas, f.value::text, f.unit, f.valid_from_year, f.valid_to_year, f.biogenic from custom_factor f "
            + "join custom_factor_set s on s.tenant = f.tenant and s.code = f.code and s.version = f.version "
            + "where f.tenant = ?1 order by f.id";

    private final FactorLibrary reference;
    private final GwpTable gwp;

    public TenantFactors(FactorLibrary reference, GwpTable gwp) {
        this.reference = reference;
        this.gwp = gwp;
    }

    /** Needs an active Hibernate Reactive session. */
    public Uni<FactorLibrary> library(String tenant) {
        return Panache.getSession().chain(s -> s.createNativeQuery(SELECT, Object[].class).setParameter(1, tenant)
                .getResultList()).map(rows -> {
                    if (rows.isEmpty()) {
                        return reference;
                    }
                    List<EmissionFactor> all = new ArrayList<>(reference.all());
                    for (Object[] r : rows) {
                        all.add(new EmissionFactor((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                                FactorKind.valueOf((String) r[4]), (String) r[5], (String) r[6], (String) r[7],
                                new BigDecimal((String) r[8]), (String) r[9], r[10] == null ? null : ((Number) r[10]).intValue(),
                                r[11] == null ? null : ((Number) r[11]).intValue(), (Boolean) r[12]));
                    }
                    return new FactorLibrary(all);
                });
    }

    /** Publishes a new set version; 409 when the code clashes with a public set or the version exists. */
    public Uni<List<EmissionFactor>> publish(String tenant, String user, CustomFactorSetRequest request) {
        String code = request.code();
        if (reference.all().stream().anyMatch(f -> f.setCode().equals(code))) {
            throw ProblemException.conflict("reserved-factor-set", code + " is a public factor set; choose another code");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        List<EmissionFactor> factors = new ArrayList<>();
        for (int i = 0; i < request.factors().size(); i++) {
            var f = request.factors().get(i);
            String field = "factors[" + i + "]";
            if (!ActivityUnits.known(f.unit())) {
                violations.add(new Problem.Violation(field + ".unit", "unknown unit; use one of " + ActivityUnits.symbols()));
            } else if (!f.kind().measures().contains(ActivityUnits.measure(f.unit()))) {
                // INV-10: a factor's value is per a unit its kind can be measured in
                violations.add(new Problem.Violation(field + ".unit", "a " + f.kind() + " factor is per "
                        + f.kind().measures().stream().map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .sorted().collect(java.util.stream.Collectors.joining(", ")) + "; '" + f.unit() + "' measures "
                        + ActivityUnits.measure(f.unit()).name().toLowerCase(Locale.ROOT).replace('_', ' '), "INV-10"));
            }
            String gas = f.gas().trim().toUpperCase(Locale.ROOT).equals("CO2E") ? "CO2E" : f.gas().trim();
            if (!gwp.knows(gas)) {
                violations.add(new Problem.Violation(field + ".gas", "no GWP is known for '" + f.gas() + "'"));
            } else if (gas.equals("CO2E") && f.kind().fugitiveByMass()) {
                // INV-10: a release by mass is of one gas, weighed by that gas's GWP in the inventory's set
                violations.add(new Problem.Violation(field + ".kind", "a " + f.kind() + " factor is kg of a gas released "
                        + "per kg, weighed by its GWP; CO2E is already weighed: use an INDIRECT or PROCESS factor, or "
                        + "name the gas", "INV-10"));
            }
            if (f.validFromYear() != null && f.validToYear() != null && f.validToYear() < f.validFromYear()) {
                violations.add(new Problem.Violation(field + ".validToYear", "before validFromYear"));
            }
            Integer year = f.validFromYear() != null && f.validFromYear().equals(f.validToYear()) ? f.validFromYear() : null;
            String id = ReferenceTables.id(code, request.version(), f.kind(), f.activity(), gas.toUpperCase(Locale.ROOT), year);
            if (factors.stream().anyMatch(x -> x.id().equals(id))) {
                violations.add(new Problem.Violation(field, "a second factor with id " + id));
            }
            factors.add(new EmissionFactor(id, code, request.version(), request.source(), f.kind(), f.activity(),
                    f.activityEn(), gas.toUpperCase(Locale.ROOT), f.value(), f.unit(), f.validFromYear(), f.validToYear(),
                    f.biogenic()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into custom_factor_set (tenant, code, version, source, created_by, created_at) "
                                + "values (?1, ?2, ?3, ?4, ?5, now()) on conflict do nothing")
                .setParameter(1, tenant).setParameter(2, code).setParameter(3, request.version())
                .setParameter(4, request.source()).setParameter(5, user).executeUpdate()
                .chain(inserted -> {
                    if (inserted == 0) {
                        throw ProblemException.conflict("factor-set-version-exists", code + " version "
                                + request.version() + " is already published and never changes; publish a new version");
                    }
                    Uni<Integer> chain = Uni.createFrom().item(0);
                    for (EmissionFactor f : factors) {
                        chain = chain.chain(x -> s.createNativeQuery("insert into custom_factor (tenant, id, code, version, "
                                        + "kind, activity, activity_en, gas, value, unit, valid_from_year, valid_to_year, biogenic) "
                                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
                                .setParameter(1, tenant).setParameter(2, f.id()).setParameter(3, code)
                                .setParameter(4, f.setVersion()).setParameter(5, f.kind().name())
                                .setParameter(6, f.activity()).setParameter(7, f.activityEn()).setParameter(8, f.gas())
                                .setParameter(9, f.value()).setParameter(10, f.unit())
                                .setParameter(11, f.validFromYear()).setParameter(12, f.validToYear())
                                .setParameter(13, f.biogenic()).executeUpdate());
                    }
                    return chain.replaceWith(factors);
                })));
    }
}
