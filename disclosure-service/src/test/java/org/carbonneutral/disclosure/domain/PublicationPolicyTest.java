package org.carbonneutral.disclosure.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.junit.jupiter.api.Test;

class PublicationPolicyTest {

    final PublicationPolicy policy = new PublicationPolicy();

    static PartRevisions approved(int revision, Integer inventoryRevision) {
        return new PartRevisions(revision, revision, inventoryRevision);
    }

    @Test
    void readyWhenAllThreeApprovedAgainstTheSameInventory() {
        var parts = new PublicationPolicy.Parts(approved(2, null), approved(1, 2), approved(3, 2));
        assertEquals(new PublicationPolicy.Revisions(2, 1, 3), policy.ready(parts));
        assertEquals(List.of(), policy.check(parts));
    }

    @Test
    void staleInventoryRevisionBlocks() {
        var parts = new PublicationPolicy.Parts(approved(2, null), approved(1, 2), approved(1, 1));
        assertNull(policy.ready(parts));
        List<Finding> blockers = policy.check(parts);
        assertEquals(1, blockers.size());
        assertEquals("DIS-5", blockers.get(0).ruleId());
        assertEquals("offsets", blockers.get(0).field());
    }

    @Test
    void anApprovalOfAnOlderRevisionThanTheLatestBlocks() {
        var parts = new PublicationPolicy.Parts(new PartRevisions(3, 2, null), approved(1, 2), approved(1, 2));
        assertNull(policy.ready(parts));
        assertEquals("inventory", policy.check(parts).get(0).field());
    }

    @Test
    void missingApprovalsAreEachNamed() {
        var parts = new PublicationPolicy.Parts(PartRevisions.NONE, new PartRevisions(2, null, null), approved(1, 1));
        assertEquals(List.of("inventory", "pathway"), policy.check(parts).stream().map(Finding::field).toList());
    }
}
