package org.carbonneutral.disclosure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * A tenant's webhook endpoint: the URL, the event types it subscribes to, its signing secret (and, for a while after a
 * rotation, the previous one), and whether it is enabled, with why it was disabled.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false, columnDefinition = "text")
    public String url;

    @Column(columnDefinition = "text")
    public String description;

    /** Comma-separated event type names. */
    @Column(name = "event_types", nullable = false, columnDefinition = "text")
    public String eventTypes;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "disabled_reason", columnDefinition = "text")
    public String disabledReason;

    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;

    @Column(nullable = false, columnDefinition = "text")
    public String secret;

    @Column(name = "previous_secret", columnDefinition = "text")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public OffsetDateTime previousSecretExpiresAt;

    @Column(name = "secret_rotated_at")
    public OffsetDateTime secretRotatedAt;

    @Column(name = "failed_deliveries_in_row", nullable = false)
    public int failedDeliveriesInRow;

    @Column(name = "failing_since")
    public OffsetDateTime failingSince;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public List<String> eventTypeList() {
        return Arrays.asList(eventTypes.split(","));
    }

    /** {@code found} when it is an endpoint of {@code tenant}; otherwise a 404, as another tenant's id answers. */
    public static WebhookEndpoint ofTenant(WebhookEndpoint found, String tenant, UUID id) {
        if (found == null || !found.tenant.equals(tenant)) {
            throw ProblemException.notFound("webhook endpoint " + id);
        }
        return found;
    }
}
