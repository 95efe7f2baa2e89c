package org.carbonneutral.contracts;

import java.util.Arrays;
import java.util.Optional;
import org.carbonneutral.contracts.events.DeclarationOpened;
import org.carbonneutral.contracts.events.DeclarationPublished;
import org.carbonneutral.contracts.events.DeclarationWithdrawn;
import org.carbonneutral.contracts.events.InventoryActionRecorded;
import org.carbonneutral.contracts.events.InventoryApprovalRevoked;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.OffsetsActionRecorded;
import org.carbonneutral.contracts.events.OffsetsApprovalRevoked;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.PathwayActionRecorded;
import org.carbonneutral.contracts.events.PathwayApprovalRevoked;
import org.carbonneutral.contracts.events.PathwayApproved;

/** Every event the suite publishes: CloudEvents type, the topic it travels on, and its payload type. */
public enum EventType {
    DECLARATION_OPENED("disclosure.DeclarationOpened", Topics.DISCLOSURE, DeclarationOpened.class),
    DECLARATION_PUBLISHED("disclosure.DeclarationPublished", Topics.DISCLOSURE, DeclarationPublished.class),
    DECLARATION_WITHDRAWN("disclosure.DeclarationWithdrawn", Topics.DISCLOSURE, DeclarationWithdrawn.class),
    INVENTORY_APPROVED("inventory.InventoryApproved", Topics.INVENTORY, InventoryApproved.class),
    INVENTORY_APPROVAL_REVOKED("inventory.InventoryApprovalRevoked", Topics.INVENTORY, InventoryApprovalRevoked.class),
    INVENTORY_ACTION_RECORDED("inventory.InventoryActionRecorded", Topics.INVENTORY, InventoryActionRecorded.class),
    PATHWAY_APPROVED("pathway.PathwayApproved", Topics.PATHWAY, PathwayApproved.class),
    PATHWAY_APPROVAL_REVOKED("pathway.PathwayApprovalRevoked", Topics.PATHWAY, PathwayApprovalRevoked.class),
    PATHWAY_ACTION_RECORDED("pathway.PathwayActionRecorded", Topics.PATHWAY, PathwayActionRecorded.class),
    OFFSETS_APPROVED("offset.OffsetsApproved", Topics.OFFSET, OffsetsApproved.class),
    OFFSETS_APPROVAL_REVOKED("offset.OffsetsApprovalRevoked", Topics.OFFSET, OffsetsApprovalRevoked.class),
    OFFSETS_ACTION_RECORDED("offset.OffsetsActionRecorded", Topics.OFFSET, OffsetsActionRecorded.class);

    private final String ceType;
    private final String topic;
    private final Class<? extends Record> payloadType;

    EventType(String ceType, String topic, Class<? extends Record> payloadType) {
        this.ceType = ceType;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    public String ceType() {
        return ceType;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> payloadType() {
        return payloadType;
    }

    public static Optional<EventType> ofCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }
}
