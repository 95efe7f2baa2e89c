package org.carbonneutral.disclosure.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The events a webhook endpoint may subscribe to, named after what disclosure-service sees: a part's approval or its
 * revocation (InventoryApproved, PathwayApproved, OffsetsApproved and their ApprovalRevoked events, as the approval
 * projection applies them), and a declaration's publication and withdrawal.
 */
public enum WebhookEventType {
    PART_APPROVED("part.approved"),
    PART_APPROVAL_REVOKED("part.approval_revoked"),
    DECLARATION_PUBLISHED("declaration.published"),
    DECLARATION_WITHDRAWN("declaration.withdrawn");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in payloads and subscriptions, e.g. {@code part.approved}. */
    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> of(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }

    /** The names, comma-separated, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(WebhookEventType::wireName).collect(Collectors.joining(", "));
    }
}
