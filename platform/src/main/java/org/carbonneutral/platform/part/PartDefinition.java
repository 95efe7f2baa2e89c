package org.carbonneutral.platform.part;

import io.smallrye.mutiny.Uni;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Finding;

/**
 * What makes one kind of part what it is; {@link PartLifecycle} does the rest (revisions, If-Match, four-eyes, submit,
 * approve, revoke, the outbox, the upstream approvals it rests on).
 *
 * @param name          the part's name in messages and in other parts' approvals ("inventory")
 * @param entityType    the part's entity (its table is {@code part})
 * @param newEntity     makes an empty entity, for the first event of a declaration
 * @param contentType   the content as the API accepts it
 * @param approvedType  the event an approval emits
 * @param revokedType   the event a revocation emits
 * @param upstreams     the parts it rests on, in the order they are checked
 * @param edit          checks a new content beyond bean validation (400/409/422) and stores what it implies beside it,
 *                      in the edit's transaction
 * @param load          the one step that reads: from the part, its content (null before the first edit) and the basis,
 *                      the immutable input of the rules and of the approval
 * @param findings      the rules: input to findings (pure)
 * @param approvedEvent the approval event of an input (pure)
 * @param revokedEvent  the revocation event
 * @param actionType    the event that carries each action into the declaration's trail
 * @param actionEvent   makes that event
 * @param approvalEffect what an approval holds beside the part, in the approval's transaction (none by default); a
 *                      {@link org.carbonneutral.platform.problem.ProblemAfterRollback} is answered with its problem
 * @param <P>           the part's entity
 * @param <C>           the part's content
 * @param <I>           the evaluation input
 */
public record PartDefinition<P extends PartEntity, C, I>(
        String name,
        Class<P> entityType,
        Supplier<P> newEntity,
        Class<C> contentType,
        EventType approvedType,
        EventType revokedType,
        List<Upstream> upstreams,
        BiFunction<P, C, Uni<Void>> edit,
        Loader<P, C, I> load,
        Function<I, List<Finding>> findings,
        BiFunction<I, Approval, Record> approvedEvent,
        RevokedEvent revokedEvent,
        EventType actionType,
        ActionEvent actionEvent,
        BiFunction<P, I, Uni<Void>> approvalEffect) {

    /** A part whose approval holds nothing beside it. */
    public PartDefinition(String name, Class<P> entityType, Supplier<P> newEntity, Class<C> contentType,
            EventType approvedType, EventType revokedType, List<Upstream> upstreams, BiFunction<P, C, Uni<Void>> edit,
            Loader<P, C, I> load, Function<I, List<Finding>> findings, BiFunction<I, Approval, Record> approvedEvent,
            RevokedEvent revokedEvent, EventType actionType, ActionEvent actionEvent) {
        this(name, entityType, newEntity, contentType, approvedType, revokedType, upstreams, edit, load, findings,
                approvedEvent, revokedEvent, actionType, actionEvent, (part, input) -> Uni.createFrom().voidItem());
    }

    /** Reads what the rules and the approval need. */
    @FunctionalInterface
    public interface Loader<P, C, I> {
        Uni<I> load(P part, C content, Basis basis);
    }

    /** Makes the part's revocation event. */
    @FunctionalInterface
    public interface RevokedEvent {
        Record of(UUID declarationId, int revokedRevision, int currentRevision, String reason, OffsetDateTime at);
    }

    /** Makes the part's action event, for the declaration's trail. */
    @FunctionalInterface
    public interface ActionEvent {
        Record of(UUID declarationId, int revision, String action, String actor, OffsetDateTime at, String detail);
    }

    /**
     * An approval being made: of {@code revision}, by {@code approvedBy}, with these findings (none blocking), against
     * these upstream revisions.
     */
    public record Approval(UUID declarationId, int revision, String approvedBy, OffsetDateTime at, List<Finding> findings,
            Map<String, Integer> basis) {
    }
}
