package org.carbonneutral.disclosure.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.PartActionRecord;
import org.carbonneutral.disclosure.Declaration;
import org.carbonneutral.platform.persistence.NativeRows;

/**
 * A declaration's whole trail, across its three parts and the declaration itself, in time order: what an assurance
 * body reads. Append-only (the database refuses updates and deletes); each entry is written in the transaction of the
 * change it records, or of the consumed event that reports it.
 */
@ApplicationScoped
public class DeclarationTrail {

    /** The declaration's own entries carry this as their part. */
    public static final String DECLARATION = "declaration";

    /** One action: on which part ("inventory", "pathway", "offsets" or "declaration"), at which revision or version. */
    public record Entry(String part, Integer revision, String action, String actor, OffsetDateTime at, String detail) {
    }

    private static final String INSERT = "insert into declaration_trail (declaration_id, tenant, part, revision, action, "
            + "actor, at, detail) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

    /** Records an action on the declaration itself (opened, profile updated, published, withdrawn). */
    public Uni<Void> record(Declaration d, Integer version, String action, String actor, String detail) {
        return insert(d.id, d.tenant, DECLARATION, version, action, actor, OffsetDateTime.now(ZoneOffset.UTC), detail);
    }

    /** Records an action a part service reported. */
    public Uni<Void> recorded(CloudEvent event, String part, PartActionRecord action) {
        return insert(event.declarationId(), event.tenant(), part, action.revision(), action.action(), action.actor(),
                action.at(), action.detail());
    }

    public Uni<List<Entry>> trail(String tenant, UUID id) {
        return Panache.withSession(() -> Declaration.<Declaration>findById(id).map(d -> Declaration.ofTenant(d, tenant, id))
                .chain(d -> Panache.getSession().chain(s -> s.createNativeQuery("select part, revision, action, actor, "
                        + "at, detail from declaration_trail where declaration_id = ?1 and tenant = ?2 order by at, id",
                        Object[].class).setParameter(1, id).setParameter(2, tenant).getResultList()))).map(rows -> rows.stream().map(r -> new Entry((String) r[0], r[1] == null ? null : ((Number) r[1]).intValue(),
                (String) r[2], (String) r[3], NativeRows.timestamp(r[4]), (String) r[5])).toList());
    }

    private static Uni<Void> insert(UUID id, String tenant, String part, Integer revision, String action, String actor,
            OffsetDateTime at, String detail) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT).setParameter(1, id).setParameter(2, tenant)
                .setParameter(3, part).setParameter(4, revision).setParameter(5, action).setParameter(6, actor)
                .setParameter(7, at).setParameter(8, detail).executeUpdate()).replaceWithVoid();
    }
}
