package org.carbonneutral.platform.part;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;

/**
 * A service's part of one declaration. {@code revision} increases on every change; an approval names the revision it
 * approves. The declaration's subject, period and standard come from the event that opens the part; what the part rests
 * on (the approvals of other parts) is kept beside it in {@link UpstreamApproval}. Any event may arrive first, so the
 * row is created by whichever does.
 */
@MappedSuperclass
public abstract class PartEntity extends PanacheEntityBase {

    @Id
    @Column(name = "declaration_id")
    public UUID declarationId;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public int revision;

    /** True once {@code DeclarationOpened} has been applied. */
    @Column(nullable = false)
    public boolean opened;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    public SubjectType subjectType;

    @Column(name = "subject_name")
    public String subjectName;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_standard")
    public ClaimStandard claimStandard;

    /** The declaring organisation's identity as JSON ({@link org.carbonneutral.contracts.Organisation}); may be null. */
    @Column(columnDefinition = "text")
    public String organisation;

    /** The part's content as JSON; null until the first edit. */
    @Column(columnDefinition = "text")
    public String content;

    @Column(name = "last_edited_by")
    public String lastEditedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Findings of the last submission, as JSON, and the revision they were evaluated for. */
    @Column(columnDefinition = "text")
    public String findings;

    @Column(name = "evaluated_revision")
    public Integer evaluatedRevision;

    @Column(name = "approved_revision")
    public Integer approvedRevision;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
