package org.carbonneutral.offset.registry;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.carbonneutral.offset.config.RegistryEndpoints;
import org.carbonneutral.offset.domain.RegistryImport;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.platform.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Fetches each registry that has an export URL and a period ({@code suite.registries.<registry>.every}) on its own:
 * first {@value #FIRST_MILLIS} ms after start (or after one period, when that is shorter), then one period after each
 * fetch ends, one registry at a time, on a daemon thread of its own. A failed fetch changes nothing and is logged at
 * WARN with the registry, URL and cause (once while the same failure repeats); the next period tries again.
 */
@ApplicationScoped
public class RegistrySchedule {

    private static final Logger LOG = Logger.getLogger(RegistrySchedule.class);
    static final long FIRST_MILLIS = 5_000;

    private final RegistryConnector connector;
    private final RegistryEndpoints endpoints;
    private final Map<Registry, String> failing = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;

    public RegistrySchedule(RegistryConnector connector, RegistryEndpoints endpoints) {
        this.connector = connector;
        this.endpoints = endpoints;
    }

    void onStart(@Observes StartupEvent event) {
        for (Registry registry : Registry.values()) {
            var every = endpoints.every(registry);
            if (every.isEmpty()) {
                continue;
            }
            if (endpoints.url(registry).isEmpty()) {
                LOG.warnf("registry connector: %s is set but %s is not; %s is not fetched on a schedule",
                        RegistryEndpoints.key(registry, "every"), RegistryEndpoints.key(registry, "url"), registry);
                continue;
            }
            Duration period = every.get();
            executor().scheduleWithFixedDelay(() -> fetch(registry), Math.min(FIRST_MILLIS, period.toMillis()),
                    period.toMillis(), TimeUnit.MILLISECONDS);
            LOG.infof("registry connector: %s is fetched every %s from %s", registry, period,
                    endpoints.url(registry).get());
        }
    }

    /** One scheduled fetch of {@code registry}; never throws (the executor would stop scheduling it). */
    void fetch(Registry registry) {
        try {
            RegistryImports.Imported result = connector.fetch(registry, RegistryImport.SCHEDULE);
            if (failing.remove(registry) != null) {
                LOG.infof("registry connector: %s fetched again", registry);
            }
            if (result.created()) {
                LOG.infof("registry connector: %s export imported (%d rows, %d retirements, %d record versions added)",
                        registry, result.registryImport().rows(), result.registryImport().retirements(),
                        result.registryImport().recordsChanged());
            }
        } catch (ProblemException e) {
            warn(registry, e.getMessage());
        } catch (Exception e) {
            warn(registry, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void warn(Registry registry, String cause) {
        if (!cause.equals(failing.put(registry, cause))) {
            LOG.warnf("registry connector: the scheduled fetch of %s failed, its records are unchanged: %s", registry,
                    cause);
        } else {
            LOG.debugf("registry connector: %s still failing: %s", registry, cause);
        }
    }

    private synchronized ScheduledExecutorService executor() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "registry-schedule");
                t.setDaemon(true);
                return t;
            });
        }
        return executor;
    }

    synchronized void onStop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
