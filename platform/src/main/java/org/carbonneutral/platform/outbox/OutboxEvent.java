package org.carbonneutral.platform.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of the transactional outbox: written in the same transaction as the change it announces, published by
 * {@link OutboxRelay} in insertion order, then marked sent. The column {@code seq} (an identity) orders rows.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_key", nullable = false)
    public String eventKey;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The W3C {@code traceparent} of the change that recorded the event, where it was traced. */
    @Column(name = "trace_parent")
    public String traceParent;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
