package org.carbonneutral.platform.part;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * What a part knows of one part it rests on (its upstream), for one declaration: the upstream's latest standing
 * approval with its snapshot, the highest upstream revision any event named, and the upstream revision this part's own
 * standing approval was checked against. Changed only under the lock of the part's row.
 */
@Entity
@Table(name = "upstream_approval")
@IdClass(UpstreamApproval.Key.class)
public class UpstreamApproval extends PanacheEntityBase {

    @Id
    @Column(name = "declaration_id")
    public UUID declarationId;

    /** The upstream part's name, e.g. "inventory". */
    @Id
    public String upstream;

    @Column(nullable = false)
    public String tenant;

    /** The upstream's approved revision standing now; null while none does. */
    public Integer revision;

    /** The highest upstream revision seen in any event, approved or revoked: an older approval arriving late is stale. */
    @Column(name = "seen_revision")
    public Integer seenRevision;

    /** The approved snapshot of {@code revision}, as JSON. */
    @Column(columnDefinition = "text")
    public String snapshot;

    /** The revisions of other parts that approval was checked against, as a JSON object by part name. */
    @Column(name = "checked_against", columnDefinition = "text")
    public String checkedAgainst;

    /** The upstream revision this part's standing approval was checked against; null while it has none. */
    @Column(name = "approved_against")
    public Integer approvedAgainst;

    /** The composite key: declaration and upstream part. */
    public static class Key implements Serializable {
        public UUID declarationId;
        public String upstream;

        public Key() {
        }

        public Key(UUID declarationId, String upstream) {
            this.declarationId = declarationId;
            this.upstream = upstream;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(declarationId, k.declarationId) && Objects.equals(upstream, k.upstream);
        }

        @Override
        public int hashCode() {
            return Objects.hash(declarationId, upstream);
        }
    }
}
