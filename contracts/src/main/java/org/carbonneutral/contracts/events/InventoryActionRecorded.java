package org.carbonneutral.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.carbonneutral.contracts.PartActionRecord;

/** An action on the inventory part, for the declaration's trail. */
public record InventoryActionRecorded(
        UUID declarationId,
        int revision,
        String action,
        String actor,
        OffsetDateTime at,
        String detail) implements PartActionRecord {
}
