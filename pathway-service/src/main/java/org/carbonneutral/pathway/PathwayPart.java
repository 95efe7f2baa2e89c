package org.carbonneutral.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;
import org.carbonneutral.pathway.domain.SubjectPeriod;
import org.carbonneutral.platform.part.PartEntity;

/** The pathway part of one declaration: baseline and targets, revision and approval. */
@Entity
@Table(name = "part")
public class PathwayPart extends PartEntity {

    /** True while a version of this declaration is published and not withdrawn. */
    @Column(nullable = false)
    public boolean declared;

    /** The subject's earlier periods with an approved inventory, loaded for rules and snapshots. */
    @Transient
    public List<SubjectPeriod> history = List.of();

    /** The period the baseline is taken from, when the baseline names an approved inventory and it was found. */
    @Transient
    public SubjectPeriod baselinePeriod;
}
