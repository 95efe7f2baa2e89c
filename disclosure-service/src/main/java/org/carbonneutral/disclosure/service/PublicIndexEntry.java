package org.carbonneutral.disclosure.service;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One declaration in a tenant's public index: its latest version, status and where to read it. */
@TemplateData
public record PublicIndexEntry(UUID declarationId, String subjectName, LocalDate periodStart, LocalDate periodEnd,
        int version, String status, String digest, OffsetDateTime publishedAt, OffsetDateTime withdrawnAt, String page,
        String json) {
}
