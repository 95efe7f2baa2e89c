package org.carbonneutral.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 JSON envelope (structured mode). {@code subject} is the declaration id, which is also the
 * Kafka record key; {@code tenant} is an extension attribute carrying the owning tenant; {@code traceparent} is the
 * CloudEvents Distributed Tracing extension: the W3C trace context of the change that recorded the event (absent where
 * none was traced).
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
        JsonNode data,
        @JsonInclude(JsonInclude.Include.NON_NULL) String traceparent) {

    public static final String SPEC_VERSION = "1.0";

    /** The same event, recorded under the trace context {@code traceparent}. */
    public CloudEvent tracedBy(String traceparent) {
        return new CloudEvent(specversion, id, source, type, subject, time, datacontenttype, tenant, data, traceparent);
    }

    public UUID declarationId() {
        return UUID.fromString(subject);
    }
}
