package org.carbonneutral.inventory.service;

import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.List;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.SubjectType;
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

/** Inventory use cases: edit, submit, approve (emits InventoryApproved with totals), revoke. */
@Singleton
public class InventoryWorkflow extends PartWorkflow<InventoryPart, InventoryContent> {

    private final InventoryRules rules;

    public InventoryWorkflow(Outbox outbox, InventoryRules rules) {
        super(outbox, InventoryPart.class, InventoryContent.class);
        this.rules = rules;
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
        // bean validation covers the shape; nothing else makes inventory input itself invalid
    }

    @Override
    protected List<Finding> evaluate(InventoryPart part, InventoryContent content, InventorySnapshot ignored) {
        InventorySnapshot snapshot = content == null ? null : InventoryCalculator.snapshot(part.subjectType, content);
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
        InventorySnapshot snapshot = InventoryCalculator.snapshot(part.subjectType, content);
        return new InventoryApproved(part.declarationId, part.revision, digest(snapshot), part.approvedBy, at, findings,
                snapshot);
    }

    @Override
    protected Record revokedEvent(InventoryPart part, int revokedRevision, String reason, OffsetDateTime at) {
        return new InventoryApprovalRevoked(part.declarationId, revokedRevision, part.revision, reason, at);
    }

    /** The totals of the current content, for the API (null when nothing was entered). */
    public static InventorySnapshot totals(SubjectType subjectType, InventoryContent content) {
        return content == null ? null : InventoryCalculator.snapshot(subjectType, content);
    }
}
