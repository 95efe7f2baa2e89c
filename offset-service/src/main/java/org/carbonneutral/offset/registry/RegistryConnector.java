package org.carbonneutral.offset.registry;

import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.SQLException;
import org.carbonneutral.offset.config.RegistryEndpoints;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * Fetches a registry's public retirement export from its configured URL and imports it as the suite's shared records:
 * the registry is the only source of these records, never a claimant. A registry that cannot be reached (502) or an
 * export that is not understood whole (422) changes nothing. Blocking: call off the event loop.
 */
@Singleton
public class RegistryConnector {

    private final RegistryEndpoints endpoints;
    private final RegistryFetcher fetcher;
    private final RegistryImports imports;

    public RegistryConnector(RegistryEndpoints endpoints, RegistryFetcher fetcher, RegistryImports imports) {
        this.endpoints = endpoints;
        this.fetcher = fetcher;
        this.imports = imports;
    }

    /** Fetches and imports {@code registry}'s export; {@code triggeredBy} is the operator's user name or "schedule". */
    public RegistryImports.Imported fetch(Registry registry, String triggeredBy) throws SQLException {
        URI url = endpoints.url(registry).orElseThrow(() -> ProblemException.conflict("registry-not-configured",
                "no export URL is configured for " + registry.name() + " (" + registry.title() + "): set "
                        + RegistryEndpoints.key(registry, "url")));
        byte[] bytes = fetcher.fetch(registry, url);
        ExportReader.Export export = ExportReader.read(registry, url.toString(), bytes);
        return imports.store(registry, url.toString(), triggeredBy, bytes, export);
    }
}
