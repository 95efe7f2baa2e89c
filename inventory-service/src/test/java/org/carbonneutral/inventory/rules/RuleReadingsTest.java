package org.carbonneutral.inventory.rules;

import static org.carbonneutral.inventory.rules.InventoryRulesTest.CALCULATOR;
import static org.carbonneutral.inventory.rules.InventoryRulesTest.RULES;
import static org.carbonneutral.inventory.rules.InventoryRulesTest.VERIFIED;
import static org.carbonneutral.inventory.rules.InventoryRulesTest.check;
import static org.carbonneutral.inventory.rules.InventoryRulesTest.content;
import static org.carbonneutral.inventory.rules.InventoryRulesTest.diesel;
import static org.carbonneutral.inventory.rules.InventoryRulesTest.electricity;
import static org.carbonneutral.inventory.rules.InventoryRulesTest.product;
import static org.carbonneutral.inventory.rules.InventoryRulesTest.stage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.domain.InventoryContent.Exclusion;
import org.junit.jupiter.api.Test;

/**
 * The precise readings of INV-1 (a product or service rests on the organisation's inventory of the period), INV-5 (a
 * subject narrower than the organisation shows its share and reason) and INV-8 (PAS 2060: scope 1 and 2 included whole).
 */
class RuleReadingsTest {

    @Test
    void inv8UnderPasScope1And2AreIncludedWhole() {
        var sources = List.of(diesel("1000"), electricity("10000", 2024));
        // 0.01 t of refrigerant leaks (scope 1) and 0.01 t of purchased steam (scope 2): 99.7 % covered, but PAS 2060
        // includes scope 1 and 2 at 100 %, so each such exclusion blocks; scope 3 (category 4) does not
        var excluded = List.of(new Exclusion("Refrigerant leaks", 1, new BigDecimal("0.01"), "below 0.2 %"),
                new Exclusion("Purchased steam", 2, new BigDecimal("0.01"), "below 0.2 %"),
                new Exclusion("Office paper", 4, new BigDecimal("0.01"), "below 0.2 %"));
        assertEquals(List.of("INV-8/BLOCK:exclusions[0].category", "INV-8/BLOCK:exclusions[1].category"),
                check(content(sources, VERIFIED, null, excluded), ClaimStandard.PAS_2060));
        // ISO 14068-1 unchanged: the 95 % test only
        assertEquals(List.of(), check(content(sources, VERIFIED, null, excluded), ClaimStandard.ISO_14068_1));
        // below 95 % as well under PAS: both the scope finding and the coverage finding
        var big = List.of(new Exclusion("Refrigerant leaks", 1, new BigDecimal("1"), "no records"));
        assertEquals(List.of("INV-8/BLOCK:exclusions[0].category", "INV-8/BLOCK:exclusions"),
                check(content(sources, VERIFIED, null, big), ClaimStandard.PAS_2060));
    }

    static InventoryContent with(InventoryContent c, InventoryContent.OrganisationPart part, String reason,
            InventoryContent.OrganisationStatement statement) {
        return new InventoryContent(c.boundaryApproach(), c.gwpSet(), c.scope2Basis(), c.baseYear(), c.facilities(),
                c.sources(), c.exclusions(), c.verification(), c.removals(), c.products(), c.allocationMethod(), reason,
                c.productSubject(), part, statement);
    }

    static List<String> ids(InventoryFacts facts) {
        return RULES.evaluate(facts).stream().map(f -> f.ruleId() + "/" + f.severity() + ":" + f.field()).toList();
    }

