package org.carbonneutral.inventory.upload;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.json.Json;

/**
 * An upload job as a client polls it: state, percent of the body read (null while its length is unknown), rows, rows
 * per second, errors.
 */
public record UploadView(
        UUID id,
        UUID declarationId,
        String state,
        BigDecimal percent,
        long rowsRead,
        long rowsPerSecond,
        int errorCount,
        List<RowError> errors,
        Integer appliedRevision,
        String uploadedBy,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    private static final TypeReference<List<RowError>> ERRORS = new TypeReference<>() {
    };

    public static UploadView of(ActivityUpload u) {
        BigDecimal percent = u.bytesTotal() == 0
                ? (u.finishedAt() == null ? null : BigDecimal.valueOf(100).setScale(1))
                : BigDecimal.valueOf(u.bytesRead() * 100).divide(BigDecimal.valueOf(u.bytesTotal()), 1,
                        RoundingMode.DOWN);
        OffsetDateTime end = u.finishedAt() == null ? OffsetDateTime.now(ZoneOffset.UTC) : u.finishedAt();
        long millis = Math.max(1, Duration.between(u.startedAt(), end).toMillis());
        List<RowError> errors;
        try {
            errors = u.errors() == null ? List.of() : Json.mapper().readValue(u.errors(), ERRORS);
        } catch (Exception e) {
            throw new IllegalStateException("stored upload errors unreadable", e);
        }
        return new UploadView(u.id(), u.declarationId(), u.state(), percent, u.rowsRead(), u.rowsRead() * 1000 / millis,
                u.errorCount(), errors, u.appliedRevision(), u.uploadedBy(), u.startedAt(), u.finishedAt());
    }
}
