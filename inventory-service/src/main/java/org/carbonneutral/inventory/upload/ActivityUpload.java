package org.carbonneutral.inventory.upload;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A bulk upload of activity data and its job state (RUNNING, SUCCEEDED, FAILED), progress and row errors. */
@Entity
@Table(name = "activity_upload")
public class ActivityUpload extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "declaration_id", nullable = false)
    public UUID declarationId;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(nullable = false)
    public String format;

    @Column(nullable = false)
    public String state;

    @Column(name = "expected_revision", nullable = false)
    public int expectedRevision;

    @Column(name = "bytes_total", nullable = false)
    public long bytesTotal;

    @Column(name = "bytes_read", nullable = false)
    public long bytesRead;

    @Column(name = "rows_read", nullable = false)
    public long rowsRead;

    @Column(name = "error_count", nullable = false)
    public int errorCount;

    @Column(columnDefinition = "text")
    public String errors;

    @Column(name = "applied_revision")
    public Integer appliedRevision;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
