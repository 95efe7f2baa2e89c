package org.carbonneutral.platform.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite's one CSV reader (RFC 4180): comma-separated cells, double-quoted cells with {@code ""} escapes and line
 * breaks, CRLF or LF line ends, a leading byte-order mark dropped, blank lines skipped. Unquoted cells are trimmed;
 * quoted cells are kept as written. Rows may be ragged: each has the cells it holds.
 * <p>
 * Three ways in, one parser: {@link #next()} streams records one by one with the line each starts on (a bulk upload of
 * millions of rows reads through a 64 KiB buffer and keeps nothing); {@link #table(Reader)} reads a whole table (the
 * factor reference tables); {@link #keyedByHeader(Reader)} reads rows as maps keyed by the header row (registry
 * exports).
 */
public final class CsvReader {

    private static final char BOM = '\uFEFF';

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int pos;
    private long line = 1;
    private long recordLine;
    private char[] field = new char[256];
    private int fieldLength;
    private final List<String> fields = new ArrayList<>(16);

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** Every record of {@code in}, each cell trimmed (quoted or not). */
    public static List<List<String>> table(Reader in) throws IOException {
        CsvReader reader = new CsvReader(in);
        List<List<String>> rows = new ArrayList<>();
        for (String[] cells = reader.next(); cells != null; cells = reader.next()) {
            List<String> row = new ArrayList<>(cells.length);
            for (String cell : cells) {
                row.add(cell.trim());
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The records after the header row, each a map from the (trimmed) header names to its cells, in header order. A
     * line of white space is skipped; a row shorter than the header maps only the cells it has; a row may end with one
     * empty cell beyond the header (a trailing comma), any other cell beyond it is an error.
     */
    public static List<Map<String, String>> keyedByHeader(Reader in) throws IOException {
        CsvReader reader = new CsvReader(in);
        String[] header = reader.next();
        List<Map<String, String>> rows = new ArrayList<>();
        if (header == null) {
            return rows;
        }
        for (int i = 0; i < header.length; i++) {
            header[i] = header[i].trim();
        }
        for (String[] cells = reader.next(); cells != null; cells = reader.next()) {
            if (cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            boolean trailingComma = cells.length == header.length + 1 && cells[header.length].isEmpty();
            if (cells.length > header.length && !trailingComma) {
                throw new IOException("line " + reader.recordLine() + ": " + cells.length + " cells, but the header names "
                        + header.length + " columns");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(cells.length, header.length); i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The cell {@code i} of a table row, or "" when the row is shorter. */
    public static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }

    /** The line the last record returned by {@link #next()} starts on (1-based). */
    public long recordLine() {
        return recordLine;
    }

    /**
     * The next record's cells, or null at the end. Throws when a quoted cell is not closed before the end, naming the
     * line it starts on.
     */
    public String[] next() throws IOException {
        fields.clear();
        fieldLength = 0;
        int c = read();
        while (c == '\n' || c == '\r') {
            if (c == '\n') {
                line++;
            }
            c = read();
        }
        if (c == -1) {
            return null;
        }
        if (c == BOM) {
            c = read();
        }
        recordLine = line;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException("line " + recordLine + ": a quoted field is not closed");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append((char) c);
                }
            } else if (c == ',') {
                fields.add(take(wasQuoted));
                wasQuoted = false;
            } else if (c == '\n' || c == -1) {
                if (c == '\n') {
                    line++;
                }
                fields.add(take(wasQuoted));
                return fields.toArray(new String[0]);
            } else if (c == '\r') {
                // CR of CRLF
            } else if (wasQuoted && (c == ' ' || c == '\t')) {
                // white space between a closing quote and the separator
            } else if (c == '"' && blank()) {
                quoted = true;
                wasQuoted = true;
                fieldLength = 0;
            } else {
                append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pos == length) {
            length = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[pos++];
    }

    private void append(char c) {
        if (fieldLength == field.length) {
            field = Arrays.copyOf(field, field.length * 2);
        }
        field[fieldLength++] = c;
    }

    private boolean blank() {
        for (int i = 0; i < fieldLength; i++) {
            if (!Character.isWhitespace(field[i])) {
                return false;
            }
        }
        return true;
    }

    /** The field read so far (unquoted fields trimmed), as a compact string; resets the field. */
    private String take(boolean quoted) {
        int from = 0;
        int to = fieldLength;
        if (!quoted) {
            while (from < to && field[from] <= ' ') {
                from++;
            }
            while (to > from && field[to - 1] <= ' ') {
                to--;
            }
        }
        fieldLength = 0;
        return from == to ? "" : new String(field, from, to - from);
    }
}