    @Test
    void inv1AProductRestsOnTheOrganisationsInventoryOfThePeriod() {
        var all = java.util.Arrays.stream(InventoryContent.LifeCycleStage.values()).map(s -> stage(s, true, null)).toList();
        var c = product(InventoryContent.Market.B2C, all, null, "50", "50");
        var snapshot = CALCULATOR.quantify(SubjectType.PRODUCT, "Tea", c).snapshot();
        // neither an approved organisation inventory of the period in the suite nor a cited statement: blocked
        assertEquals(List.of("INV-1/BLOCK:organisationInventory"),
                ids(new InventoryFacts(SubjectType.PRODUCT, "Tea", ClaimStandard.ISO_14068_1, c, snapshot, 2025, false)));
        // the suite holds the organisation's approved inventory of the period
        assertEquals(List.of(),
                ids(new InventoryFacts(SubjectType.PRODUCT, "Tea", ClaimStandard.ISO_14068_1, c, snapshot, 2025, true)));
        // a cited verified statement of the period
        var cited = with(c, null, "flagship", new InventoryContent.OrganisationStatement(2025, new BigDecimal("313.769"),
                new BigDecimal("1185"), "SGS Taiwan", "GHG-2026-0412"));
        assertEquals(List.of(),
                ids(new InventoryFacts(SubjectType.PRODUCT, "Tea", ClaimStandard.ISO_14068_1, cited, snapshot, 2025, false)));
        // a statement of another year does not count
        var stale = with(c, null, "flagship", new InventoryContent.OrganisationStatement(2024, new BigDecimal("313.769"),
                new BigDecimal("1185"), "SGS Taiwan", "GHG-2025-0311"));
        assertEquals(List.of("INV-1/BLOCK:organisationInventory.year"),
                ids(new InventoryFacts(SubjectType.PRODUCT, "Tea", ClaimStandard.ISO_14068_1, stale, snapshot, 2025, false)));
        // a service subject is held to the same; an organisation subject is its own inventory
        assertEquals(List.of("INV-1/BLOCK:organisationInventory"),
                ids(new InventoryFacts(SubjectType.SERVICE, "Tea", ClaimStandard.ISO_14068_1, c, snapshot, 2025, false)));
    }

    @Test
    void inv5AnOrganisationSubjectNarrowerThanTheOrganisationShowsItsShareAndReason() {
        // diesel 1,000 L (2.614745 t: CH4 as fossil methane × 30) + electricity 10,000 kWh (4.740 t) = 7.355 t
        var base = content(List.of(diesel("1000"), electricity("10000", 2024)), VERIFIED, null, null);
        // one plant of an organisation emitting 100 t: 7.36 %, no reason, no plan for the rest
        var onePlant = with(base, new InventoryContent.OrganisationPart("Taoyuan plant only", new BigDecimal("100"), null),
                null, null);
        assertEquals(List.of("INV-5/WARN:subjectChoiceReason", "INV-5/WARN:organisationPart.otherPartsPlan"),
                check(onePlant, ClaimStandard.ISO_14068_1));
        // with the reason and a plan for the other sites: passes
        var planned = with(base, new InventoryContent.OrganisationPart("Taoyuan plant only", new BigDecimal("100"),
                "Hsinchu and Tainan plants by 2028"), "the largest plant", null);
        assertEquals(List.of(), check(planned, ClaimStandard.ISO_14068_1));
        // 14.71 % of a 50 t organisation is not small: the reason is enough
        var larger = with(base, new InventoryContent.OrganisationPart("Taoyuan plant only", new BigDecimal("50"), null),
                "the largest plant", null);
        assertEquals(List.of(), check(larger, ClaimStandard.ISO_14068_1));
        // the snapshot carries the part, the organisation's figure and the share: 7.355 ÷ 100 = 7.36 %
        var line = CALCULATOR.quantify(SubjectType.ORGANISATION, onePlant).snapshot().organisationPart();
        assertEquals(new BigDecimal("7.36"), line.sharePercent());
        assertEquals(new BigDecimal("100.000"), line.organisationTco2e());
        assertEquals("Taoyuan plant only", line.covers());
        assertEquals(null, CALCULATOR.quantify(SubjectType.ORGANISATION, base).snapshot().organisationPart());
        // the whole organisation (no organisationPart): nothing to show
        assertEquals(List.of(), check(base, ClaimStandard.ISO_14068_1));
    }
}
