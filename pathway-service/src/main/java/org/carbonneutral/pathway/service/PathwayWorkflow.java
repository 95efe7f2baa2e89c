package org.carbonneutral.pathway.service;

import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.PathwayApprovalRevoked;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.pathway.PathwayPart;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.carbonneutral.pathway.rules.PathwayFacts;
import org.carbonneutral.pathway.rules.PathwayRules;
import org.carbonneutral.platform.outbox.Outbox;
import org.carbonneutral.platform.part.PartWorkflow;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.problem.ProblemException;

/** Pathway use cases; an approval names the inventory revision whose emissions it was checked against. */
@Singleton
public class PathwayWorkflow extends PartWorkflow<PathwayPart, PathwayContent> {

    private final PathwayRules rules;

    public PathwayWorkflow(Outbox outbox, PathwayRules rules) {
        super(outbox, PathwayPart.class, PathwayContent.class);
        this.rules = rules;
    }

    @Override
    protected String partName() {
        return "pathway";
    }

    @Override
    protected boolean dependsOnInventory() {
        return true;
    }

    @Override
    protected PathwayPart newEntity() {
        return new PathwayPart();
    }

    @Override
    protected void validate(PathwayPart part, PathwayContent content) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (content.baseYear() > part.periodEnd.getYear()) {
            violations.add(new Problem.Violation("baseYear", "the base year " + content.baseYear()
                    + " is after the declaration period (ends " + part.periodEnd + ")"));
        }
        if (content.shortTermTargetYear() <= content.baseYear()) {
            violations.add(new Problem.Violation("shortTermTargetYear", "the target year must be after the base year "
                    + content.baseYear()));
        }
        if (content.netZeroYear() <= content.baseYear()) {
            violations.add(new Problem.Violation("netZeroYear", "the net-zero year must be after the base year "
                    + content.baseYear()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    @Override
    protected List<Finding> evaluate(PathwayPart part, PathwayContent content, InventorySnapshot inventory) {
        return rules.evaluate(new PathwayFacts(part.periodStart, part.periodEnd, part.claimStandard, content, inventory));
    }

    @Override
    protected EventType approvedType() {
        return EventType.PATHWAY_APPROVED;
    }

    @Override
    protected EventType revokedType() {
        return EventType.PATHWAY_APPROVAL_REVOKED;
    }

    @Override
    protected Record approvedEvent(PathwayPart part, PathwayContent content, InventorySnapshot inventory,
            List<Finding> findings, OffsetDateTime at) {
        PathwaySnapshot snapshot = new PathwaySnapshot(content.baseYear(), content.baselineTco2e(),
                content.shortTermTargetYear(), content.shortTermTargetTco2e(), content.netZeroYear(),
                inventory.totalTco2e(), inventory.residualTco2e());
        return new PathwayApproved(part.declarationId, part.revision, part.approvedInventoryRevision, digest(snapshot),
                part.approvedBy, at, findings, snapshot);
    }

    @Override
    protected Record revokedEvent(PathwayPart part, int revokedRevision, String reason, OffsetDateTime at) {
        return new PathwayApprovalRevoked(part.declarationId, revokedRevision, part.revision, reason, at);
    }
}
