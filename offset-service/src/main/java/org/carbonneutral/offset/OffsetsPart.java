package org.carbonneutral.offset;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.carbonneutral.platform.part.PartEntity;

/** The offsets part of one declaration: the credits retired for it, revision and approval. */
@Entity
@Table(name = "part")
public class OffsetsPart extends PartEntity {
}
