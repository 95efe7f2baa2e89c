package org.carbonneutral.pathway.service;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.PathwayApprovalRevoked;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.pathway.PathwayPart;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.carbonneutral.pathway.domain.SubjectPeriod;
import org.carbonneutral.pathway.rules.PathwayFacts;
import org.carbonneutral.pathway.rules.PathwayRules;
import org.carbonneutral.platform.outbox.Outbox;
import org.carbonneutral.platform.part.DependentPartEvents;
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
        if (content.shortTermTargetTco2e() == null && content.intensityTarget() == null) {
            violations.add(new Problem.Violation("shortTermTargetTco2e", "set an absolute target (shortTermTargetTco2e), "
                    + "an intensity target (intensityTarget), or both"));
        }
        if (content.baselineSource() != null && content.baselineSource().inventoryDeclarationId() != null
                && content.baselineSource().citation() != null) {
            violations.add(new Problem.Violation("baselineSource", "name either the inventory the baseline comes from "
                    + "or a cited source, not both"));
        }
        if (content.baselineByScope() != null && !content.baselineByScope().isEmpty()) {
            var scopes = content.baselineByScope().stream().map(PathwayContent.ScopeEmissions::scope).toList();
            if (scopes.stream().distinct().count() < scopes.size()) {
                violations.add(new Problem.Violation("baselineByScope", "each scope appears once"));
            }
            BigDecimal sum = content.baselineByScope().stream().map(PathwayContent.ScopeEmissions::tco2e)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(content.baselineTco2e()) != 0) {
                violations.add(new Problem.Violation("baselineByScope", "the scopes add up to " + sum.toPlainString()
                        + " t, not the baseline " + content.baselineTco2e().toPlainString() + " t"));
            }
        }
        if (content.targetScopes() != null && content.targetScopes().stream().distinct().count() < content.targetScopes().size()) {
            violations.add(new Problem.Violation("targetScopes", "each scope appears once"));
        }
        var measures = content.measures() == null ? List.<PathwayContent.Measure>of() : content.measures();
        for (int i = 0; i < measures.size(); i++) {
            var m = measures.get(i);
            if (m.startDate() != null && m.endDate() != null && m.endDate().isBefore(m.startDate())) {
                violations.add(new Problem.Violation("measures[" + i + "].endDate", "the end date " + m.endDate()
                        + " is before the start date " + m.startDate()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    /** Loads the subject's other periods with an approved inventory and the one the baseline names. */
    @Override
    protected Uni<PathwayContent> enrich(PathwayPart part, PathwayContent content) {
        if (content == null) {
            return Uni.createFrom().item((PathwayContent) null);
        }
        return PathwayPart.<PathwayPart>list("tenant = ?1 and subjectType = ?2 and subjectName = ?3 and declarationId <> ?4 "
                + "and basisSnapshot is not null", part.tenant, part.subjectType, part.subjectName, part.declarationId)
                .map(others -> {
                    part.history = others.stream().map(PathwayWorkflow::period).toList();
                    UUID baselineId = content.baselineSource() == null ? null : content.baselineSource().inventoryDeclarationId();
                    if (baselineId != null && baselineId.equals(part.declarationId)) {
                        part.baselinePeriod = part.basisSnapshot == null ? null : period(part);
                    } else if (baselineId != null) {
                        part.baselinePeriod = part.history.stream().filter(p -> p.declarationId().equals(baselineId))
                                .findFirst().orElse(null);
                    }
                    return content;
                });
    }

    private static SubjectPeriod period(PathwayPart p) {
        InventorySnapshot inventory = Json.read(p.basisSnapshot, InventorySnapshot.class);
        BigDecimal activity = null;
        if (p.content != null) {
            var intensity = Json.read(p.content, PathwayContent.class).intensityTarget();
            activity = intensity == null ? null : intensity.periodActivity();
        }
        return new SubjectPeriod(p.declarationId, p.periodStart, p.periodEnd, p.basisRevision, inventory.totalTco2e(),
                inventory.totalsByScope(), p.declared, activity);
    }

    private static PathwayFacts facts(PathwayPart part, PathwayContent content, InventorySnapshot inventory) {
        return new PathwayFacts(part.subjectType, part.periodStart, part.periodEnd, part.claimStandard, content, inventory,
                part.history, part.baselinePeriod);
    }

    @Override
    protected List<Finding> evaluate(PathwayPart part, PathwayContent content, InventorySnapshot inventory) {
        return rules.evaluate(facts(part, content, inventory));
    }

    /** The plan of the current revision as the approval would carry it (targets, trajectory, measures, residual). */
    public Uni<PathwaySnapshot> plan(String tenant, UUID declarationId) {
        return readEnriched(tenant, declarationId, (part, content) -> {
            if (content == null) {
                throw ProblemException.notFound("a pathway for declaration " + declarationId + " (nothing entered yet)");
            }
            return PathwayPlan.snapshot(facts(part, content, basis(part)));
        });
    }

    /** A published declaration counts as a declared period of its subject (PATH-7) until it is withdrawn. */
    public Uni<Void> onDeclarationEvent(CloudEvent event) {
        var type = EventType.ofCeType(event.type()).orElse(null);
        if (type != EventType.DECLARATION_PUBLISHED && type != EventType.DECLARATION_WITHDRAWN) {
            return DependentPartEvents.apply(this, event);
        }
        return lockOrCreate(event).map(part -> {
            part.declared = type == EventType.DECLARATION_PUBLISHED;
            return null;
        });
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
    protected Uni<Record> approvedEvent(PathwayPart part, PathwayContent content, InventorySnapshot inventory,
            List<Finding> findings, OffsetDateTime at) {
        PathwaySnapshot snapshot = PathwayPlan.snapshot(facts(part, content, inventory));
        return Uni.createFrom().item(new PathwayApproved(part.declarationId, part.revision, part.approvedInventoryRevision,
                digest(snapshot), part.approvedBy, at, findings, snapshot));
    }

    @Override
    protected Record revokedEvent(PathwayPart part, int revokedRevision, String reason, OffsetDateTime at) {
        return new PathwayApprovalRevoked(part.declarationId, revokedRevision, part.revision, reason, at);
    }
}
