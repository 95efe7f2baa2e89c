package org.carbonneutral.disclosure.domain;

import static org.carbonneutral.disclosure.PublicationFactsFixture.ID;
import static org.carbonneutral.disclosure.PublicationFactsFixture.PROFILE;
import static org.carbonneutral.disclosure.PublicationFactsFixture.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.OffsetsSnapshot;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.disclosure.PublicationFactsFixture;
import org.junit.jupiter.api.Test;

/** The content of the publication: DIS-2 the eight items, DIS-3 the six chapters, DIS-4 the reminders. */
class PublicationContentRulesTest {

    final InventoryApproved inventory = PublicationFactsFixture.inventory(1);
    final PathwayApproved pathway = PublicationFactsFixture.pathway(1, 1);
    final OffsetsApproved offsets = PublicationFactsFixture.offsets(1, 1, 1);

    PublicationFacts facts(SubjectType type, CompanyProfile profile, PathwayApproved p, OffsetsApproved o) {
        return PublicationFactsFixture.facts(type, profile, PublicationFactsFixture.parts(inventory, p, o), inventory, p, o);
    }

    @Test
    void allEightItemsPresentPass() {
        assertEquals(List.of(), fields(new DisclosureItems().check(facts(SubjectType.ORGANISATION, PROFILE, pathway, offsets))));
        assertEquals(List.of(), fields(new ManagementPlanChapters().check(facts(SubjectType.ORGANISATION, PROFILE, pathway,
                offsets))));
    }

    @Test
    void plannedMeasuresWithExpectedReductionsAreNoQuantifiedResult() {
        var s = pathway.snapshot();
        var m = s.measures().get(0);
        var planned = new PathwaySnapshot.MeasureResult(m.name(), m.type(), m.scopes(), m.sourcesAffected(),
                m.beforeTco2e(), m.afterTco2e(), m.expectedReductionTco2e(), null, m.effectPerUnitKgCo2e(),
                m.calculationBasis(), m.quantificationMethod(), m.monitoringIndicator(), m.monitoringFrequency(), "PLANNED",
                m.startDate(), m.endDate(), null, null, null, false);
        var onlyPlanned = new PathwayApproved(ID, 1, 1, "b", "ann", pathway.approvedAt(), List.of(), new PathwaySnapshot(
                s.baseYear(), s.baselineTco2e(), s.baselineByScope(), s.baselineSource(), s.targetScopes(),
                s.scienceBasedReference(), s.referenceAnnualRate(), s.shortTermTargetYear(), s.shortTermTargetTco2e(),
                s.impliedAnnualRate(), s.intensityTarget(), s.netZeroYear(), s.timeline(), s.expectedCredits(),
                s.trajectory(), List.of(planned), s.bestAvailableTechniques(), s.previousDeclaredPeriod(),
                s.periodEmissionsTco2e(),
                s.removalsTco2e(), s.residualTco2e(), s.achievedReductionsTco2e(), s.bestAvailableTechniquesApplied(),
                s.baselineCheck()));
        assertEquals(List.of("DIS-2:item5"), fields(new DisclosureItems().check(facts(SubjectType.ORGANISATION, PROFILE,
                onlyPlanned, offsets))));
    }

    @Test
    void eachMissingItemIsNamed() {
        var s = pathway.snapshot();
        var noMeasures = new PathwayApproved(ID, 1, 1, "b", "ann", pathway.approvedAt(), List.of(), new PathwaySnapshot(
                s.baseYear(), s.baselineTco2e(), s.baselineByScope(), null, s.targetScopes(), s.scienceBasedReference(),
                s.referenceAnnualRate(), s.shortTermTargetYear(), s.shortTermTargetTco2e(), s.impliedAnnualRate(), null,
                s.netZeroYear(), s.timeline(), s.expectedCredits(), s.trajectory(), List.of(), null, null,
                s.periodEmissionsTco2e(), s.removalsTco2e(), s.residualTco2e(), s.achievedReductionsTco2e(),
                s.bestAvailableTechniquesApplied(), s.baselineCheck()));
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
        var noTeam = new CompanyProfile(PROFILE.company(), null, PROFILE.commitment(), PROFILE.planOwner(), List.of(), " ",
                null, null, null, null);
        assertEquals(List.of("DIS-3:profile.team", "DIS-3:profile.outlook"), fields(new ManagementPlanChapters()
                .check(facts(SubjectType.ORGANISATION, noTeam, pathway, offsets))));
    }

    @Test
    void remindersForArticle21EmittersAndListedCompanies() {
        assertEquals(List.of("DIS-4:listed"), fields(new ReportingReminders().check(facts(SubjectType.ORGANISATION, PROFILE,
                pathway, offsets))));
        var c = PROFILE.company();
        var emitter = new CompanyProfile(new CompanyProfile.Company(c.name(), c.businessNumber(), c.address(), c.industry(),
                false, true, c.representative()), null, PROFILE.commitment(), PROFILE.planOwner(), PROFILE.team(),
                PROFILE.outlook(), null, null, null, null);
        List<Finding> f = new ReportingReminders().check(facts(SubjectType.ORGANISATION, emitter, pathway, offsets));
        assertEquals(List.of("DIS-4:article21Emitter"), fields(f));
        assertEquals("WARN", f.get(0).severity().name());
        assertEquals(new BigDecimal("100.00"), offsets.snapshot().residualSharePercent());
    }

    @Test
    void aZeroResidualNeedsNoCreditsAndPublishes() {
        var zero = PublicationFactsFixture.zeroResidual(1);
        var f = facts(SubjectType.ORGANISATION, PROFILE, pathway, zero);
        assertEquals(List.of(), fields(new ManagementPlanChapters().check(f)));
        assertEquals(List.of(), fields(new DisclosureItems().check(f)));
        assertEquals(true, new PublicationPolicy().decide(f).revisions().isPresent());
        // credits required but none retired still blocks chapter 5
        var o = offsets.snapshot();
        var unretired = new OffsetsApproved(ID, 1, 1, "c", "ann", offsets.approvedAt(), List.of(), new OffsetsSnapshot(
                o.residualTco2e(), o.totalTco2e(), o.residualSharePercent(), o.requiredTonnes(), 0, o.pathwayRevision(),
                List.of(), List.of()));
        assertEquals(List.of("DIS-3:offsets"), fields(new ManagementPlanChapters().check(facts(SubjectType.ORGANISATION,
                PROFILE, pathway, unretired))));
    }
}
