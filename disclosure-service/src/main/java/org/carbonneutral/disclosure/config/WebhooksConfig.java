package org.carbonneutral.disclosure.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** How webhooks are delivered ({@code suite.webhooks.*}). */
@ConfigMapping(prefix = "suite.webhooks")
public interface WebhooksConfig {

    /** Allows http URLs and loopback addresses: for the test profile only, never in production. */
    @WithDefault("false")
    boolean allowInsecureTargets();

    /** The delays between attempts of a failed delivery; when used up, the delivery has failed. */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retrySchedule();

    /** How often the relay looks for due deliveries. */
    @WithDefault("1s")
    Duration pollInterval();

    /** At most this many deliveries are sent per pass. */
    @WithDefault("50")
    int batchSize();

    @WithDefault("5s")
    Duration connectTimeout();

    /** The whole request, from connecting to the end of the answer. */
    @WithDefault("15s")
    Duration timeout();

    /** How long the previous secret still signs deliveries after a rotation. */
    @WithDefault("24h")
    Duration secretOverlap();

    /** An endpoint is disabled when this many deliveries in a row failed every attempt... */
    @WithDefault("5")
    int disableAfterFailedDeliveries();

    /** ...or when no attempt has succeeded for this long since one first failed. */
    @WithDefault("72h")
    Duration disableAfterFailingFor();
}
