package org.carbonneutral.inventory.service;

import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.List;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.events.InventoryApprovalRevoked;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.inventory.InventoryPart;
import org.carbonneutral.inventory.domain.InventoryCalculator;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.rules.InventoryFacts;
import org.carbonneutral.inventory.rules.InventoryRules;
import org.carbonneutral.platform.outbox.Outbox;
import org.carbonneutral.platform.part.PartWorkflow;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * Inventory use cases: edit (every factor reference must resolve, or the edit is a 400 naming the field), submit,
 * approve (emits InventoryApproved with the full quantified snapshot), revoke.
 */
@Singleton
public class InventoryWorkflow extends PartWorkflow<InventoryPart, InventoryContent> {

    private final InventoryRules rules;
    private final InventoryCalculator calculator;

    public InventoryWorkflow(Outbox outbox, InventoryRules rules, InventoryCalculator calculator) {
        super(outbox, InventoryPart.class, InventoryContent.class);
        this.rules = rules;
        this.calculator = calculator;
    }

    @Override
    protected String partName() {
        return "inventory";
    }

    @Override
    protected boolean dependsOnInventory() {
        return false;
    }

    @Override
    protected InventoryPart newEntity() {
        return new InventoryPart();
    }

    @Override
    protected void validate(InventoryPart part, InventoryContent content) {
        var violations = calculator.quantify(part.subjectType, content).violations();
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream().map(v -> new Problem.Violation(v.field(), v.message(),
                    "INV-10")).toList());
        }
    }

    @Override
    protected List<Finding> evaluate(InventoryPart part, InventoryContent content, InventorySnapshot ignored) {
        InventorySnapshot snapshot = content == null ? null : calculator.quantify(part.subjectType, content).snapshot();
        return rules.evaluate(new InventoryFacts(part.subjectType, part.subjectName, part.claimStandard, content, snapshot));
    }

    @Override
    protected EventType approvedType() {
        return EventType.INVENTORY_APPROVED;
    }

    @Override
    protected EventType revokedType() {
        return EventType.INVENTORY_APPROVAL_REVOKED;
    }

    @Override
    protected Record approvedEvent(InventoryPart part, InventoryContent content, InventorySnapshot ignored,
            List<Finding> findings, OffsetDateTime at) {
        InventorySnapshot snapshot = calculator.quantify(part.subjectType, content).snapshot();
        return new InventoryApproved(part.declarationId, part.revision, digest(snapshot), part.approvedBy, at, findings,
                snapshot);
    }

    @Override
    protected Record revokedEvent(InventoryPart part, int revokedRevision, String reason, OffsetDateTime at) {
        return new InventoryApprovalRevoked(part.declarationId, revokedRevision, part.revision, reason, at);
    }
}
