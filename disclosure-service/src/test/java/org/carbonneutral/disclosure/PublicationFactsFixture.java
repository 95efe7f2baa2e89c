package org.carbonneutral.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.OffsetsSnapshot;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.domain.ClaimVerification;
import org.carbonneutral.disclosure.domain.CompanyProfile;
import org.carbonneutral.disclosure.domain.PartState;
import org.carbonneutral.disclosure.domain.PartStates;
import org.carbonneutral.disclosure.domain.PublicationFacts;

/** Facts of the sample declaration "Acme" (2025, ISO 14068-1) for the publication rules and policy. */
public final class PublicationFactsFixture {

    public static final UUID ID = UUID.randomUUID();
    public static final CompanyProfile PROFILE = Json.read(ApprovalEvents.PROFILE, CompanyProfile.class);

    private PublicationFactsFixture() {
    }

    /** Each finding as rule id and field, e.g. "DIS-2:item3". */
    public static List<String> fields(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + ":" + f.field()).toList();
    }

    public static InventoryApproved inventory(int revision) {
        return Events.payload(ApprovalEvents.inventory(ID, revision), InventoryApproved.class);
    }

    public static PathwayApproved pathway(int revision, int inventoryRevision) {
        return Events.payload(ApprovalEvents.pathway(ID, revision, inventoryRevision), PathwayApproved.class);
    }

    /** Credits approved against {@code inventoryRevision} after pathway revision {@code pathwayRevision}. */
    public static OffsetsApproved offsets(int revision, int inventoryRevision, int pathwayRevision) {
        return Events.payload(ApprovalEvents.offsets(ID, revision, inventoryRevision, pathwayRevision),
                OffsetsApproved.class);
    }

    /** Offsets for a residual of 0: no credits required, none retired (OFF-1). */
    public static OffsetsApproved zeroResidual(int revision) {
        var o = offsets(revision, 1, 1);
        return new OffsetsApproved(o.declarationId(), o.revision(), o.inventoryRevision(), o.contentDigest(), o.approvedBy(),
                o.approvedAt(), List.of(), new OffsetsSnapshot(java.math.BigDecimal.ZERO.setScale(3),
                o.snapshot().totalTco2e(), new java.math.BigDecimal("0.00"), 0, 0, o.snapshot().pathwayRevision(), List.of(),
                List.of()));
    }

    /** A part whose latest revision is approved, against {@code inventoryRevision}. */
    public static PartState approved(int revision, Integer inventoryRevision) {
        return new PartState(revision, revision, inventoryRevision);
    }

    /** The parts' states these approvals stand for. */
    public static PartStates parts(InventoryApproved inventory, PathwayApproved pathway, OffsetsApproved offsets) {
        return new PartStates(approved(inventory.revision(), null),
                approved(pathway.revision(), pathway.inventoryRevision()),
                approved(offsets.revision(), offsets.inventoryRevision()));
    }

    /** The verification of the sample's ISO 14068-1 claim and its report (DIS-7). */
    public static final ClaimVerification VERIFIED_CLAIM = new ClaimVerification(new ClaimVerification.Verification(
            "SGS Taiwan Ltd.", "TAF 0006", "ISO 14064-3:2019", ClaimVerification.AssuranceLevel.REASONABLE,
            LocalDate.of(2026, 4, 15), "SGS-CN-2026-0042"), null);

    /** The sample's 2025 ISO 14068-1 declaration, its claim verified. */
    public static PublicationFacts facts(SubjectType type, CompanyProfile profile, PartStates parts, InventoryApproved inventory,
            PathwayApproved pathway, OffsetsApproved offsets) {
        return facts(type, ClaimStandard.ISO_14068_1, LocalDate.of(2025, 1, 1), VERIFIED_CLAIM, profile, parts, inventory,
                pathway, offsets);
    }

    /** A one-year declaration from {@code start} under {@code standard}, its claim checked as {@code checked}. */
    public static PublicationFacts facts(SubjectType type, ClaimStandard standard, LocalDate start, ClaimVerification checked,
            CompanyProfile profile, PartStates parts, InventoryApproved inventory, PathwayApproved pathway,
            OffsetsApproved offsets) {
        return new PublicationFacts(type, "Acme", "Operational control", start, start.plusYears(1).minusDays(1), standard,
                new org.carbonneutral.contracts.Organisation("Acme Taiwan Co., Ltd.", List.of(), "04595257"), profile, parts,
                inventory, pathway, offsets, checked);
    }

    /** All three parts approved, revision 1, as the sample's approvals. */
    public static PublicationFacts facts(ClaimStandard standard, LocalDate start, ClaimVerification checked) {
        var inventory = inventory(1);
        var pathway = pathway(1, 1);
        var offsets = offsets(1, 1, 1);
        return facts(SubjectType.ORGANISATION, standard, start, checked, PROFILE, parts(inventory, pathway, offsets),
                inventory, pathway, offsets);
    }
}
