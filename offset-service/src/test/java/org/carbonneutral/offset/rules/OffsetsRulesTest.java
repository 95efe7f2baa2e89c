package org.carbonneutral.offset.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.offset.domain.OffsetsContent;
import org.junit.jupiter.api.Test;

class OffsetsRulesTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate END = LocalDate.of(2024, 12, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    final OffsetsRules rules = new OffsetsRules();

    static InventorySnapshot inventory(String residual) {
        return org.carbonneutral.platform.testing.TestEvents.organisationInventory(residual, "0");
    }

    static OffsetsContent.Retirement credit(long quantity, int vintage, LocalDate retiredOn) {
        return new OffsetsContent.Retirement("MOENV", "TW-2-1-030172798-030173019-00-00-A0000070", "p", quantity,
                vintage, retiredOn, null);
    }

    List<Finding> check(String residual, OffsetsContent.Retirement... retirements) {
        return rules.evaluate(new OffsetsFacts(START, END, ClaimStandard.ISO_14068_1,
                new OffsetsContent(List.of(retirements)), inventory(residual), TODAY));
    }

    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    @Test
    void residualIsRoundedUpToWholeCredits() {
        assertEquals(List.of(), ids(check("221.001", credit(222, 2023, LocalDate.of(2025, 3, 1)))));
        assertEquals(List.of(), ids(check("222.000", credit(222, 2023, LocalDate.of(2025, 3, 1)))));
        List<Finding> short1 = check("222.001", credit(222, 2023, LocalDate.of(2025, 3, 1)));
        assertEquals(List.of("OFF-1"), ids(short1));
        assertTrue(short1.get(0).messageEn().contains("needs 223 whole credits; 1 t are missing"));
    }

    @Test
    void retirementMustHaveHappenedBeforeTheDeclaration() {
        List<Finding> f = check("1", credit(1, 2023, TODAY.plusDays(1)));
        assertTrue(ids(f).contains("OFF-1"));
        assertEquals("retirements[0].retiredOn", f.stream().filter(x -> x.ruleId().equals("OFF-1")).findFirst()
                .orElseThrow().field());
        assertEquals(List.of(), ids(rules.evaluate(new OffsetsFacts(START, LocalDate.of(2026, 6, 30),
                ClaimStandard.ISO_14068_1, new OffsetsContent(List.of(credit(1, 2023, TODAY))), inventory("1"), TODAY))));
    }

    @Test
    void noApprovedInventoryBlocks() {
        List<Finding> f = rules.evaluate(new OffsetsFacts(START, END, ClaimStandard.ISO_14068_1,
                new OffsetsContent(List.of(credit(5, 2023, LocalDate.of(2025, 1, 5)))), null, TODAY));
        assertEquals(List.of("OFF-1"), ids(f));
    }

    @Test
    void vintageExactlyFiveYearsBeforePassesSixFails() {
        assertEquals(List.of(), ids(check("1", credit(1, 2019, LocalDate.of(2025, 1, 5)))));
        List<Finding> f = check("1", credit(1, 2018, LocalDate.of(2025, 1, 5)));
        assertEquals(List.of("OFF-4"), ids(f));
        assertEquals("retirements[0].vintageYear", f.get(0).field());
    }

    @Test
    void retiredOnDay365AfterPeriodEndPassesDay366Fails() {
        // 2025 has 365 days: 2024-12-31 + 365 days = 2025-12-31 (the deadline), + 366 = 2026-01-01
        assertEquals(List.of(), ids(check("1", credit(1, 2023, END.plusDays(365)))));
        List<Finding> f = check("1", credit(1, 2023, END.plusDays(366)));
        assertEquals(List.of("OFF-5"), ids(f));
        assertEquals(LocalDate.of(2025, 12, 31), RetiredWithinTwelveMonths.deadline(END));
    }

    @Test
    void catalogueListsTheRulesInOrder() {
        assertEquals(List.of("OFF-1", "OFF-4", "OFF-5"), rules.rules().stream().map(r -> r.id()).toList());
    }
}
