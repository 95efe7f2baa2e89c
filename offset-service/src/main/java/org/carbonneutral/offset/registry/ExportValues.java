package org.carbonneutral.offset.registry;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the values of a registry export: its bytes as UTF-8, dates, whole numbers and years, each or a reason. */
final class ExportValues {

    /** yyyy-MM-dd, optionally followed by a time (2026-04-13T12:35:58.842275, 2026-04-10 09:00). */
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");
    /** M/d/yyyy as the US registries write it, optionally with a time (4/13/2026 7:17:56 PM, 04/08/2026). */
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: .*)?");
    /** yyyy/M/d, or the Republic of China calendar MOENV uses (114/03/15 = 2025-03-15), optionally with a time. */
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{2,4})/(\\d{1,2})/(\\d{1,2})(?: .*)?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final int ROC_OFFSET = 1911;

    private ExportValues() {
    }

    /** A value that cannot be read: the reason, in words. */
    static final class Unreadable extends Exception {

        private final long line;

        Unreadable(String reason) {
            this(reason, 0);
        }

        Unreadable(String reason, long line) {
            super(reason, null, false, false);
            this.line = line;
        }

        /** The line the value is on, where the reader knows it (0 otherwise). */
        long line() {
            return line;
        }
    }

    /**
     * Checks that {@code bytes} are UTF-8 (decoding in small steps, so that a large export is not held twice); a
     * malformed or unmappable sequence is refused, naming the line it is on and its byte offset (from 0).
     */
    static void utf8(byte[] bytes) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            out.clear();
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new Unreadable("invalid UTF-8 at byte offset " + offset + " (0x" + String.format("%02X", bytes[offset] & 0xff)
                    + "); a registry export is UTF-8 text", line);
        }
    }

    /** The date of ISO (2026-04-10), US (4/13/2026 7:17:56 PM) or ROC/year-first (114/03/15, 2025/03/15) text. */
    static LocalDate date(String text) throws Unreadable {
        String t = text.trim();
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = US.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = YEAR_FIRST.matcher(t);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                return LocalDate.of(year < 1000 ? year + ROC_OFFSET : year, Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            throw new Unreadable("'" + t + "' is not a date: " + e.getMessage());
        }
        throw new Unreadable("'" + t + "' is not a date; expected yyyy-MM-dd, M/d/yyyy or yyyy/MM/dd (ROC years too, e.g. "
                + "114/03/15)");
    }

    /** A whole, positive number of credits, thousands separated by commas or not (28,571). */
    static long quantity(String text) throws Unreadable {
        String t = text.trim();
        if (!WHOLE.matcher(t).matches() || t.replace(",", "").length() > 15 || Long.parseLong(t.replace(",", "")) < 1) {
            throw new Unreadable("'" + t + "' is not a whole number of credits");
        }
        return Long.parseLong(t.replace(",", ""));
    }

    /** A four-digit year (2025). */
    static int year(String text) throws Unreadable {
        String t = text.trim();
        if (!t.matches("\\d{4}")) {
            throw new Unreadable("'" + t + "' is not a year");
        }
        return Integer.parseInt(t);
    }
}
