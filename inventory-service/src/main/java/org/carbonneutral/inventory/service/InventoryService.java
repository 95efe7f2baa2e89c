package org.carbonneutral.inventory.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Parts;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventoryActionRecorded;
import org.carbonneutral.contracts.events.InventoryApprovalRevoked;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.inventory.InventoryPart;
import org.carbonneutral.inventory.domain.ActivityFigure;
import org.carbonneutral.inventory.domain.InventoryCalculator;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.domain.InventoryFigures;
import org.carbonneutral.inventory.factors.TenantFactors;
import org.carbonneutral.inventory.rules.InventoryFacts;
import org.carbonneutral.inventory.rules.InventoryRules;
import org.carbonneutral.platform.outbox.Outbox;
import org.carbonneutral.platform.part.Basis;
import org.carbonneutral.platform.part.EventRoutes;
import org.carbonneutral.platform.part.PartDefinition;
import org.carbonneutral.platform.part.PartLifecycle;
import org.carbonneutral.platform.part.PartView;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * The inventory part: every factor reference must resolve in the tenant's factor library (else the edit is a 400
 * naming the field), the rules INV-* read the quantified content with its uploaded activity data, and the approval
 * carries the full quantified snapshot.
 */
@Singleton
public class InventoryService {

    private final PartLifecycle<InventoryPart, InventoryContent, InventoryFacts> lifecycle;
    private final InventoryCalculator calculator;
    private final TenantFactors tenantFactors;
    private final UploadedActivities uploaded;

    public InventoryService(Outbox outbox, InventoryRules rules, InventoryCalculator calculator, TenantFactors tenantFactors,
            UploadedActivities uploaded) {
        this.calculator = calculator;
        this.tenantFactors = tenantFactors;
        this.uploaded = uploaded;
        this.lifecycle = new PartLifecycle<>(new PartDefinition<>(Parts.INVENTORY, InventoryPart.class, InventoryPart::new,
                InventoryContent.class, EventType.INVENTORY_APPROVED, EventType.INVENTORY_APPROVAL_REVOKED, List.of(),
                this::checkEdit, this::load, rules::evaluate,
                (facts, a) -> new InventoryApproved(a.declarationId(), a.revision(), Json.sha256(facts.snapshot()),
                        a.approvedBy(), a.at(), a.findings(), facts.snapshot()),
                InventoryApprovalRevoked::new, EventType.INVENTORY_ACTION_RECORDED, InventoryActionRecorded::new), outbox);
    }

    public PartLifecycle<InventoryPart, InventoryContent, InventoryFacts> lifecycle() {
        return lifecycle;
    }

    /** A new revision whose activity data is the upload {@code uploadId} (already copied and validated). */
    public Uni<PartView<InventoryContent>> applyUpload(String tenant, String user, UUID declarationId, String ifMatch,
            UUID uploadId, String sourcesJson) {
        return lifecycle.change(tenant, user, declarationId, ifMatch, "activity data of upload " + uploadId, part -> {
            part.activityUploadId = uploadId;
            part.activityUploadSources = sourcesJson;
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * The figures of the current revision, loaded and quantified as its submission and approval are (the snapshot is
     * the one an approval of this revision carries), with the activities {@code offset} … {@code offset + limit - 1};
     * a 404 when nothing is entered yet.
     */
    public Uni<InventoryFigures> figures(String tenant, UUID declarationId, int offset, int limit) {
        return lifecycle.read(tenant, declarationId, (part, facts) -> {
            if (facts.content() == null || facts.snapshot() == null) {
                throw ProblemException.notFound("content of the inventory of declaration " + declarationId
                        + " to compute figures from (nothing entered yet)");
            }
            List<ActivityFigure> all = facts.activities();
            int from = Math.min(offset, all.size());
            int to = (int) Math.min((long) from + limit, all.size());
            return new InventoryFigures(part.declarationId, part.revision, OffsetDateTime.now(ZoneOffset.UTC),
                    facts.snapshot(), all.size(), offset, limit, List.copyOf(all.subList(from, to)), facts.violations());
        });
    }

    /** Every factor reference resolves against the tenant's library; sources holding uploaded data stay. */
    private Uni<Void> checkEdit(InventoryPart part, InventoryContent content) {
        return tenantFactors.library(part.tenant).invoke(library -> {
            var violations = new ArrayList<>(calculator.with(library).quantify(part.subjectType, content).violations()
                    .stream().map(v -> new Problem.Violation(v.field(), v.message(), v.rule())).toList());
            if (part.activityUploadSources != null) {
                Set<String> kept = new HashSet<>();
                content.sources().stream().filter(s -> s.tco2e() == null).forEach(s -> kept.add(s.name()));
                for (String name : Json.read(part.activityUploadSources, String[].class)) {
                    if (!kept.contains(name)) {
                        violations.add(new Problem.Violation("sources", "source '" + name + "' holds uploaded activity "
                                + "data (upload " + part.activityUploadId + "): keep it, or upload the activity data again "
                                + "first", "INV-1"));
                    }
                }
            }
            if (!violations.isEmpty()) {
                throw ProblemException.invalid(violations);
            }
        }).replaceWithVoid();
    }

    /**
     * The content with its uploaded activity data, quantified once against the tenant's library, and for a product or
     * service subject whether the tenant's organisation inventory of the same period is approved (INV-1).
     */
    private Uni<InventoryFacts> load(InventoryPart part, InventoryContent content, Basis basis) {
        Integer year = part.periodStart == null ? null : part.periodStart.getYear();
        if (content == null) {
            return Uni.createFrom().item(new InventoryFacts(part.subjectType, part.subjectName, part.claimStandard, null, null,
                    year, false));
        }
        return organisationInventoryApproved(part).chain(orgApproved -> tenantFactors.library(part.tenant)
                .chain(library -> uploaded.addTo(part.activityUploadId, content).map(complete -> {
                    InventoryCalculator.Quantified q = calculator.with(library).quantify(part.subjectType,
                            part.subjectName, complete);
                    return new InventoryFacts(part.subjectType, part.subjectName, part.claimStandard, complete,
                            q.snapshot(), year, orgApproved, q.activities(), q.violations());
                })));
    }

    /** Whether another declaration of the tenant, an organisation subject of the same period, has an approved inventory. */
    private static Uni<Boolean> organisationInventoryApproved(InventoryPart part) {
        if (part.subjectType == null || part.subjectType == SubjectType.ORGANISATION || part.periodStart == null
                || part.periodEnd == null) {
            return Uni.createFrom().item(false);
        }
        return InventoryPart.count("tenant = ?1 and subjectType = ?2 and periodStart = ?3 and periodEnd = ?4 "
                + "and approvedRevision is not null and declarationId <> ?5", part.tenant, SubjectType.ORGANISATION,
                part.periodStart, part.periodEnd, part.declarationId).map(n -> n > 0);
    }

    /** disclosure.events: a DeclarationOpened creates the declaration's inventory part. */
    @Produces
    @Singleton
    public EventRoutes routes() {
        return lifecycle.routes(EventType.DECLARATION_OPENED).build();
    }
}
