package org.carbonneutral.offset.config;

import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.carbonneutral.offset.serial.Registry;
import org.eclipse.microprofile.config.Config;

/**
 * Where the connector fetches each registry's public retirement export, and how often:
 * {@code suite.registries.<registry>.url} (the export's http(s) URL; absent: the registry is not configured) and
 * {@code suite.registries.<registry>.every} (a duration such as {@code 6h} or {@code PT30M}; absent or {@code off}: no
 * schedule), {@code <registry>} being the registry's name in lower-case kebab form ({@code verra}, {@code gold-standard},
 * {@code acr}, {@code car}, {@code art-trees}, {@code moenv}, …). The keys are named per registry, not mapped from a
 * prefix, so that environment variables ({@code SUITE_REGISTRIES_GOLD_STANDARD_URL}) set them too.
 */
@Singleton
public class RegistryEndpoints {

    private final Config config;

    public RegistryEndpoints(Config config) {
        this.config = config;
    }

    /** The configuration key of {@code property} ({@code url}, {@code every}) for {@code registry}. */
    public static String key(Registry registry, String property) {
        return "suite.registries." + registry.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + property;
    }

    /** The export's URL, when the registry is configured. */
    public Optional<URI> url(Registry registry) {
        return config.getOptionalValue(key(registry, "url"), String.class).map(String::strip).filter(s -> !s.isEmpty())
                .map(url -> {
                    URI uri = URI.create(url);
                    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                        throw new IllegalArgumentException(key(registry, "url") + " must be an http(s) URL, not " + url);
                    }
                    return uri;
                });
    }

    /** How often the schedule fetches the export; empty when it does not. */
    public Optional<Duration> every(Registry registry) {
        return config.getOptionalValue(key(registry, "every"), String.class).map(String::strip)
                .filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("off"))
                .map(DurationConverter::parseDuration)
                .filter(d -> !d.isZero() && !d.isNegative());
    }
}
