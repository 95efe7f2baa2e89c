package org.carbonneutral.inventory.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.inventory.factors.FactorKind;
import org.carbonneutral.inventory.factors.TenantFactors;
import org.carbonneutral.platform.part.PartView;
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
    private final TenantFactors tenantFactors;

    public InventoryWorkflow(Outbox outbox, InventoryRules rules, InventoryCalculator calculator, TenantFactors tenantFactors) {
        super(outbox, InventoryPart.class, InventoryContent.class);
        this.rules = rules;
        this.calculator = calculator;
        this.tenantFactors = tenantFactors;
    }

    private InventoryCalculator calculator(InventoryPart part) {
        return calculator.with(part.library);
    }

    /** Edits against the tenant's factor library (the reference tables plus its own published sets). */
    @Override
    public Uni<PartView<InventoryContent>> edit(String tenant, String user, UUID declarationId, String ifMatch,
            InventoryContent content) {
        return Panache.withSession(() -> tenantFactors.library(tenant)).chain(library ->
                change(tenant, user, declarationId, ifMatch, part -> {
                    part.library = library;
                    validate(part, content);
                    part.content = Json.write(content);
                }));
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
        var violations = new java.util.ArrayList<>(calculator(part).quantify(part.subjectType, content).violations().stream()
                .map(v -> new Problem.Violation(v.field(), v.message(), "INV-10")).toList());
        if (part.activityUploadSources != null) {
            Set<String> kept = new HashSet<>();
            content.sources().stream().filter(s -> s.tco2e() == null).forEach(s -> kept.add(s.name()));
            for (String name : Json.read(part.activityUploadSources, String[].class)) {
                if (!kept.contains(name)) {
                    violations.add(new Problem.Violation("sources", "source '" + name + "' holds uploaded activity data "
                            + "(upload " + part.activityUploadId + "): keep it, or upload the activity data again first", "INV-1"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    /** A new revision whose activity data is the upload {@code uploadId} (already copied and validated). */
    public Uni<PartView<InventoryContent>> applyUpload(String tenant, String user, UUID declarationId, String ifMatch,
            UUID uploadId, String sourcesJson) {
        return change(tenant, user, declarationId, ifMatch, part -> {
            part.activityUploadId = uploadId;
            part.activityUploadSources = sourcesJson;
        });
    }

    /**
     * Adds the upload in force to the content: its rows summed per (source, unit, factor reference), each sum one
     * activity — emissions are linear in quantity, so this is exact; the 6-decimal rounding applies to each sum.
     */
    @Override
    protected Uni<InventoryContent> enrich(InventoryPart part, InventoryContent content) {
        return tenantFactors.library(part.tenant).chain(library -> {
            part.library = library;
            return withUploadedActivities(part, content);
        });
    }

    private Uni<InventoryContent> withUploadedActivities(InventoryPart part, InventoryContent content) {
        if (part.activityUploadId == null || content == null) {
            return Uni.createFrom().item(content);
        }
        UUID upload = part.activityUploadId;
        return Panache.getSession().chain(s -> s.createNativeQuery(AGGREGATE, Object[].class).setParameter(1, upload)
                .getResultList()).map(rows -> {
                    Map<String, List<InventoryContent.Activity>> bySource = new HashMap<>();
                    for (Object[] r : rows) {
                        String factorIds = (String) r[2];
                        InventoryContent.FactorLookup lookup = r[3] == null ? null : new InventoryContent.FactorLookup(
                                FactorKind.valueOf((String) r[3]), (String) r[4], (String) r[5], ((Number) r[6]).intValue());
                        bySource.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new InventoryContent.Activity(
                                new BigDecimal(r[7].toString()), (String) r[1], null, null,
                                "upload " + upload + ": " + r[8] + " rows",
                                factorIds == null ? null : Arrays.stream(factorIds.split(";")).map(String::trim).toList(),
                                lookup));
                    }
                    List<InventoryContent.Source> sources = content.sources().stream().map(src -> {
                        List<InventoryContent.Activity> uploaded = bySource.get(src.name());
                        if (uploaded == null) {
                            return src;
                        }
                        List<InventoryContent.Activity> all = new ArrayList<>(src.activities() == null ? List.of() : src.activities());
                        all.addAll(uploaded);
                        return new InventoryContent.Source(src.name(), src.facility(), src.category(), src.scope3Category(),
                                src.scope2Method(), all, src.otherMethodActivities(), src.tco2e());
                    }).toList();
                    return new InventoryContent(content.boundaryApproach(), content.gwpSet(), content.scope2Basis(),
                            content.baseYear(),
                            content.facilities(), sources, content.exclusions(), content.verification(), content.removals(),
                            content.products(), content.allocationMethod(), content.subjectChoiceReason(),
                            content.productSubject());
                });
    }

    private static final String AGGREGATE = "select source, unit, factor_ids, lookup_kind, lookup_activity, lookup_set, "
            + "lookup_year, sum(quantity)::text, count(*) from activity_record "
            + "where upload_seq = (select seq from activity_upload where id = ?1) "
            + "group by source, unit, factor_ids, lookup_kind, lookup_activity, lookup_set, lookup_year "
            + "order by source, unit, factor_ids nulls last, lookup_kind, lookup_activity, lookup_set, lookup_year";

    @Override
    protected List<Finding> evaluate(InventoryPart part, InventoryContent content, InventorySnapshot ignored) {
        InventorySnapshot snapshot = content == null ? null : quantified(part, content);
        return rules.evaluate(new InventoryFacts(part.subjectType, part.subjectName, part.claimStandard, content, snapshot));
    }

    /** Quantifies {@code content} once per request: the approval's snapshot is the one its rules were evaluated on. */
    private InventorySnapshot quantified(InventoryPart part, InventoryContent content) {
        if (part.quantifiedFrom != content) {
            part.quantified = calculator(part).quantify(part.subjectType, part.subjectName, content).snapshot();
            part.quantifiedFrom = content;
        }
        return part.quantified;
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
    protected Uni<Record> approvedEvent(InventoryPart part, InventoryContent content, InventorySnapshot ignored,
            List<Finding> findings, OffsetDateTime at) {
        InventorySnapshot snapshot = quantified(part, content);
        return Uni.createFrom().item(new InventoryApproved(part.declarationId, part.revision, digest(snapshot),
                part.approvedBy, at, findings, snapshot));
    }

    @Override
    protected Record revokedEvent(InventoryPart part, int revokedRevision, String reason, OffsetDateTime at) {
        return new InventoryApprovalRevoked(part.declarationId, revokedRevision, part.revision, reason, at);
    }
}
