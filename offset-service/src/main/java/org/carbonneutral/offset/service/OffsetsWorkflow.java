package org.carbonneutral.offset.service;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.OffsetsApprovalRevoked;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.OffsetsSnapshot;
import org.carbonneutral.offset.OffsetsPart;
import org.carbonneutral.offset.domain.Coverage;
import org.carbonneutral.offset.domain.OffsetsContent;
import org.carbonneutral.offset.rules.OffsetsFacts;
import org.carbonneutral.offset.rules.OffsetsRules;
import org.carbonneutral.platform.outbox.Outbox;
import org.carbonneutral.platform.part.PartWorkflow;

/** Offsets use cases; an approval names the inventory revision whose residual the credits cover. */
@Singleton
public class OffsetsWorkflow extends PartWorkflow<OffsetsPart, OffsetsContent> {

    /** Dates of retirement are compared in Taiwan's calendar. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

    private final OffsetsRules rules;

    public OffsetsWorkflow(Outbox outbox, OffsetsRules rules) {
        super(outbox, OffsetsPart.class, OffsetsContent.class);
        this.rules = rules;
    }

    @Override
    protected String partName() {
        return "offsets";
    }

    @Override
    protected boolean dependsOnInventory() {
        return true;
    }

    @Override
    protected OffsetsPart newEntity() {
        return new OffsetsPart();
    }

    @Override
    protected void validate(OffsetsPart part, OffsetsContent content) {
        // bean validation covers the shape; the rules judge vintage and timing as findings
    }

    @Override
    protected List<Finding> evaluate(OffsetsPart part, OffsetsContent content, InventorySnapshot inventory) {
        return rules.evaluate(new OffsetsFacts(part.periodStart, part.periodEnd, part.claimStandard, content, inventory,
                LocalDate.now(ZONE)));
    }

    @Override
    protected EventType approvedType() {
        return EventType.OFFSETS_APPROVED;
    }

    @Override
    protected EventType revokedType() {
        return EventType.OFFSETS_APPROVAL_REVOKED;
    }

    @Override
    protected Record approvedEvent(OffsetsPart part, OffsetsContent content, InventorySnapshot inventory,
            List<Finding> findings, OffsetDateTime at) {
        List<OffsetsSnapshot.RetirementLine> lines = content.retirements().stream()
                .map(r -> new OffsetsSnapshot.RetirementLine(r.registry(), r.serialNumber(), r.projectName(), r.quantity(),
                        r.vintageYear(), r.retiredOn(), r.publicReference()))
                .toList();
        OffsetsSnapshot snapshot = new OffsetsSnapshot(inventory.residualTco2e(),
                Coverage.requiredTonnes(inventory.residualTco2e()), Coverage.retiredTonnes(content.retirements()), lines);
        return new OffsetsApproved(part.declarationId, part.revision, part.approvedInventoryRevision, digest(snapshot),
                part.approvedBy, at, findings, snapshot);
    }

    @Override
    protected Record revokedEvent(OffsetsPart part, int revokedRevision, String reason, OffsetDateTime at) {
        return new OffsetsApprovalRevoked(part.declarationId, revokedRevision, part.revision, reason, at);
    }
}
