package org.carbonneutral.disclosure.domain;

import static org.carbonneutral.disclosure.PublicationFactsFixture.PROFILE;
import static org.carbonneutral.disclosure.PublicationFactsFixture.approved;
import static org.carbonneutral.disclosure.PublicationFactsFixture.fields;
import static org.carbonneutral.disclosure.PublicationFactsFixture.inventory;
import static org.carbonneutral.disclosure.PublicationFactsFixture.offsets;
import static org.carbonneutral.disclosure.PublicationFactsFixture.pathway;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.disclosure.PublicationFactsFixture;
import org.junit.jupiter.api.Test;

/** DIS-5: published only when inventory, pathway and offsets are each approved, for the same revisions. */
class SameRevisionsApprovedTest {

    final SameRevisionsApproved rule = new SameRevisionsApproved();

    /** The findings for these part states, the approvals standing for inventory 2, pathway 1 and offsets 3. */
    List<Finding> check(PartState inventory, PartState pathway, PartState offsets) {
        return rule.check(PublicationFactsFixture.facts(SubjectType.ORGANISATION, PROFILE,
                new PartStates(inventory, pathway, offsets), inventory(2), pathway(1, 2), offsets(3, 2, 1)));
    }

    @Test
    void passesWhenAllThreeAreApprovedAgainstTheSameInventory() {
        assertEquals(List.of(), check(approved(2, null), approved(1, 2), approved(3, 2)));
    }

    @Test
    void staleInventoryRevisionBlocks() {
        List<Finding> blockers = check(approved(2, null), approved(1, 2), approved(1, 1));
        assertEquals(List.of("DIS-5:offsets"), fields(blockers));
        assertEquals("BLOCK", blockers.get(0).severity().name());
    }

    @Test
    void anApprovalOfAnOlderRevisionThanTheLatestBlocks() {
        assertEquals("inventory", check(new PartState(3, 2, null), approved(1, 2), approved(1, 2)).get(0).field());
    }

    @Test
    void missingApprovalsAreEachNamed() {
        assertEquals(List.of("inventory", "pathway"), check(PartState.NONE, new PartState(2, null, null), approved(1, 1))
                .stream().map(Finding::field).toList());
    }

    @Test
    void anApprovalStoredInAnEarlierFormatIsApprovedAgain() {
        var parts = new PartStates(approved(2, null), approved(1, 2), approved(3, 2));
        assertEquals(List.of("DIS-5:inventory"), fields(rule.check(PublicationFactsFixture.facts(SubjectType.ORGANISATION,
                PROFILE, parts, null, pathway(1, 2), offsets(3, 2, 1)))));
    }

    @Test
    void offsetsApprovedAfterAnotherPathwayRevisionThanTheApprovedOneBlock() {
        var parts = new PartStates(approved(2, null), approved(1, 2), approved(3, 2));
        assertEquals(List.of("DIS-5:offsets"), fields(rule.check(PublicationFactsFixture.facts(SubjectType.ORGANISATION,
                PROFILE, parts, inventory(2), pathway(1, 2), offsets(3, 2, 2)))));
    }
}
