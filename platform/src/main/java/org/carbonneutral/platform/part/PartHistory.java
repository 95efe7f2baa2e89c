package org.carbonneutral.platform.part;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.carbonneutral.platform.json.JsonPatch;
import org.carbonneutral.platform.problem.ProblemException;

/** Reads a part's history: its revisions (each with its content), the changes between two, and every action. */
public final class PartHistory {

    /** The changes from revision {@code from} to revision {@code to}, as a JSON Patch (RFC 6902). */
    public record Diff(int from, int to, ArrayNode operations) {
    }

    private final String part;
    private final BiFunction<String, UUID, Uni<? extends PartEntity>> find;

    PartHistory(String part, BiFunction<String, UUID, Uni<? extends PartEntity>> find) {
        this.part = part;
        this.find = find;
    }

    public Uni<List<PartTrail.Revision>> revisions(String tenant, UUID declarationId) {
        return Panache.withSession(() -> find.apply(tenant, declarationId).chain(p -> PartTrail.revisions(declarationId)));
    }

    public Uni<PartTrail.Revision> revision(String tenant, UUID declarationId, int revision) {
        return Panache.withSession(() -> find.apply(tenant, declarationId).chain(p -> stored(declarationId, revision)));
    }

    /** Revision 0 is the part before anything was entered (no content). */
    public Uni<Diff> diff(String tenant, UUID declarationId, int from, int to) {
        return Panache.withSession(() -> find.apply(tenant, declarationId).chain(p -> content(declarationId, from)
                .chain(a -> content(declarationId, to).map(b -> new Diff(from, to, JsonPatch.diff(a, b))))));
    }

    public Uni<List<PartTrail.Entry>> trail(String tenant, UUID declarationId) {
        return Panache.withSession(() -> find.apply(tenant, declarationId).chain(p -> PartTrail.entries(declarationId)));
    }

    private Uni<JsonNode> content(UUID declarationId, int revision) {
        return revision == 0 ? Uni.createFrom().nullItem() : stored(declarationId, revision).map(PartTrail.Revision::content);
    }

    private Uni<PartTrail.Revision> stored(UUID declarationId, int revision) {
        return PartTrail.revision(declarationId, revision).map(r -> {
            if (r == null) {
                throw ProblemException.notFound("revision " + revision + " of the " + part + " of declaration "
                        + declarationId);
            }
            return r;
        });
    }
}
