package org.carbonneutral.offset.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Organisation;
import org.carbonneutral.contracts.Parts;
import org.carbonneutral.contracts.events.DeclarationPublished;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.OffsetsActionRecorded;
import org.carbonneutral.contracts.events.OffsetsApprovalRevoked;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.OffsetsSnapshot;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.offset.OffsetsPart;
import org.carbonneutral.offset.domain.Credit;
import org.carbonneutral.offset.domain.Credits;
import org.carbonneutral.offset.domain.OffsetsContent;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.offset.registry.RegistryRecords;
import org.carbonneutral.offset.rules.OffsetsFacts;
import org.carbonneutral.offset.rules.OffsetsRules;
import org.carbonneutral.offset.rules.Reconciliation;
import org.carbonneutral.platform.outbox.Outbox;
import org.carbonneutral.platform.part.EventRoutes;
import org.carbonneutral.platform.part.PartDefinition;
import org.carbonneutral.platform.part.PartLifecycle;
import org.carbonneutral.platform.part.PartView;
import org.carbonneutral.platform.part.Upstream;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * The offsets part: the credits retired for the declaration, checked (OFF-*) against the residual of the approved
 * inventory and approved after the pathway (PATH-6); every serial block it claims is in the suite-wide ledger.
 */
@Singleton
public class OffsetsService {

    /** Dates of retirement are compared in Taiwan's calendar. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

    private static final List<Upstream> UPSTREAMS = List.of(
            new Upstream(Parts.INVENTORY, EventType.INVENTORY_APPROVED, EventType.INVENTORY_APPROVAL_REVOKED, true, ""),
            new Upstream(Parts.PATHWAY, EventType.PATHWAY_APPROVED, EventType.PATHWAY_APPROVAL_REVOKED, false,
                    "offsetting comes after the pathway's milestone or best-available-techniques evidence, PATH-6"));

    private final PartLifecycle<OffsetsPart, OffsetsContent, OffsetsEvaluation> lifecycle;
    private final SerialLedger ledger;
    private final RegistryRecords registryRecords;

    public OffsetsService(Outbox outbox, OffsetsRules rules, SerialLedger ledger, RegistryRecords registryRecords) {
        this.ledger = ledger;
        this.registryRecords = registryRecords;
        this.lifecycle = new PartLifecycle<>(new PartDefinition<>(Parts.OFFSETS, OffsetsPart.class, OffsetsPart::new,
                OffsetsContent.class, EventType.OFFSETS_APPROVED, EventType.OFFSETS_APPROVAL_REVOKED, UPSTREAMS,
                this::checkEdit, this::load, e -> rules.evaluate(e.facts()), OffsetsService::approved,
                OffsetsApprovalRevoked::new, EventType.OFFSETS_ACTION_RECORDED, OffsetsActionRecorded::new,
                (part, input) -> ledger.hold(part.tenant, part.declarationId, part.revision, input.facts().credits(),
                        c -> Reconciliation.recordOf(input.facts(), c))),
                outbox);
    }

    public PartLifecycle<OffsetsPart, OffsetsContent, OffsetsEvaluation> lifecycle() {
        return lifecycle;
    }

    /** The revisions the credits would be checked against now: the approved inventory's and the approved pathway's. */
    public Uni<Basis> basis(String tenant, UUID declarationId) {
        return lifecycle.basis(tenant, declarationId).map(basis -> new Basis(basis.revision(Parts.INVENTORY),
                basis.consistent(Parts.PATHWAY) ? basis.revision(Parts.PATHWAY) : null));
    }

    public record Basis(Integer inventoryRevision, Integer pathwayRevision) {
    }

    /** Serials that do not parse, contradict their entry, or claim a credit twice within the content: 422. */
    private static void validate(OffsetsContent content) {
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
     * A draft holds no serials (anyone could block their owner's credits with one): the edit only learns early, as a
     * 409, that a block is held by another declaration already. The blocks are held when the credits are approved.
     */
    private Uni<Void> checkEdit(OffsetsPart part, OffsetsContent content) {
        validate(content);
        return ledger.requireFree(part.tenant, part.declarationId, Credits.of(content));
    }

    /**
     * Releases the serials the declaration holds unpublished, as a new revision whose cause names the reason (in the
     * trail); a standing approval is revoked with it. Serials of a published version stay held for good.
     */
    public Uni<PartView<OffsetsContent>> release(String tenant, String user, UUID declarationId, String ifMatch,
            String reason) {
        return lifecycle.change(tenant, user, declarationId, ifMatch, "credits released: " + reason,
                part -> ledger.release(part.declarationId).replaceWithVoid());
    }

    /** The credits, the latest registry records (shared by the suite) overlapping them and the imports those come from. */
    private Uni<OffsetsEvaluation> load(OffsetsPart part, OffsetsContent content,
            org.carbonneutral.platform.part.Basis basis) {
        InventorySnapshot inventory = basis.snapshot(Parts.INVENTORY, InventorySnapshot.class);
        Integer pathway = basis.consistent(Parts.PATHWAY) ? basis.revision(Parts.PATHWAY) : null;
        LocalDate today = LocalDate.now(ZONE);
        Organisation organisation = part.organisation == null ? null : Json.read(part.organisation, Organisation.class);
        if (content == null) {
            return Uni.createFrom().item(new OffsetsEvaluation(new OffsetsFacts(part.periodStart, part.periodEnd,
                    part.claimStandard, organisation, null, List.of(), inventory, today, List.of()), List.of(), pathway));
        }
        List<Credit> credits = Credits.of(content);
        return registryRecords.latestOverlapping(credits.stream().map(Credit::block).toList())
                .chain(records -> registryRecords.imports(records.stream().map(RegistryRecord::importId)
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                        .map(imports -> new OffsetsEvaluation(new OffsetsFacts(part.periodStart, part.periodEnd,
                                part.claimStandard, organisation, content, credits, inventory, today, records), imports, pathway)));
    }

    private static Record approved(OffsetsEvaluation e, PartDefinition.Approval a) {
        OffsetsSnapshot snapshot = OffsetsPlan.snapshot(e.facts().credits(), e.facts().registryRecords(), e.imports(),
                e.facts().inventory(), e.pathwayRevision());
        return new OffsetsApproved(a.declarationId(), a.revision(), a.basis().get(Parts.INVENTORY), Json.sha256(snapshot),
                a.approvedBy(), a.at(), a.findings(), snapshot);
    }

    /** DeclarationOpened opens the part; the inventory's and the pathway's approvals and revocations are its basis. */
    @Produces
    @Singleton
    public EventRoutes routes() {
        return lifecycle.routes(EventType.DECLARATION_OPENED)
                .on(EventType.DECLARATION_PUBLISHED, DeclarationPublished.class, (event, published) -> ledger
                        .published(published.declarationId(), published.offsetsRevision(), published.version())
                        .replaceWithVoid())
                .build();
    }
}
