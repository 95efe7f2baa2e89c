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
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.json.Json;
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

    public static PublicationFacts facts(SubjectType type, CompanyProfile profile, PartStates parts, InventoryApproved inventory,
            PathwayApproved pathway, OffsetsApproved offsets) {
        return new PublicationFacts(type, "Acme", "Operational control", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1,
                new org.carbonneutral.contracts.Organisation("Acme Taiwan Co., Ltd.", List.of(), "04595257"), profile, parts,
                inventory, pathway, offsets);
    }
}
