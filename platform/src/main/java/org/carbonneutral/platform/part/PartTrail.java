package org.carbonneutral.platform.part;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.platform.outbox.Outbox;
import org.carbonneutral.platform.persistence.NativeRows;

/**
 * The part's history, append-only (the database refuses updates and deletes): every revision with its content, author,
 * time and cause ({@code part_revision}), and every action — edit, submission, approval, revocation — with its actor,
 * time and detail ({@code part_trail}). Written in the transaction of the change it records.
 */
public final class PartTrail {

    /** What was done to a part. */
    public enum Action {
        EDITED, SUBMITTED, APPROVED, APPROVAL_REVOKED
    }

    /** A revision as recorded: its content (left out of the list of revisions), who made it, when and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Revision(int revision, String cause, String createdBy, OffsetDateTime createdAt, JsonNode content) {
    }

    /** One action; {@code actor} is null when the suite did it on another part's event (e.g. a revoked upstream). */
    public record Entry(int revision, Action action, String actor, OffsetDateTime at, String detail) {
    }

    private static final String INSERT_REVISION = "insert into part_revision (declaration_id, revision, tenant, content, "
            + "cause, created_by, created_at) values (?1, ?2, ?3, cast(cast(?4 as text) as jsonb), ?5, ?6, ?7)";
    private static final String INSERT_ENTRY = "insert into part_trail (declaration_id, tenant, revision, action, actor, at, "
            + "detail) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

    private PartTrail() {
    }

    /** Records the part's current revision: its content as it now stands, by {@code actor}, for {@code cause}. */
    static Uni<Void> revision(PartEntity p, String cause, String actor, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT_REVISION).setParameter(1, p.declarationId)
                .setParameter(2, p.revision).setParameter(3, p.tenant).setParameter(4, p.content)
                .setParameter(5, cause).setParameter(6, actor).setParameter(7, at).executeUpdate()).replaceWithVoid();
    }

    /** Records an action in the part's trail and, for the declaration's trail, as an event (same transaction). */
    static Uni<Void> record(Outbox outbox, PartDefinition<?, ?, ?> part, PartEntity p, Action action, String actor,
            OffsetDateTime at, String detail) {
        return entry(p, action, actor, at, detail).chain(() -> outbox.append(part.actionType(), p.tenant, p.declarationId,
                part.actionEvent().of(p.declarationId, p.revision, action.name(), actor, at, detail))).replaceWithVoid();
    }

    private static Uni<Void> entry(PartEntity p, Action action, String actor, OffsetDateTime at, String detail) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT_ENTRY).setParameter(1, p.declarationId)
                .setParameter(2, p.tenant).setParameter(3, p.revision).setParameter(4, action.name())
                .setParameter(5, actor).setParameter(6, at).setParameter(7, detail).executeUpdate()).replaceWithVoid();
    }

    static Uni<List<Revision>> revisions(UUID declarationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select revision, cause, created_by, created_at "
                        + "from part_revision where declaration_id = ?1 order by revision", Object[].class)
                .setParameter(1, declarationId).getResultList())
                .map(rows -> rows.stream().map(r -> new Revision(number(r[0]), (String) r[1], (String) r[2], NativeRows.timestamp(r[3]),
                        null)).toList());
    }

    /** Revision {@code n} with its content, or null when there is no such revision. */
    static Uni<Revision> revision(UUID declarationId, int n) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select revision, cause, created_by, created_at, "
                        + "content::text from part_revision where declaration_id = ?1 and revision = ?2", Object[].class)
                .setParameter(1, declarationId).setParameter(2, n).getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.stream().map(r -> new Revision(number(r[0]), (String) r[1],
                        (String) r[2], NativeRows.timestamp(r[3]), r[4] == null ? null : Json.read((String) r[4], JsonNode.class)))
                        .findFirst().orElseThrow());
    }

    static Uni<List<Entry>> entries(UUID declarationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select revision, action, actor, at, detail "
                        + "from part_trail where declaration_id = ?1 order by id", Object[].class)
                .setParameter(1, declarationId).getResultList())
                .map(rows -> rows.stream().map(r -> new Entry(number(r[0]), Action.valueOf((String) r[1]), (String) r[2],
                        NativeRows.timestamp(r[3]), (String) r[4])).toList());
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
