package org.carbonneutral.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.carbonneutral.platform.part.PartEntity;

/** The inventory part of one declaration: its sources and products, revision and approval. */
@Entity
@Table(name = "part")
public class InventoryPart extends PartEntity {
}
