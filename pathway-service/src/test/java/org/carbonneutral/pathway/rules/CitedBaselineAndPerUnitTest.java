package org.carbonneutral.pathway.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.pathway.domain.SubjectPeriod;
import org.carbonneutral.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

/** A cited baseline checked against the suite's approved inventory of the base year (PATH-1); PATH-7 per declared unit. */
class CitedBaselineAndPerUnitTest {

    static final UUID Y2020 = UUID.randomUUID();
    static final UUID Y2024 = UUID.randomUUID();

    static List<Finding> path1(SubjectPeriod baseYearInventory) {
        // PathwayBuilder cites "2020 inventory, verified 2021-05-03" for 100,000 t
        return new ManagementPlanItems().check(new PathwayFacts(SubjectType.ORGANISATION, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1, new PathwayBuilder().build(),
                TestEvents.organisationInventory("80000", "0"), List.of(), null, baseYearInventory));
    }

    @Test
    void aCitedBaselineMatchesTheApprovedInventoryOfTheBaseYear() {
        assertEquals(List.of(), path1(null));
        assertEquals(List.of(), path1(SubjectHistoryTest.period(Y2020, 2020, "100000.000", false, null)));
        List<Finding> findings = path1(SubjectHistoryTest.period(Y2020, 2020, "98000.5", false, null));
        assertEquals(List.of("PATH-1:baselineTco2e"), findings.stream().map(f -> f.ruleId() + ":" + f.field()).toList());
        assertTrue(findings.get(0).messageEn().contains("100000") && findings.get(0).messageEn().contains("98000.5"),
                findings.get(0).messageEn());
        assertTrue(findings.get(0).messageZh().contains("100000") && findings.get(0).messageZh().contains("98000.5"));
    }

    static InventorySnapshot product(String total, String unit, String perUnit) {
        var i = TestEvents.organisationInventory(total, "0");
        return new InventorySnapshot(SubjectType.PRODUCT, i.boundaryApproach(), i.gwpSet(), i.facilities(), i.sources(),
                i.totalsByScope(), i.scope2Basis(), i.scope2LocationBasedTco2e(), i.scope2MarketBasedTco2e(),
                i.totalsByCategory(), i.totalsByGas(), i.totalTco2e(), i.biogenicCo2Tonnes(), i.removalsTco2e(),
                i.residualTco2e(), i.residualExactTco2e(), i.removals(), i.exclusions(), i.coveragePercent(),
                i.verification(), i.factorSets(), i.products(), i.allocationMethod(), i.subjectChoiceReason(),
                new InventorySnapshot.ProductSubjectLine(unit, "B2B", List.of(), null, i.totalTco2e(),
                        perUnit == null ? null : new BigDecimal(perUnit), null, null), null);
    }

    static SubjectPeriod declared2024(String total, String unit, String perUnit) {
        return new SubjectPeriod(Y2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 1, new BigDecimal(total),
                List.of(), true, null, unit, perUnit == null ? null : new BigDecimal(perUnit));
    }

    static List<String> path7(InventorySnapshot inventory, SubjectPeriod previous) {
        return new ReductionAfterTheFirstPeriod().check(new PathwayFacts(SubjectType.PRODUCT, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), ClaimStandard.PAS_2060, new PathwayBuilder().build(), inventory,
                List.of(previous), null)).stream().map(f -> f.ruleId() + "/" + f.severity()).toList();
    }

    @Test
    void aProductComparesEmissionsPerDeclaredUnitNotTotals() {
        // more units sold: the total rose, the footprint per unit fell — a reduction
        assertEquals(List.of(), path7(product("1200", "1 t of yarn", "1.100000"), declared2024("1000", "1 t of yarn", "1.200000")));
        // the total fell because fewer units were made, the footprint per unit did not: no reduction
        assertEquals(List.of("PATH-7/BLOCK"), path7(product("900", "1 t of yarn", "1.200000"),
                declared2024("1000", "1 t of yarn", "1.200000")));
        // per unit not known, or in another declared unit: nothing to compare
        assertEquals(List.of("PATH-7/BLOCK"), path7(product("900", "1 t of yarn", null), declared2024("1000", "1 t of yarn", "1.2")));
        assertEquals(List.of("PATH-7/BLOCK"), path7(product("900", "1 kg of yarn", "0.0011"),
                declared2024("1000", "1 t of yarn", "1.2")));
    }
}
