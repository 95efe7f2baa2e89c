package org.carbonneutral.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.carbonneutral.platform.part.PartEntity;

/**
 * The inventory part of one declaration: its content (sources, exclusions, verification, removals, products),
 * revision and approval, and the bulk activity upload in force for this revision.
 */
@Entity
@Table(name = "part")
public class InventoryPart extends PartEntity {

    @Column(name = "activity_upload_id")
    public UUID activityUploadId;

    /** JSON array of the source names the upload in force holds rows for. */
    @Column(name = "activity_upload_sources", columnDefinition = "text")
    public String activityUploadSources;
}
