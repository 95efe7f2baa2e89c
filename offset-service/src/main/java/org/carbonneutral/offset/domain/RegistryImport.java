package org.carbonneutral.offset.domain;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.carbonneutral.offset.serial.Registry;

/**
 * One registry export the suite fetched and imported: where it came from ({@code source}, the export's URL), when, its
 * SHA-256, its rows, the retirements among them, how many record versions it added ({@code recordsChanged}: new or
 * changed records), and who or what triggered it (the operator's user name, or {@code schedule}).
 */
public record RegistryImport(UUID id, Registry registry, String source, OffsetDateTime fetchedAt, String sha256, int rows,
        int retirements, int recordsChanged, String triggeredBy) {

    /** What {@code triggeredBy} says of a scheduled fetch. */
    public static final String SCHEDULE = "schedule";
}
