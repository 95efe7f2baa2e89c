package org.carbonneutral.offset.service;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.OffsetsApprovalRevoked;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.OffsetsSnapshot;
import org.carbonneutral.contracts.events.PathwayApprovalRevoked;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.offset.OffsetsPart;
import org.carbonneutral.offset.domain.Credits;
import org.carbonneutral.offset.domain.OffsetsContent;
import org.carbonneutral.offset.rules.OffsetsFacts;
import org.carbonneutral.offset.rules.OffsetsRules;
import org.carbonneutral.platform.outbox.Outbox;
import org.carbonneutral.platform.part.PartView;
import org.carbonneutral.platform.part.PartWorkflow;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.problem.ProblemException;

/** Offsets use cases; an approval names the inventory revision whose residual the credits cover. */
@Singleton
public class OffsetsWorkflow extends PartWorkflow<OffsetsPart, OffsetsContent> {

    /** Dates of retirement are compared in Taiwan's calendar. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

    private final OffsetsRules rules;

    private final SerialLedger ledger;

    public OffsetsWorkflow(Outbox outbox, OffsetsRules rules, SerialLedger ledger) {
        super(outbox, OffsetsPart.class, OffsetsContent.class);
        this.rules = rules;
        this.ledger = ledger;
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

    /** Serials that do not parse, contradict their entry, or claim a credit twice within the content: 422. */
    @Override
    protected void validate(OffsetsPart part, OffsetsContent content) {
        List<Problem.Violation> violations = new ArrayList<>();
        var projects = content.projects() == null ? List.<OffsetsContent.Project>of() : content.projects();
        for (int j = 0; j < projects.size(); j++) {
            for (int k = 0; k < j; k++) {
                if (projects.get(k).registry() == projects.get(j).registry()
                        && Credits.sameProject(projects.get(k).id(), projects.get(j).id())) {
                    violations.add(new Problem.Violation("projects[" + j + "].id", "project " + projects.get(j).id()
                            + " of " + projects.get(j).registry() + " is already listed as projects[" + k + "]"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Credits.of(content);
    }

    /**
     * Keeps the latest approved pathway revision (and its inventory revision). A revocation of the pathway approval the
     * credits' approval rests on revokes that too: offsetting comes after the pathway (PATH-6).
     */
    public Uni<Void> onPathwayEvent(CloudEvent event) {
        var type = EventType.ofCeType(event.type()).orElse(null);
        if (type == EventType.PATHWAY_APPROVED) {
            PathwayApproved approved = Events.payload(event, PathwayApproved.class);
            return lockOrCreate(event).map(part -> {
                if (part.pathwayRevision == null || approved.revision() >= part.pathwayRevision) {
                    part.pathwayRevision = approved.revision();
                    part.pathwayInventoryRevision = approved.inventoryRevision();
                }
                return null;
            });
        }
        if (type == EventType.PATHWAY_APPROVAL_REVOKED) {
            PathwayApprovalRevoked revoked = Events.payload(event, PathwayApprovalRevoked.class);
            return lockOrCreate(event).chain(part -> {
                if (part.pathwayRevision != null && part.pathwayRevision <= revoked.revokedRevision()) {
                    part.pathwayRevision = null;
                    part.pathwayInventoryRevision = null;
                }
                if (part.approvedPathwayRevision != null && part.approvedPathwayRevision <= revoked.revokedRevision()) {
                    part.approvedPathwayRevision = null;
                    return revokeStanding(part, "the approval of pathway revision " + revoked.revokedRevision()
                            + " it was checked against was revoked: " + revoked.reason());
                }
                return Uni.createFrom().voidItem();
            });
        }
        return Uni.createFrom().voidItem();
    }

    /** The credits are approved after the pathway, against the same inventory revision (PATH-6, OFF-1). */
    @Override
    protected void beforeApproval(OffsetsPart part) {
        if (part.pathwayRevision == null || !java.util.Objects.equals(part.pathwayInventoryRevision, part.basisRevision)) {
            throw ProblemException.conflict("no-approved-pathway", "credits are approved after the pathway: the pathway "
                    + "has no approval against inventory revision " + part.basisRevision + " yet (offsetting comes after "
                    + "the pathway's milestone or best-available-techniques evidence, PATH-6)");
        }
        part.approvedPathwayRevision = part.pathwayRevision;
    }

    /** The revisions the credits would be checked against now: the approved inventory's and the approved pathway's. */
    public Uni<Basis> basis(String tenant, UUID declarationId) {
        return readEnriched(tenant, declarationId, (part, content) -> new Basis(part.basisRevision,
                java.util.Objects.equals(part.pathwayInventoryRevision, part.basisRevision) ? part.pathwayRevision : null));
    }

    public record Basis(Integer inventoryRevision, Integer pathwayRevision) {
    }

    /** An edit that loses the race for a block is answered with the block it overlaps (409). */
    @Override
    public Uni<PartView<OffsetsContent>> edit(String tenant, String user, UUID declarationId, String ifMatch,
            OffsetsContent content) {
        return super.edit(tenant, user, declarationId, ifMatch, content)
                .onFailure(SerialLedger.BlockConflict.class).recoverWithUni(e -> ledger
                        .conflict(tenant, declarationId, (SerialLedger.BlockConflict) e)
                        .onItem().<PartView<OffsetsContent>>transformToUni(problem -> Uni.createFrom().failure(problem)));
    }

    /** The blocks the content claims replace the declaration's claim in the ledger, in the edit's transaction. */
    @Override
    protected Uni<Void> contentChanged(OffsetsPart part, OffsetsContent content) {
        return ledger.claim(part.tenant, part.declarationId, Credits.of(content));
    }

    @Override
    protected Uni<OffsetsContent> enrich(OffsetsPart part, OffsetsContent content) {
        if (content == null) {
            return Uni.createFrom().item((OffsetsContent) null);
        }
        part.credits = Credits.of(content);
        return ledger.registryRecords(part.tenant, part.credits).map(records -> {
            part.registryRecords = records;
            return content;
        });
    }

    private OffsetsFacts facts(OffsetsPart part, OffsetsContent content, InventorySnapshot inventory) {
        return new OffsetsFacts(part.periodStart, part.periodEnd, part.claimStandard, content,
                content == null ? List.of() : part.credits, inventory, LocalDate.now(ZONE), part.registryRecords);
    }

    @Override
    protected List<Finding> evaluate(OffsetsPart part, OffsetsContent content, InventorySnapshot inventory) {
        return rules.evaluate(facts(part, content, inventory));
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
    protected Uni<Record> approvedEvent(OffsetsPart part, OffsetsContent content, InventorySnapshot inventory,
            List<Finding> findings, OffsetDateTime at) {
        return ledger.imports(part.tenant, part.registryRecords).map(imports -> {
            OffsetsSnapshot snapshot = OffsetsPlan.snapshot(part.credits, part.registryRecords, imports, inventory,
                    part.approvedPathwayRevision);
            return new OffsetsApproved(part.declarationId, part.revision, part.approvedInventoryRevision, digest(snapshot),
                    part.approvedBy, at, findings, snapshot);
        });
    }

    @Override
    protected Record revokedEvent(OffsetsPart part, int revokedRevision, String reason, OffsetDateTime at) {
        return new OffsetsApprovalRevoked(part.declarationId, revokedRevision, part.revision, reason, at);
    }
}
