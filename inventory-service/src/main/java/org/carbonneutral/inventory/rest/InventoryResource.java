package org.carbonneutral.inventory.rest;

import jakarta.ws.rs.Path;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.service.InventoryService;
import org.carbonneutral.platform.part.PartResource;
import org.carbonneutral.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The inventory part of a declaration (rules INV-1, INV-3, INV-4). */
@Path("/api/inventories/{declarationId}")
@Tag(name = "Inventory")
public class InventoryResource extends PartResource<InventoryContent> {

    public InventoryResource(InventoryService inventory, Caller caller) {
        super(inventory.lifecycle(), caller);
    }
}
