package org.carbonneutral.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.carbonneutral.platform.part.PartEntity;

/** The pathway part of one declaration: baseline and targets, revision and approval. */
@Entity
@Table(name = "part")
public class PathwayPart extends PartEntity {

    /** True while a version of this declaration is published and not withdrawn. */
    @Column(nullable = false)
    public boolean declared;
}
