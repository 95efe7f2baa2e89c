package org.carbonneutral.platform.problem;

import io.smallrye.mutiny.Uni;

/**
 * A failure inside a transaction whose problem can only be worked out after the rollback (e.g. a unique or exclusion
 * constraint violated: what it collided with is read in a session of its own). Transactional commands answer with
 * {@link #problem()} instead of the failure.
 */
public abstract class ProblemAfterRollback extends RuntimeException {

    protected ProblemAfterRollback(String message, Throwable cause) {
        super(message, cause);
    }

    /** The problem to answer with, read after the failed transaction. */
    public abstract Uni<ProblemException> problem();

    /** {@code command}, with a {@link ProblemAfterRollback} turned into its problem. */
    public static <T> Uni<T> resolve(Uni<T> command) {
        return command.onFailure(ProblemAfterRollback.class).recoverWithUni(e -> ((ProblemAfterRollback) e).problem()
                .onItem().transformToUni(problem -> Uni.createFrom().failure(problem)));
    }
}
