package org.carbonneutral.disclosure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.disclosure.domain.PartState;
import org.carbonneutral.disclosure.domain.PartStates;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * A carbon-neutrality declaration: exactly one subject, its boundary and period, the standard of the claim, and the
 * approval state of its three parts as their events reported it.
 */
@Entity
@Table(name = "declaration")
public class Declaration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public SubjectType subjectType;

    @Column(name = "subject_name", nullable = false)
    public String subjectName;

    @Column(nullable = false, columnDefinition = "text")
    public String boundary;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_standard", nullable = false)
    public ClaimStandard claimStandard;

    public org.carbonneutral.contracts.Organisation organisation() {
        return organisation == null ? null : org.carbonneutral.contracts.json.Json.read(organisation,
                org.carbonneutral.contracts.Organisation.class);
    }

    /** The declaring organisation's identity as JSON ({@link org.carbonneutral.contracts.Organisation}); may be null. */
    @Column(columnDefinition = "text")
    public String organisation;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_digest")
    public String requestDigest;

    /** The company profile (management plan ch.1 and ch.6) as JSON; null until entered. */
    @Column(columnDefinition = "text")
    public String profile;

    @Column(name = "profile_updated_by")
    public String profileUpdatedBy;

    @Column(name = "profile_updated_at")
    public OffsetDateTime profileUpdatedAt;

    /** The claim's own verification (ISO 14068-1) or validation (PAS 2060) as JSON (DIS-7); null until entered. */
    @Column(name = "claim_verification", columnDefinition = "text")
    public String claimVerification;

    @Column(name = "claim_verification_updated_by")
    public String claimVerificationUpdatedBy;

    @Column(name = "claim_verification_updated_at")
    public OffsetDateTime claimVerificationUpdatedAt;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "latestRevision", column = @Column(name = "inventory_latest_revision")),
            @AttributeOverride(name = "approvedRevision", column = @Column(name = "inventory_approved_revision")),
            @AttributeOverride(name = "inventoryRevision", column = @Column(name = "inventory_inventory_revision")),
            @AttributeOverride(name = "approval", column = @Column(name = "inventory_approval", columnDefinition = "text"))})
    public PartApprovalState inventory = new PartApprovalState();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "latestRevision", column = @Column(name = "pathway_latest_revision")),
            @AttributeOverride(name = "approvedRevision", column = @Column(name = "pathway_approved_revision")),
            @AttributeOverride(name = "inventoryRevision", column = @Column(name = "pathway_inventory_revision")),
            @AttributeOverride(name = "approval", column = @Column(name = "pathway_approval", columnDefinition = "text"))})
    public PartApprovalState pathway = new PartApprovalState();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "latestRevision", column = @Column(name = "offsets_latest_revision")),
            @AttributeOverride(name = "approvedRevision", column = @Column(name = "offsets_approved_revision")),
            @AttributeOverride(name = "inventoryRevision", column = @Column(name = "offsets_inventory_revision")),
            @AttributeOverride(name = "approval", column = @Column(name = "offsets_approval", columnDefinition = "text"))})
    public PartApprovalState offsets = new PartApprovalState();

    @Version
    @Column(nullable = false)
    public long version;

    /** The states of the three parts; a part no event has been received for has none. */
    public PartStates parts() {
        return new PartStates(state(inventory), state(pathway), state(offsets));
    }

    private static PartState state(PartApprovalState part) {
        return part == null ? PartState.NONE : part.state();
    }

    /** {@code found} when it is a declaration of {@code tenant}; otherwise a 404, as another tenant's id answers. */
    public static Declaration ofTenant(Declaration found, String tenant, UUID id) {
        if (found == null || !found.tenant.equals(tenant)) {
            throw ProblemException.notFound("declaration " + id);
        }
        return found;
    }
}
