package org.carbonneutral.inventory.upload;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma-separated fields, double-quoted fields with "" escapes and line breaks, CRLF or
 * LF. Reads through a 64 KiB buffer and reports the line each record starts on, so errors point at the right line even
 * after a quoted line break.
 */
final class CsvRecords {

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int pos;
    private long line = 1;
    private long recordLine;
    private char[] field = new char[256];
    private int fieldLength;
    private final List<String> fields = new ArrayList<>(16);

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The line the last record returned by {@link #next()} starts on (1-based). */
    long recordLine() {
        return recordLine;
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
            field = java.util.Arrays.copyOf(field, field.length * 2);
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

    /** The next record's fields, or null at the end. A blank line is skipped. */
    String[] next() throws IOException {
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
        if (c == '\uFEFF') {
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
}
