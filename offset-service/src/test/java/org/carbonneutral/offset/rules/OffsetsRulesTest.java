package org.carbonneutral.offset.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.offset.domain.Credit;
import org.carbonneutral.offset.domain.Credits;
import org.carbonneutral.offset.domain.OffsetsContent;
import org.carbonneutral.offset.domain.OffsetsContent.Evidence;
import org.carbonneutral.offset.domain.OffsetsContent.Project;
import org.carbonneutral.offset.domain.OffsetsContent.Retirement;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.offset.domain.RegistryStatus;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.offset.serial.SerialNumbers;
import org.carbonneutral.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

class OffsetsRulesTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate END = LocalDate.of(2024, 12, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String SERIAL = "TW-2-1-030172798-030173019-00-00-A0000070";
    static final String BENEFICIARY = "Acme Taiwan Ltd.";
    final OffsetsRules rules = new OffsetsRules();

    static InventorySnapshot inventory(String residual) {
        return org.carbonneutral.platform.testing.TestEvents.organisationInventory(residual, "0");
    }

    static Evidence evidence(String what) {
        return new Evidence("https://ghgregistry.moenv.gov.tw/epa_ghg/A0000070/" + what, what);
    }

    static Project project(String id, OffsetsContent.ProjectType type, Boolean reversal, Boolean ccp) {
        return new Project(Registry.MOENV, id, "Kaohsiung boiler fuel switch", type, type == OffsetsContent.ProjectType.REMOVAL
                ? 100 : null, OffsetsContent.MoenvProgramme.OFFSET_PROJECT, "AMS-III.B v18", "Kaohsiung, Taiwan",
                "Acme Energy Services", List.of("Kaohsiung Steel Works"), "SGS Taiwan", evidence("pdd"), evidence("monitoring"),
                evidence("additionality"), reversal, evidence("permanence"), null,
                Boolean.TRUE.equals(reversal) || type == OffsetsContent.ProjectType.REMOVAL
                        ? "MOENV reversal buffer account (10 % withheld)" : null,
                evidence("safeguards"), evidence("verification"), ccp, false);
    }

    static Retirement credit(String serial, Long quantity, Integer vintage, LocalDate retiredOn) {
        return new Retirement(Registry.MOENV, serial, quantity, null, "Boiler fuel switch", vintage, LocalDate.of(2023, 5, 2),
                null, retiredOn, BENEFICIARY, "Carbon neutrality 2024", "https://ghgregistry.moenv.gov.tw/");
    }

    static Retirement credit(long quantity, int vintage, LocalDate retiredOn) {
        return credit(SERIAL.replace("030173019", String.format("%09d", 30172797 + quantity)), quantity, vintage, retiredOn);
    }

    /** The public record retiring exactly {@code serial} for {@code beneficiary} on 2025-03-01. */
    static RegistryRecord record(String serial, String beneficiary) {
        return record(serial, beneficiary, LocalDate.of(2025, 3, 1), "碳中和");
    }

    static RegistryRecord record(String serial, String beneficiary, LocalDate retiredOn, String type) {
        var block = SerialNumbers.parse(Registry.MOENV, serial, null);
        return new RegistryRecord(Registry.MOENV, serial, block, block.quantity(), RegistryStatus.RETIRED, null, null, null,
                block.projectId(), null, retiredOn, beneficiary, null, null, "碳中和", type, null, null, 2, 1,
                UUID.randomUUID());
    }

    static OffsetsFacts facts(String residual, List<Project> projects, List<Retirement> retirements,
            List<RegistryRecord> records) {
        OffsetsContent content = new OffsetsContent(retirements, projects);
        List<Credit> credits = Credits.of(content);
        return new OffsetsFacts(START, END, ClaimStandard.ISO_14068_1, TestEvents.ACME, content, credits, inventory(residual),
                TODAY, records);
    }

    /** Confirmed by the registry, with a CCP-labelled project: only the rule under test can fire. */
    List<Finding> check(String residual, Retirement... retirements) {
        List<RegistryRecord> records = new ArrayList<>();
        for (Retirement r : retirements) {
            records.add(record(r.serialNumber(), BENEFICIARY, r.retiredOn(), "碳中和"));
        }
        return rules.evaluate(facts(residual, List.of(project("A0000070", OffsetsContent.ProjectType.REDUCTION, false, true)),
                List.of(retirements), records));
    }

    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    static List<String> fields(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + ":" + f.field()).toList();
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
    void theExactResidualIsRoundedUpNotTheRoundedOne() {
        // 222.0004 t is 222.000 at 3 decimals: rounding that up again would ask for 222 credits; 223 are needed
        var rounded = inventory("222.000");
        var exact = new InventorySnapshot(rounded.subjectType(), rounded.boundaryApproach(), rounded.gwpSet(),
                rounded.facilities(), rounded.sources(), rounded.totalsByScope(), rounded.scope2Basis(),
                rounded.scope2LocationBasedTco2e(), rounded.scope2MarketBasedTco2e(), rounded.totalsByCategory(),
                rounded.totalsByGas(), rounded.totalTco2e(), rounded.biogenicCo2Tonnes(), rounded.removalsTco2e(),
                rounded.residualTco2e(), new java.math.BigDecimal("222.0004"), rounded.removals(), rounded.exclusions(),
                rounded.coveragePercent(), rounded.verification(), rounded.factorSets(), rounded.products(),
                rounded.allocationMethod(), rounded.subjectChoiceReason(), rounded.productSubject(),
                rounded.organisationPart());
        Retirement credit = credit(222, 2023, LocalDate.of(2025, 3, 1));
        OffsetsContent content = new OffsetsContent(List.of(credit), List.of());
        List<Finding> f = new RetiredCoverResidual().check(new OffsetsFacts(START, END, ClaimStandard.ISO_14068_1,
                TestEvents.ACME, content, Credits.of(content), exact, TODAY, List.of()));
        assertEquals(List.of("OFF-1"), ids(f));
        assertTrue(f.get(0).messageEn().contains("needs 223 whole credits"), f.get(0).messageEn());
        // a residual of zero or below needs no credits at all
        assertEquals(0, org.carbonneutral.offset.domain.Coverage.requiredTonnes(java.math.BigDecimal.ZERO));
        assertEquals(0, org.carbonneutral.offset.domain.Coverage.requiredTonnes(new java.math.BigDecimal("-3.5")));
        OffsetsContent none = new OffsetsContent(List.of(), List.of());
        assertEquals(List.of(), new RetiredCoverResidual().check(new OffsetsFacts(START, END, ClaimStandard.ISO_14068_1,
                TestEvents.ACME, none, List.of(), inventory("0"), TODAY, List.of())));
    }

    @Test
    void retirementMustHaveHappenedBeforeTheDeclaration() {
        List<Finding> f = check("1", credit(1, 2023, TODAY.plusDays(1)));
        assertTrue(ids(f).contains("OFF-1"));
        assertEquals("retirements[0].retiredOn", f.stream().filter(x -> x.ruleId().equals("OFF-1")).findFirst()
                .orElseThrow().field());
    }

    @Test
    void noApprovedInventoryBlocks() {
        OffsetsContent content = new OffsetsContent(List.of(credit(5, 2023, LocalDate.of(2025, 1, 5))), List.of());
        List<Finding> f = new RetiredCoverResidual().check(new OffsetsFacts(START, END, ClaimStandard.ISO_14068_1,
                TestEvents.ACME, content, Credits.of(content), null, TODAY, List.of()));
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
    void theRegistrysPublicRecordsMustShowTheBlockRetiredForUsAndNoOneElse() {
        Retirement ours = credit(SERIAL, null, 2023, LocalDate.of(2025, 3, 1));
        var project = List.of(project("A0000070", OffsetsContent.ProjectType.REDUCTION, false, true));
        // our name however written, or our other name: ours
        assertEquals(List.of(), fields(rules.evaluate(facts("1", project, List.of(ours), List.of(record(SERIAL,
                "ACME TAIWAN LTD"))))));
        assertEquals(List.of(), fields(rules.evaluate(facts("1", project, List.of(ours), List.of(record(SERIAL,
                "台灣艾克米股份有限公司"))))));
        // not in the registry's records
        assertEquals(List.of("OFF-2:retirements[0].serialNumber"), fields(rules.evaluate(facts("1", project, List.of(ours),
                List.of()))));
        // someone else's retirement overlapping one serial of our block
        RegistryRecord foreign = record("TW-2-1-030173019-030173100-00-00-A0000070", "Globex Corp");
        List<Finding> f = rules.evaluate(facts("1", project, List.of(ours), List.of(record(SERIAL, BENEFICIARY), foreign)));
        assertEquals(List.of("OFF-2:retirements[0].serialNumber"), fields(f));
        assertTrue(f.get(0).messageEn().contains("retired on behalf of 'Globex Corp'"), f.get(0).messageEn());
        // a part of a name, or a name containing ours, is someone else's
        for (String other : List.of("Acme", "Acme Taiwan Ltd. for Globex Corp", "corp")) {
            assertEquals(List.of("OFF-2:retirements[0].serialNumber"), fields(rules.evaluate(facts("1", project,
                    List.of(ours), List.of(record(SERIAL, other))))), other);
        }
        // the record covers only part of the block, or more than it
        assertEquals(List.of("OFF-2:retirements[0].quantity"), fields(rules.evaluate(facts("1", project, List.of(ours),
                List.of(record("TW-2-1-030172798-030173018-00-00-A0000070", BENEFICIARY))))));
        assertEquals(List.of("OFF-2:retirements[0].quantity"), fields(rules.evaluate(facts("1", project, List.of(ours),
                List.of(record("TW-2-1-030172798-030173020-00-00-A0000070", BENEFICIARY))))));
        // a record without a beneficiary is for no one: it blocks
        List<Finding> unnamed = rules.evaluate(facts("1", project, List.of(ours), List.of(record(SERIAL, null))));
        assertEquals(List.of("OFF-2:retirements[0].serialNumber"), fields(unnamed));
        assertEquals(Severity.BLOCK, unnamed.get(0).severity());
        assertTrue(unnamed.get(0).messageEn().contains("names no beneficiary"), unnamed.get(0).messageEn());
    }

    @Test
    void theClaimStatesWhatTheRegistryRecordedOrIsRefusedFieldByField() {
        var project = List.of(project("A0000070", OffsetsContent.ProjectType.REDUCTION, false, true));
        Retirement ours = credit(SERIAL, null, 2023, LocalDate.of(2025, 6, 30));
        List<Finding> f = rules.evaluate(facts("1", project, List.of(ours), List.of(record(SERIAL, BENEFICIARY,
                LocalDate.of(2027, 1, 10), "碳中和"))));
        assertEquals(List.of("OFF-2:retirements[0].retiredOn"), fields(f));
        assertTrue(f.get(0).messageEn().contains("2025-06-30") && f.get(0).messageEn().contains("2027-01-10"));
        // retired for a compliance use: the carbon fee, an EIA offset obligation
        for (String use : List.of("碳費抵銷", "環評承諾增量抵換", "CORSIA")) {
            List<Finding> compliance = rules.evaluate(facts("1", project, List.of(credit(SERIAL, null, 2023,
                    LocalDate.of(2025, 3, 1))), List.of(record(SERIAL, BENEFICIARY, LocalDate.of(2025, 3, 1), use))));
            assertEquals(List.of("OFF-2:retirements[0].purpose"), fields(compliance), use);
        }
        // the declaration names no organisation: nothing can be tied to it
        OffsetsContent content = new OffsetsContent(List.of(credit(SERIAL, null, 2023, LocalDate.of(2025, 3, 1))), project);
        List<Finding> anonymous = rules.evaluate(new OffsetsFacts(START, END, ClaimStandard.ISO_14068_1, null, content,
                Credits.of(content), inventory("1"), TODAY, List.of(record(SERIAL, BENEFICIARY))));
        assertTrue(fields(anonymous).contains("OFF-2:organisation"), fields(anonymous).toString());
    }

    @Test
    void projectsNeedTheirDueDiligenceEvidence() {
        Retirement ours = credit(SERIAL, null, 2023, LocalDate.of(2025, 3, 1));
        var records = List.of(record(SERIAL, BENEFICIARY));
        assertEquals(List.of("OFF-3:retirements[0].projectId"), fields(rules.evaluate(facts("1", List.of(), List.of(ours),
                records))));
        Project bare = new Project(Registry.MOENV, "A0000070", "Forest", OffsetsContent.ProjectType.REMOVAL, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("OFF-3:projects[0].methodology", "OFF-3:projects[0].location", "OFF-3:projects[0].developer",
                "OFF-3:projects[0].boundaryAndBaseline", "OFF-3:projects[0].monitoring", "OFF-3:projects[0].storageYears",
                "OFF-7:projects[0].additionality", "OFF-8:projects[0].permanence",
                "OFF-8:projects[0].reversalCompensation", "OFF-9:projects[0].safeguards",
                "OFF-10:projects[0].verification", "OFF-10:projects[0].verificationBody", "OFF-12:projects[0].ccpLabel"),
                fields(rules.evaluate(facts("1", List.of(bare), List.of(ours), records))));
        // every project states its permanence (OFF-8 applies to every type); a reduction without reversal risk names
        // no buffer, a reversible one does
        Project reduction = project("A0000070", OffsetsContent.ProjectType.REDUCTION, false, true);
        assertEquals(List.of(), fields(rules.evaluate(facts("1", List.of(reduction), List.of(ours), records))));
        assertEquals(List.of("OFF-8:projects[0].permanence"), fields(rules.evaluate(facts("1",
                List.of(PermanenceTest.withPermanence(reduction, null, null, null)), List.of(ours), records))));
        Project reversible = project("A0000070", OffsetsContent.ProjectType.AVOIDANCE, true, true);
        assertEquals(List.of(), fields(rules.evaluate(facts("1", List.of(reversible), List.of(ours), records))));
        assertEquals(List.of("OFF-8:projects[0].reversalCompensation"), fields(rules.evaluate(facts("1",
                List.of(PermanenceTest.withPermanence(reversible, evidence("permanence"), null, null)), List.of(ours), records))));
    }

    @Test
    void onlyIssuedExPostCredits() {
        // sold ahead: marked ex-ante, never issued, its vintage ending after the retirement
        Retirement forward = new Retirement(Registry.MOENV, SERIAL, null, null, null, 2026, null, true,
                LocalDate.of(2025, 3, 1), BENEFICIARY, "neutrality", "https://ghgregistry.moenv.gov.tw/");
        assertEquals(List.of("OFF-6:retirements[0].exAnte", "OFF-6:retirements[0].issuedOn",
                "OFF-6:retirements[0].vintageYear"), fields(check("1", forward)));
        Retirement beforeIssued = new Retirement(Registry.MOENV, SERIAL, null, null, null, 2023, LocalDate.of(2025, 3, 2),
                false, LocalDate.of(2025, 3, 1), BENEFICIARY, "neutrality", "https://ghgregistry.moenv.gov.tw/");
        assertEquals(List.of("OFF-6:retirements[0].issuedOn"), fields(check("1", beforeIssued)));
    }

    @Test
    void domesticCreditsDiscloseTheirUseAndAnnouncement() {
        Retirement silent = new Retirement(Registry.MOENV, SERIAL, 222L, null, null, 2023, LocalDate.of(2023, 5, 2), false,
                LocalDate.of(2025, 3, 1), BENEFICIARY, " ", null);
        assertEquals(List.of("OFF-11:retirements[0].purpose", "OFF-11:retirements[0].publicReference"),
                fields(check("1", silent)));
    }

    @Test
    void creditsWithoutACcpLabelAreFlagged() {
        List<Finding> f = rules.evaluate(facts("1", List.of(project("A0000070", OffsetsContent.ProjectType.REDUCTION, false,
                false)), List.of(credit(SERIAL, null, 2023, LocalDate.of(2025, 3, 1))), List.of(record(SERIAL, BENEFICIARY))));
        assertEquals(List.of("OFF-12:projects[0].ccpLabel"), fields(f));
        assertEquals(Severity.WARN, f.get(0).severity());
    }

    @Test
    void catalogueListsTheRulesInOrder() {
        assertEquals(List.of("OFF-1", "OFF-2", "OFF-3", "OFF-4", "OFF-5", "OFF-6", "OFF-7", "OFF-8", "OFF-9", "OFF-10",
                "OFF-11", "OFF-12"), rules.rules().stream().map(r -> r.id()).toList());
    }
}
