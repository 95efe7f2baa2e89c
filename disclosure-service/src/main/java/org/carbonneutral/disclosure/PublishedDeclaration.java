package org.carbonneutral.disclosure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.disclosure.domain.ApprovedRevisions;

/**
 * One published version of a declaration (DIS-6): its content and SHA-256 digest never change once written (the
 * database refuses updates of them); a revoked approval only marks it withdrawn. Unique per set of part revisions.
 */
@Entity
@Table(name = "published_declaration")
public class PublishedDeclaration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "declaration_id", nullable = false)
    public UUID declarationId;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public int version;

    @Column(name = "inventory_revision", nullable = false)
    public int inventoryRevision;

    @Column(name = "pathway_revision", nullable = false)
    public int pathwayRevision;

    @Column(name = "offsets_revision", nullable = false)
    public int offsetsRevision;

    /** Canonical JSON of the publication; {@link #digest} is the SHA-256 of exactly these UTF-8 bytes. */
    @Column(nullable = false, columnDefinition = "text")
    public String content;

    @Column(nullable = false)
    public String digest;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdraw_reason", columnDefinition = "text")
    public String withdrawReason;

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** The revisions of the three parts this version was published for. */
    public ApprovedRevisions revisions() {
        return new ApprovedRevisions(inventoryRevision, pathwayRevision, offsetsRevision);
    }

    /** The published versions of a declaration, newest first. */
    public static Uni<List<PublishedDeclaration>> versionsOf(UUID declarationId) {
        return find("declarationId = ?1 order by version desc", declarationId).list();
    }
}
