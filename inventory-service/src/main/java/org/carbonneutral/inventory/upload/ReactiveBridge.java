package org.carbonneutral.inventory.upload;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.function.Supplier;

/**
 * Where an upload's blocking side (the request body, the job's thread, JDBC and COPY) meets the reactive side
 * (Hibernate Reactive and {@link Uni}): the one place the upload waits for a {@code Uni}, and the one place it hands
 * blocking work to a worker thread.
 */
final class ReactiveBridge {

    private ReactiveBridge() {
    }

    /**
     * Runs reactive work (Hibernate Reactive) on a Vert.x context and waits for its result. For a blocking thread
     * only (a worker or the job's thread): waiting on the event loop would stall it.
     */
    static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Runs blocking work (JDBC) on a worker thread, as a {@code Uni} an event-loop caller can return. */
    static <T> Uni<T> offload(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
