package org.carbonneutral.offset;

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

    /** The content's credits, read for rules and snapshots. */
    @Transient
    public List<Credit> credits = List.of();

    /** The tenant's imported registry records overlapping the credits. */
    @Transient
    public List<RegistryRecord> registryRecords = List.of();
}
