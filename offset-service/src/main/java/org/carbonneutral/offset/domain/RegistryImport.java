package org.carbonneutral.offset.domain;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.carbonneutral.offset.serial.Registry;

/** A registry export a tenant imported: where it came from, its SHA-256, its rows and the retirements among them. */
public record RegistryImport(UUID id, Registry registry, String source, String sha256, int rows, int retirements,
        String importedBy, OffsetDateTime importedAt) {
}
