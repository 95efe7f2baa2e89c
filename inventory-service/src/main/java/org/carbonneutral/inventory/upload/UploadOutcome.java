package org.carbonneutral.inventory.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an upload job found: the rows and bytes it read, its row errors (every one counted, the first 1,000 kept) and
 * the sources its valid rows fill. Filled by the job's one thread.
 */
final class UploadOutcome {

    static final int MAX_STORED_ERRORS = 1000;

    private final List<RowError> errors = new ArrayList<>();
    private final Set<String> sources = new TreeSet<>();
    private int errorCount;
    private long rows;
    private long bytes;

    /** An outcome of one error and nothing read. */
    static UploadOutcome of(RowError error) {
        UploadOutcome outcome = new UploadOutcome();
        outcome.error(error);
        return outcome;
    }

    void error(RowError e) {
        errorCount++;
        if (errors.size() < MAX_STORED_ERRORS) {
            errors.add(e);
        }
    }

    void rowRead() {
        rows++;
    }

    void bytesRead(long bytes) {
        this.bytes = bytes;
    }

    void filled(String source) {
        sources.add(source);
    }

    List<RowError> errors() {
        return errors;
    }

    int errorCount() {
        return errorCount;
    }

    long rows() {
        return rows;
    }

    long bytes() {
        return bytes;
    }

    /** The sources the valid rows fill, sorted. */
    Set<String> sources() {
        return sources;
    }
}
