package org.carbonneutral.disclosure.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.OffsetsSnapshot;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.rest.ApprovalSagaTest;
import org.junit.jupiter.api.Test;

class PublicationContentRulesTest {

    static final UUID ID = UUID.randomUUID();
    static final CompanyProfile PROFILE = Json.read(ApprovalSagaTest.PROFILE, CompanyProfile.class);

    final InventoryApproved inventory = Events.payload(ApprovalSagaTest.inventory(ID, 1), InventoryApproved.class);
    final PathwayApproved pathway = Events.payload(ApprovalSagaTest.pathway(ID, 1, 1), PathwayApproved.class);
    final OffsetsApproved offsets = Events.payload(ApprovalSagaTest.offsets(ID, 1, 1), OffsetsApproved.class);

    static List<String> fields(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + ":" + f.field()).toList();
    }

    PublicationFacts facts(SubjectType type, CompanyProfile profile, PathwayApproved p, OffsetsApproved o) {
        return new PublicationFacts(type, "Acme", "Operational control", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                ClaimStandard.ISO_14068_1, profile, inventory, p, o);
    }

    @Test
    void allEightItemsPresentPass() {
        assertEquals(List.of(), fields(new DisclosureItems().check(facts(SubjectType.ORGANISATION, PROFILE, pathway, offsets))));
        assertEquals(List.of(), fields(new ManagementPlanChapters().check(facts(SubjectType.ORGANISATION, PROFILE, pathway,
                offsets))));
    }

    @Test
    void eachMissingItemIsNamed() {
        var s = pathway.snapshot();
        var noMeasures = new PathwayApproved(ID, 1, 1, "b", "ann", pathway.approvedAt(), List.of(), new PathwaySnapshot(
                s.baseYear(), s.baselineTco2e(), s.baselineByScope(), null, s.targetScopes(), s.scienceBasedReference(),
                s.referenceAnnualRate(), s.shortTermTargetYear(), s.shortTermTargetTco2e(), s.impliedAnnualRate(), null,
                s.netZeroYear(), s.timeline(), s.expectedCredits(), s.trajectory(), List.of(), null, null,
                s.periodEmissionsTco2e(), s.removalsTco2e(), s.residualTco2e()));
        var o = offsets.snapshot();
        var r = o.retirements().get(0);
        var unlinked = new OffsetsApproved(ID, 1, 1, "c", "ann", offsets.approvedAt(), List.of(), new OffsetsSnapshot(
                o.residualTco2e(), o.totalTco2e(), null, o.requiredTonnes(), o.retiredTonnes(), o.pathwayRevision(), List.of(
                new OffsetsSnapshot.RetirementLine(r.registry(), r.serialNumber(), r.batchKey(), r.blockStart(), r.blockEnd(),
                        r.quantity(), r.vintageYear(), r.issuedOn(), r.retiredOn(), r.beneficiary(), r.purpose(), " ", true,
                        new OffsetsSnapshot.ProjectLine("A0000070", "Boiler fuel switch", "REDUCTION", null, null, null, null,
                                null, null, false, null, null, null, List.of()))), List.of()));
        assertEquals(List.of("DIS-2:item2", "DIS-2:item3", "DIS-2:item4", "DIS-2:item5", "DIS-2:item6", "DIS-2:item7",
                "DIS-2:item8"), fields(new DisclosureItems().check(facts(SubjectType.PRODUCT, PROFILE, noMeasures, unlinked))));
        assertEquals(List.of("DIS-3:pathway"), fields(new ManagementPlanChapters().check(facts(SubjectType.ORGANISATION,
                PROFILE, noMeasures, offsets))));
    }

    @Test
    void chaptersOneAndSixComeFromTheProfile() {
        assertEquals(List.of("DIS-3:profile"), fields(new ManagementPlanChapters().check(facts(SubjectType.ORGANISATION, null,
                pathway, offsets))));
        var noTeam = new CompanyProfile(PROFILE.company(), null, PROFILE.commitment(), PROFILE.planOwner(), List.of(), " ");
        assertEquals(List.of("DIS-3:profile.team", "DIS-3:profile.outlook"), fields(new ManagementPlanChapters()
                .check(facts(SubjectType.ORGANISATION, noTeam, pathway, offsets))));
    }

    @Test
    void remindersForArticle21EmittersAndListedCompanies() {
        assertEquals(List.of("DIS-4:listed"), fields(new ReportingReminders().check(facts(SubjectType.ORGANISATION, PROFILE,
                pathway, offsets))));
        var c = PROFILE.company();
        var emitter = new CompanyProfile(new CompanyProfile.Company(c.name(), c.businessNumber(), c.address(), c.industry(),
                false, true), null, PROFILE.commitment(), PROFILE.planOwner(), PROFILE.team(), PROFILE.outlook());
        List<Finding> f = new ReportingReminders().check(facts(SubjectType.ORGANISATION, emitter, pathway, offsets));
        assertEquals(List.of("DIS-4:article21Emitter"), fields(f));
        assertEquals("WARN", f.get(0).severity().name());
        assertEquals(new BigDecimal("100.00"), offsets.snapshot().residualSharePercent());
    }

    @Test
    void anApprovalStoredInAnEarlierFormatIsApprovedAgainBeforePublication() {
        var parts = new PublicationPolicy.Parts(new PartRevisions(1, 1, null), new PartRevisions(1, 1, 1),
                new PartRevisions(1, 1, 1));
        var rules = new org.carbonneutral.disclosure.service.DisclosureRules();
        var unreadableInventory = new PublicationFacts(SubjectType.ORGANISATION, "Acme", "Operational control",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1, PROFILE, null, pathway, offsets);
        assertEquals(List.of("DIS-5:inventory", "DIS-3:profile.outlook", "DIS-4:listed"), fields(rules.evaluate(parts, new PublicationFacts(
                SubjectType.ORGANISATION, "Acme", "Operational control", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                ClaimStandard.ISO_14068_1, new CompanyProfile(PROFILE.company(), null, PROFILE.commitment(),
                        PROFILE.planOwner(), PROFILE.team(), null), null, pathway, offsets))));
        assertEquals(null, rules.ready(parts, unreadableInventory));
        assertEquals(new PublicationPolicy.Revisions(1, 1, 1), rules.ready(parts, facts(SubjectType.ORGANISATION, PROFILE,
                pathway, offsets)));
        // credits approved after another pathway revision than the approved one
        var afterRevision2 = Events.payload(ApprovalSagaTest.offsets(ID, 1, 1, 2), OffsetsApproved.class);
        assertEquals(List.of("DIS-5:offsets", "DIS-4:listed"), fields(rules.evaluate(parts, facts(SubjectType.ORGANISATION,
                PROFILE, pathway, afterRevision2))));
    }
}
