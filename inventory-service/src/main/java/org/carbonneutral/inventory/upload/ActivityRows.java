package org.carbonneutral.inventory.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * The rows of an upload, read as they arrive: each row's cells in {@link ActivityRowValidator#COLUMNS} order (a column
 * the row does not give is "") and the line it starts on. What is wrong with the file's shape rather than with a
 * row's values (an unknown or missing column, a line that is not a JSON object) is reported as a row error on the way.
 */
public interface ActivityRows {

    /** CSV with a header row naming the columns. */
    String CSV = "text/csv";
    /** JSON lines: one object a line, its fields named like the CSV columns. */
    String NDJSON = "application/x-ndjson";

    /** Moves to the next row: false at the end. */
    boolean next() throws IOException;

    /** The current row's cells, decoded. */
    String[] cells();

    /** The current row's cells as the bytes they were sent in, or null when the format has none to offer. */
    default RowBytes bytes() {
        return null;
    }

    /** The line the current row starts on (1-based). */
    long line();

    /** A row's cells as UTF-8 bytes where they lie: cell {@code column} (of COLUMNS) is [start, end) of buffer. */
    interface RowBytes {
        byte[] buffer();

        int start(int column);

        int end(int column);
    }

    /** The format of a {@code Content-Type}: {@link #CSV} or {@link #NDJSON}; any other is 415. */
    static String format(String mediaType) {
        String format = mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!format.equals(CSV) && !format.equals(NDJSON)) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "send activity data as " + CSV + " or " + NDJSON, null, null);
        }
        return format;
    }

    /** Starts reading {@code in} as {@code format} (reads a CSV header); shape errors go to {@code errors}. */
    static ActivityRows open(String format, InputStream in, Consumer<RowError> errors) throws IOException {
        return format.equals(CSV) ? new CsvActivityRows(in, errors) : new JsonLinesActivityRows(in, errors);
    }
}
