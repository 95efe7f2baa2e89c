package org.carbonneutral.inventory.upload;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A bulk upload of activity data as its job stands: state (RUNNING, SUCCEEDED, FAILED), bytes of the body expected and
 * read, rows read, row errors (their count, and the first 1,000 as JSON), the revision it made, who sent it and when.
 */
public record ActivityUpload(
        UUID id,
        UUID declarationId,
        String uploadedBy,
        String state,
        long bytesTotal,
        long bytesRead,
        long rowsRead,
        int errorCount,
        String errors,
        Integer appliedRevision,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {
}
