package org.carbonneutral.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite's one CSV reader (RFC 4180) over UTF-8 bytes: comma-separated cells, double-quoted cells with {@code ""}
 * escapes and line breaks, CRLF or LF line ends, a leading byte-order mark dropped, blank lines skipped. Unquoted cells
 * are trimmed; quoted cells are kept as written. Rows may be ragged: each has the cells it holds.
 * <p>
 * The scan is one loop over a byte buffer: a record's cells stay where they were read (a quoted cell's {@code ""} is
 * collapsed in place), so {@link #nextRecord()} makes no object per cell or per character. A caller that only checks
 * and copies cells reads them as bytes ({@link #buffer()}, {@link #start(int)}, {@link #end(int)}); {@link #cell(int)}
 * and {@link #next()} decode them to strings.
 * <p>
 * Three ways in, one parser: {@link #nextRecord()} / {@link #next()} stream records one by one with the line each
 * starts on (a bulk upload of millions of rows reads through a 64 KiB buffer and keeps nothing);
 * {@link #table(InputStream)} reads a whole table (the factor reference tables); {@link #keyedByHeader(InputStream)}
 * reads rows as maps keyed by the header row (registry exports).
 */
public final class CsvReader {

    private static final byte QUOTE = '"';
    private static final byte COMMA = ',';
    private static final byte LF = '\n';
    private static final byte CR = '\r';

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    /** Bytes of {@link #buf} holding data; {@link #pos} is the next to scan. */
    private int limit;
    private int pos;
    private boolean eof;
    private long line = 1;
    private long recordLine;
    /** The cells of the current record: [start, end) in {@link #buf}, two ints a cell. */
    private int[] bounds = new int[32];
    private int cells;

    public CsvReader(InputStream in) {
        this.in = in;
    }

    /** Every record of {@code in}, each cell trimmed (quoted or not). */
    public static List<List<String>> table(InputStream in) throws IOException {
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
    public static List<Map<String, String>> keyedByHeader(InputStream in) throws IOException {
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

    /** The line the last record read starts on (1-based). */
    public long recordLine() {
        return recordLine;
    }

    /** The next record's cells as strings, or null at the end. */
    public String[] next() throws IOException {
        if (!nextRecord()) {
            return null;
        }
        String[] out = new String[cells];
        for (int i = 0; i < cells; i++) {
            out[i] = cell(i);
        }
        return out;
    }

    /** The number of cells of the current record. */
    public int cells() {
        return cells;
    }

    /** Cell {@code i} of the current record, decoded ("" past its last cell). */
    public String cell(int i) {
        if (i >= cells) {
            return "";
        }
        int from = bounds[2 * i];
        int to = bounds[2 * i + 1];
        return from == to ? "" : new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** The buffer holding the current record's cells; valid until the next {@link #nextRecord()}. */
    public byte[] buffer() {
        return buf;
    }

    /** Where cell {@code i} of the current record starts in {@link #buffer()}. */
    public int start(int i) {
        return bounds[2 * i];
    }

    /** Where cell {@code i} of the current record ends in {@link #buffer()} (exclusive). */
    public int end(int i) {
        return bounds[2 * i + 1];
    }

    /**
     * Reads the next record: false at the end. Throws when a quoted cell is not closed before the end, naming the line
     * it starts on.
     */
    public boolean nextRecord() throws IOException {
        cells = 0;
        // blank lines
        while (true) {
            if (pos == limit) {
                // nothing of a record is held: read on at the front
                pos = 0;
                limit = 0;
                if (!fill()) {
                    return false;
                }
            }
            byte b = buf[pos];
            if (b == LF) {
                line++;
            } else if (b != CR) {
                break;
            }
            pos++;
        }
        // a byte-order mark (at the start of the input, or of a record) is not part of the record
        if (available(3) >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
            pos += 3;
        }
        recordLine = line;
        int recordStart = pos;
        int r = pos;
        int cellStart = pos;
        int w = pos;
        boolean quoted = false;
        boolean wasQuoted = false;
        // a quote just ended a quoted run: a quote next is an escaped one
        boolean closing = false;
        while (true) {
            if (r == limit) {
                int moved = compact(recordStart);
                recordStart -= moved;
                r -= moved;
                cellStart -= moved;
                w -= moved;
                if (!fill()) {
                    if (quoted) {
                        throw new IOException("line " + recordLine + ": a quoted field is not closed");
                    }
                    addCell(cellStart, w, wasQuoted);
                    pos = r;
                    return true;
                }
            }
            byte b = buf[r];
            if (closing) {
                closing = false;
                if (b == QUOTE) {
                    quoted = true;
                    buf[w++] = QUOTE;
                    r++;
                    continue;
                }
            }
            if (quoted) {
                if (b == QUOTE) {
                    quoted = false;
                    closing = true;
                } else {
                    if (b == LF) {
                        line++;
                    }
                    buf[w++] = b;
                }
                r++;
            } else if (b == COMMA) {
                addCell(cellStart, w, wasQuoted);
                r++;
                cellStart = r;
                w = r;
                wasQuoted = false;
            } else if (b == LF) {
                line++;
                addCell(cellStart, w, wasQuoted);
                pos = r + 1;
                return true;
            } else if (b == CR) {
                r++;
            } else if (wasQuoted && (b == ' ' || b == '\t')) {
                r++;
            } else if (b == QUOTE && blank(cellStart, w)) {
                quoted = true;
                wasQuoted = true;
                w = cellStart;
                r++;
            } else {
                buf[w++] = b;
                r++;
            }
        }
    }

    /**
     * Whether the cell so far, bytes [from, to), is only white space ({@link Character#isWhitespace}): a quote then
     * opens a quoted cell. Decoded only for a quote after something (a quote normally starts its cell).
     */
    private boolean blank(int from, int to) {
        if (from == to) {
            return true;
        }
        String cell = new String(buf, from, to - from, StandardCharsets.UTF_8);
        for (int i = 0; i < cell.length(); i++) {
            if (!Character.isWhitespace(cell.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Records cell [from, to), trimming an unquoted one. */
    private void addCell(int from, int to, boolean quoted) {
        if (!quoted) {
            while (from < to && (buf[from] & 0xff) <= ' ') {
                from++;
            }
            while (to > from && (buf[to - 1] & 0xff) <= ' ') {
                to--;
            }
        }
        if (2 * cells + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * cells] = from;
        bounds[2 * cells + 1] = to;
        cells++;
    }

    /**
     * Moves the record being read (from {@code recordStart}) to the front of the buffer, growing the buffer when the
     * record fills it; returns how far it moved (the cells recorded so far move with it).
     */
    private int compact(int recordStart) {
        if (recordStart == 0) {
            if (limit == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            return 0;
        }
        System.arraycopy(buf, recordStart, buf, 0, limit - recordStart);
        limit -= recordStart;
        pos = 0;
        for (int i = 0; i < 2 * cells; i++) {
            bounds[i] -= recordStart;
        }
        return recordStart;
    }

    /** Reads more after {@link #limit} (everything before it stays); false at the end of the input. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    /**
     * Makes at least {@code n} bytes available at {@link #pos} if the input has them (between records: what is left
     * moves to the front first); returns how many there are.
     */
    private int available(int n) throws IOException {
        if (limit - pos < n) {
            compact(pos);
            while (limit - pos < n && fill()) {
                // read on
            }
        }
        return limit - pos;
    }
}
