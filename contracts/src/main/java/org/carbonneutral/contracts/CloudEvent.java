package org.carbonneutral.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 JSON envelope (structured mode). {@code subject} is the declaration id, which is also the
 * Kafka record key; {@code tenant} is an extension attribute carrying the owning tenant.
 */
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String tenant,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";

    public UUID declarationId() {
        return UUID.fromString(subject);
    }
}
