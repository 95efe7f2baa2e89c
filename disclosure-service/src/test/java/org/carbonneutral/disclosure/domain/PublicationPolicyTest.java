package org.carbonneutral.disclosure.domain;

import static org.carbonneutral.disclosure.PublicationFactsFixture.PROFILE;
import static org.carbonneutral.disclosure.PublicationFactsFixture.approved;
import static org.carbonneutral.disclosure.PublicationFactsFixture.fields;
import static org.carbonneutral.disclosure.PublicationFactsFixture.inventory;
import static org.carbonneutral.disclosure.PublicationFactsFixture.offsets;
import static org.carbonneutral.disclosure.PublicationFactsFixture.pathway;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.disclosure.PublicationFactsFixture;
import org.carbonneutral.platform.rules.RuleDescription;
import org.junit.jupiter.api.Test;

/** The publication decision: the approvals it rests on (DIS-5) first, then the content (DIS-2..DIS-4). */
class PublicationPolicyTest {

    final PublicationPolicy policy = new PublicationPolicy();
    final PartStates allApproved = new PartStates(approved(1, null), approved(1, 1), approved(1, 1));

    @Test
    void publishesTheApprovedRevisionsWhenNothingBlocks() {
        var parts = new PartStates(approved(2, null), approved(1, 2), approved(3, 2));
        var decision = policy.decide(PublicationFactsFixture.facts(SubjectType.ORGANISATION, PROFILE, parts, inventory(2),
                pathway(1, 2), offsets(3, 2, 1)));
        assertEquals(Optional.of(new ApprovedRevisions(2, 1, 3)), decision.revisions());
        assertEquals(List.of("DIS-4:listed"), fields(decision.findings()));
    }

    @Test
    void theApprovalsBlockFirstThenTheContent() {
        var decision = policy.decide(PublicationFactsFixture.facts(SubjectType.PRODUCT, null,
                new PartStates(PartState.NONE, PartState.NONE, PartState.NONE), null, null, null));
        assertEquals(Optional.empty(), decision.revisions());
        assertEquals(List.of("DIS-5:inventory", "DIS-5:pathway", "DIS-5:offsets", "DIS-3:profile"),
                fields(decision.findings()));
    }

    @Test
    void anApprovalStoredInAnEarlierFormatIsApprovedAgainBeforePublication() {
        var withoutOutlook = new CompanyProfile(PROFILE.company(), null, PROFILE.commitment(), PROFILE.planOwner(),
                PROFILE.team(), null, null, null, null, null);
        assertEquals(List.of("DIS-5:inventory", "DIS-3:profile.outlook", "DIS-4:listed"), fields(policy.decide(
                PublicationFactsFixture.facts(SubjectType.ORGANISATION, withoutOutlook, allApproved, null, pathway(1, 1),
                        offsets(1, 1, 1))).findings()));
        assertEquals(Optional.empty(), policy.decide(PublicationFactsFixture.facts(SubjectType.ORGANISATION, PROFILE,
                allApproved, null, pathway(1, 1), offsets(1, 1, 1))).revisions());
        assertEquals(Optional.of(new ApprovedRevisions(1, 1, 1)), policy.decide(PublicationFactsFixture.facts(
                SubjectType.ORGANISATION, PROFILE, allApproved, inventory(1), pathway(1, 1), offsets(1, 1, 1))).revisions());
        // credits approved after another pathway revision than the approved one
        assertEquals(List.of("DIS-5:offsets", "DIS-4:listed"), fields(policy.decide(PublicationFactsFixture.facts(
                SubjectType.ORGANISATION, PROFILE, allApproved, inventory(1), pathway(1, 1), offsets(1, 1, 2))).findings()));
    }

    @Test
    void listsItsRulesInCatalogueOrder() {
        assertEquals(List.of("DIS-2", "DIS-3", "DIS-4", "DIS-7", "DIS-8", "DIS-5"),
                policy.rules().stream().map(RuleDescription::id).toList());
    }
}
