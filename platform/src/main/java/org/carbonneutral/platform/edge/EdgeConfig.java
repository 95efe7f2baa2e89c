package org.carbonneutral.platform.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** What every service answers at its edge, before a resource runs: limits and security headers. */
@ConfigMapping(prefix = "suite.edge")
public interface EdgeConfig {

    /** Unauthenticated public reads (GET/HEAD of /public/… and /api/public/…) per client address. */
    Limit publicReads();

    /** Requests answered 401 (a missing, bad or expired token) per client address; beyond it, 429. */
    Limit tokenFailures();

    /** The largest request body accepted by Content-Length, in bytes, except on {@link #streamedPaths()}. */
    @WithDefault("1048576")
    long maxBody();

    /** A regular expression of the paths whose bodies stream (uploads): no Content-Length bound there. */
    Optional<String> streamedPaths();

    interface Limit {
        /** Off only where a benchmark measures the service itself. */
        @WithDefault("true")
        boolean enabled();

        /** Requests at once. */
        int burst();

        /** Sustained requests per second. */
        double perSecond();
    }
}
