package org.carbonneutral.pathway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Parts;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.PathwayActionRecorded;
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
import org.carbonneutral.platform.part.Basis;
import org.carbonneutral.platform.part.EventRoutes;
import org.carbonneutral.platform.part.PartDefinition;
import org.carbonneutral.platform.part.PartLifecycle;
import org.carbonneutral.platform.part.Upstream;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * The pathway part: baseline, targets and measures, checked (PATH-*) against the approved inventory it rests on and the
 * subject's other periods; an approval names the inventory revision and carries the plan.
 */
@Singleton
public class PathwayService {

    private static final Upstream INVENTORY = new Upstream(Parts.INVENTORY, EventType.INVENTORY_APPROVED,
            EventType.INVENTORY_APPROVAL_REVOKED, true, "");

    private final PartLifecycle<PathwayPart, PathwayContent, PathwayFacts> lifecycle;

    public PathwayService(Outbox outbox, PathwayRules rules) {
        this.lifecycle = new PartLifecycle<>(new PartDefinition<>(Parts.PATHWAY, PathwayPart.class, PathwayPart::new,
                PathwayContent.class, EventType.PATHWAY_APPROVED, EventType.PATHWAY_APPROVAL_REVOKED, List.of(INVENTORY),
                PathwayService::checkEdit, PathwayService::load, rules::evaluate, PathwayService::approved,
                PathwayApprovalRevoked::new, EventType.PATHWAY_ACTION_RECORDED, PathwayActionRecorded::new), outbox);
    }

    public PartLifecycle<PathwayPart, PathwayContent, PathwayFacts> lifecycle() {
        return lifecycle;
    }

    /** The plan of the current revision as the approval would carry it (targets, trajectory, measures, residual). */
    public Uni<PathwaySnapshot> plan(String tenant, UUID declarationId) {
        return lifecycle.read(tenant, declarationId, (part, facts) -> {
            if (facts.content() == null) {
                throw ProblemException.notFound("a pathway for declaration " + declarationId + " (nothing entered yet)");
            }
            return PathwayPlan.snapshot(facts);
        });
    }

    /** Dates and sums that make the input itself wrong (400). */
    private static Uni<Void> checkEdit(PathwayPart part, PathwayContent content) {
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
            if (m.status() == PathwayContent.MeasureStatus.PLANNED && m.achievedReductionTco2e() != null) {
                violations.add(new Problem.Violation("measures[" + i + "].achievedReductionTco2e", "a planned measure has "
                        + "achieved nothing yet: give its expected reduction, or its status once it is in operation"));
            }
            if (m.status() == PathwayContent.MeasureStatus.PLANNED && m.implementedOn() != null) {
                violations.add(new Problem.Violation("measures[" + i + "].implementedOn", "a planned measure is not in "
                        + "operation yet: give its status once it is"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * The approved inventory, the subject's other periods with an approved inventory, the one the baseline names, and
     * for a cited baseline the approved inventory of the base year the suite holds (this period's, or the latest other
     * period holding the base year).
     */
    private static Uni<PathwayFacts> load(PathwayPart part, PathwayContent content, Basis basis) {
        InventorySnapshot inventory = basis.snapshot(Parts.INVENTORY, InventorySnapshot.class);
        if (content == null) {
            return Uni.createFrom().item(facts(part, null, inventory, List.of(), null, null));
        }
        return SubjectPeriods.others(part).map(history -> {
            UUID baselineId = content.baselineSource() == null ? null : content.baselineSource().inventoryDeclarationId();
            SubjectPeriod baseline = null;
            if (baselineId != null && baselineId.equals(part.declarationId)) {
                baseline = inventory == null ? null : SubjectPeriods.period(part, basis.revision(Parts.INVENTORY), inventory);
            } else if (baselineId != null) {
                baseline = history.stream().filter(p -> p.declarationId().equals(baselineId)).findFirst().orElse(null);
            }
            SubjectPeriod baseYear = null;
            if (baselineId == null) {
                baseYear = inventory != null && part.periodStart.getYear() <= content.baseYear()
                        && content.baseYear() <= part.periodEnd.getYear()
                        ? SubjectPeriods.period(part, basis.revision(Parts.INVENTORY), inventory)
                        : history.stream().filter(p -> p.holds(content.baseYear()))
                                .max(Comparator.comparing(SubjectPeriod::periodEnd)).orElse(null);
            }
            return facts(part, content, inventory, history, baseline, baseYear);
        });
    }

    private static PathwayFacts facts(PathwayPart part, PathwayContent content, InventorySnapshot inventory,
            List<SubjectPeriod> history, SubjectPeriod baseline, SubjectPeriod baseYearInventory) {
        return new PathwayFacts(part.subjectType, part.periodStart, part.periodEnd, part.claimStandard, content, inventory,
                history, baseline, baseYearInventory);
    }

    private static Record approved(PathwayFacts facts, PartDefinition.Approval a) {
        PathwaySnapshot snapshot = PathwayPlan.snapshot(facts);
        return new PathwayApproved(a.declarationId(), a.revision(), a.basis().get(Parts.INVENTORY), Json.sha256(snapshot),
                a.approvedBy(), a.at(), a.findings(), snapshot);
    }

    /**
     * DeclarationOpened opens the part; the inventory's approvals and revocations are its basis; a published declaration
     * counts as a declared period of its subject (PATH-7) until it is withdrawn.
     */
    @Produces
    @Singleton
    public EventRoutes routes() {
        return lifecycle.routes(EventType.DECLARATION_OPENED)
                .on(EventType.DECLARATION_PUBLISHED, Record.class, (event, published) -> lifecycle.update(event, p -> p.declared = true))
                .on(EventType.DECLARATION_WITHDRAWN, Record.class, (event, withdrawn) -> lifecycle.update(event, p -> p.declared = false))
                .build();
    }
}
