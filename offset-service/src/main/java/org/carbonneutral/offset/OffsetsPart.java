package org.carbonneutral.offset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;
import org.carbonneutral.offset.domain.Credit;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.platform.part.PartEntity;

/** The offsets part of one declaration: the credits retired for it, revision and approval. */
@Entity
@Table(name = "part")
public class OffsetsPart extends PartEntity {

    /** The latest approved pathway revision of the declaration, and the inventory revision it was approved against. */
    @Column(name = "pathway_revision")
    public Integer pathwayRevision;

    @Column(name = "pathway_inventory_revision")
    public Integer pathwayInventoryRevision;

    /** The pathway revision the standing approval was checked against. */
    @Column(name = "approved_pathway_revision")
    public Integer approvedPathwayRevision;

    /** The content's credits, read for rules and snapshots. */
    @Transient
    public List<Credit> credits = List.of();

    /** The tenant's imported registry records overlapping the credits. */
    @Transient
    public List<RegistryRecord> registryRecords = List.of();
}
