package org.carbonneutral.platform.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Work that may only follow a commit: what a transaction registers with {@link #register} runs once that transaction
 * has committed, and never when it rolls back. Only transactions begun by {@link #transaction} run what is registered;
 * elsewhere {@link #register} declines, so a caller must treat the action as optional (filling a cache, not recording
 * anything). The actions are kept on the Vert.x duplicated context the transaction runs on.
 */
public final class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class);
    private static final String KEY = AfterCommit.class.getName();

    private AfterCommit() {
    }

    /** {@code work} in a new transaction; once it has committed, the actions registered meanwhile, in their order. */
    public static <T> Uni<T> transaction(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            if (!VertxContext.isOnDuplicatedContext()) {
                return Panache.withTransaction(work);
            }
            List<Runnable> actions = new ArrayList<>();
            ContextLocals.put(KEY, actions);
            return Panache.withTransaction(work).invoke(() -> {
                for (Runnable action : actions) {
                    try {
                        action.run();
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "an action after a commit failed; the committed change stands");
                    }
                }
            }).eventually(() -> {
                ContextLocals.remove(KEY);
            });
        });
    }

    /**
     * Runs {@code action} after the current transaction commits, when that transaction was begun by
     * {@link #transaction}; otherwise declines (false) and the action never runs.
     */
    public static boolean register(Runnable action) {
        if (!VertxContext.isOnDuplicatedContext()) {
            return false;
        }
        List<Runnable> actions = ContextLocals.<List<Runnable>>get(KEY).orElse(null);
        if (actions == null) {
            return false;
        }
        actions.add(action);
        return true;
    }
}
