package org.carbonneutral.platform.part;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** A part resting on two others: the second's approval must have been checked against the first's standing revision. */
class BasisTest {

    static final Upstream FIRST = new Upstream("first", EventType.INVENTORY_APPROVED, EventType.INVENTORY_APPROVAL_REVOKED, true, "");
    static final Upstream SECOND = new Upstream("second", EventType.PATHWAY_APPROVED, EventType.PATHWAY_APPROVAL_REVOKED, false,
            "the second comes after the first");
    static final List<Upstream> BOTH = List.of(FIRST, SECOND);

    static UpstreamApproval row(String upstream, Integer revision, String checkedAgainst) {
        UpstreamApproval row = new UpstreamApproval();
        row.declarationId = UUID.randomUUID();
        row.upstream = upstream;
        row.revision = revision;
        row.seenRevision = revision;
        row.snapshot = revision == null ? null : "{\"total\":" + revision + "}";
        row.checkedAgainst = checkedAgainst;
        return row;
    }

    @Test
    void standingApprovalsCheckedAgainstEachOtherAllowAnApproval() {
        Basis basis = Basis.of(BOTH, List.of(row("first", 3, "{}"), row("second", 2, "{\"first\":3}")));
        assertEquals(3, basis.revision("first"));
        assertTrue(basis.consistent("second"));
        assertEquals(java.util.Map.of("total", 3), basis.snapshot("first", java.util.Map.class));
        assertDoesNotThrow(() -> basis.requireApprovable("part", BOTH));
    }

    @Test
    void aMissingUpstreamIsAConflictNamingIt() {
        Basis basis = Basis.of(BOTH, List.of(row("second", 2, "{\"first\":3}")));
        ProblemException e = assertThrows(ProblemException.class, () -> basis.requireApprovable("part", BOTH));
        assertEquals(409, e.status());
        assertTrue(e.getMessage().contains("approved first"), e.getMessage());
        assertNull(basis.revision("first"));
    }

    @Test
    void anUpstreamCheckedAgainstAnOlderRevisionIsRefused() {
        Basis basis = Basis.of(BOTH, List.of(row("first", 4, "{}"), row("second", 2, "{\"first\":3}")));
        assertFalse(basis.consistent("second"));
        ProblemException e = assertThrows(ProblemException.class, () -> basis.requireApprovable("part", BOTH));
        assertEquals(409, e.status());
        assertTrue(e.getMessage().contains("first revision 4"), e.getMessage());
        assertTrue(e.getMessage().contains("the second comes after the first"), e.getMessage());
    }

    @Test
    void aRevokedUpstreamRowStandsForNothing() {
        Basis basis = Basis.of(BOTH, List.of(row("first", null, null), row("second", 2, "{\"first\":3}")));
        assertEquals(java.util.Arrays.asList(null, 2), new java.util.ArrayList<>(basis.revisions().values()));
        assertThrows(ProblemException.class, () -> basis.requireApprovable("part", BOTH));
    }

    @Test
    void anApprovalHoldsOnlyAgainstTheStandingRevisions() {
        UpstreamApproval first = row("first", 3, "{}");
        UpstreamApproval second = row("second", 2, "{\"first\":3}");
        assertFalse(Upstreams.approvalHolds(List.of(first, second)));
        Upstreams.approvedAgainst(List.of(first, second));
        assertTrue(Upstreams.approvalHolds(List.of(first, second)));
        first.revision = 4;
        assertFalse(Upstreams.approvalHolds(List.of(first, second)));
        Upstreams.notApproved(List.of(first, second));
        assertNull(first.approvedAgainst);
    }
}
