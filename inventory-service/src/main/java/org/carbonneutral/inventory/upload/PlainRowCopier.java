package org.carbonneutral.inventory.upload;

import static org.carbonneutral.inventory.upload.ActivityRowValidator.EVIDENCE;
import static org.carbonneutral.inventory.upload.ActivityRowValidator.FACTOR_IDS;
import static org.carbonneutral.inventory.upload.ActivityRowValidator.LOOKUP_ACTIVITY;
import static org.carbonneutral.inventory.upload.ActivityRowValidator.LOOKUP_KIND;
import static org.carbonneutral.inventory.upload.ActivityRowValidator.LOOKUP_SET;
import static org.carbonneutral.inventory.upload.ActivityRowValidator.LOOKUP_YEAR;
import static org.carbonneutral.inventory.upload.ActivityRowValidator.PERIOD_END;
import static org.carbonneutral.inventory.upload.ActivityRowValidator.PERIOD_START;
import static org.carbonneutral.inventory.upload.ActivityRowValidator.QUANTITY;
import static org.carbonneutral.inventory.upload.ActivityRowValidator.SOURCE;
import static org.carbonneutral.inventory.upload.ActivityRowValidator.UNIT;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Year;
import java.util.Arrays;
import java.util.Collection;
import org.carbonneutral.inventory.factors.ActivityUnits;
import org.carbonneutral.inventory.upload.ActivityRows.RowBytes;

/**
 * The fast way for a row in its plainest spelling: checked on the bytes it came in and copied into COPY as they are,
 * with no string or number made of it. Plain is: a source and a unit spelled as the inventory and the unit table spell
 * them; a quantity of digits with at most one decimal point, no sign, no exponent, no leading zero, at most 15 integer
 * and 6 decimal digits; ISO dates (yyyy-MM-dd) that exist and are in order; evidence of at most 500 characters of
 * valid UTF-8; factor_ids or a lookup (exactly one), the lookup's year digits without a leading zero; a reference that
 * resolves (asked of the {@link ActivityRowValidator}, once per distinct reference). Any other row — wrong, or right
 * but spelled otherwise — is not copied here: {@link #copy} answers null and the validator reads it as text, which
 * gives the same rules their errors. For a row both accept, both write the same bytes (PlainRowCopierTest).
 */
final class PlainRowCopier {

    private static final int MAX_EVIDENCE = 500;

    private final ActivityRowValidator validator;
    private final String[] sources;
    private final byte[][] sourceBytes;
    private final String[] units;
    private final byte[][] unitBytes;
    /** The last few references met: their five cells' bytes and unit, and whether they resolve. */
    private final byte[][][] recent = new byte[8][][];
    private final int[] recentUnit = new int[8];
    private final boolean[] recentResolves = new boolean[8];
    private int recentNext;

    PlainRowCopier(ActivityRowValidator validator, Collection<String> sources) {
        this.validator = validator;
        this.sources = sources.toArray(new String[0]);
        this.sourceBytes = utf8(this.sources);
        this.units = ActivityUnits.symbols().toArray(new String[0]);
        this.unitBytes = utf8(this.units);
    }

    /**
     * Copies the row when it is valid and plain, answering the source it fills; null when it is not, with nothing
     * written.
     */
    String copy(long line, RowBytes row, ActivityRecords.Copy copy) throws SQLException {
        byte[] b = row.buffer();
        int source = match(b, row.start(SOURCE), row.end(SOURCE), sourceBytes);
        if (source < 0) {
            return null;
        }
        int qs = row.start(QUANTITY);
        int qe = row.end(QUANTITY);
        if (!plainQuantity(b, qs, qe)) {
            return null;
        }
        int unit = match(b, row.start(UNIT), row.end(UNIT), unitBytes);
        if (unit < 0) {
            return null;
        }
        int ss = row.start(PERIOD_START);
        int se = row.end(PERIOD_START);
        int es = row.start(PERIOD_END);
        int ee = row.end(PERIOD_END);
        if (ss != se && !date(b, ss, se) || es != ee && !date(b, es, ee)
                || ss != se && es != ee && Arrays.compare(b, es, ee, b, ss, se) < 0) {
            return null;
        }
        int vs = row.start(EVIDENCE);
        int ve = row.end(EVIDENCE);
        if (!text(b, vs, ve, MAX_EVIDENCE)) {
            return null;
        }
        int fs = row.start(FACTOR_IDS);
        int fe = row.end(FACTOR_IDS);
        int ks = row.start(LOOKUP_KIND);
        int ke = row.end(LOOKUP_KIND);
        int as = row.start(LOOKUP_ACTIVITY);
        int ae = row.end(LOOKUP_ACTIVITY);
        int ts = row.start(LOOKUP_SET);
        int te = row.end(LOOKUP_SET);
        int ys = row.start(LOOKUP_YEAR);
        int ye = row.end(LOOKUP_YEAR);
        boolean lookup = ks != ke || as != ae || ts != te || ys != ye;
        if ((fs == fe) != lookup || lookup && !plainYear(b, ys, ye) || !resolves(row, unit)) {
            return null;
        }
        copy.start(line);
        copy.quoted(sourceBytes[source], 0, sourceBytes[source].length);
        copy.raw(b, qs, qe);
        copy.quoted(unitBytes[unit], 0, unitBytes[unit].length);
        rawOrNone(copy, b, ss, se);
        rawOrNone(copy, b, es, ee);
        quotedOrNone(copy, b, vs, ve);
        quotedOrNone(copy, b, fs, fe);
        if (lookup) {
            copy.quoted(b, ks, ke);
            copy.quoted(b, as, ae);
        } else {
            copy.none();
            copy.none();
        }
        quotedOrNone(copy, b, ts, te);
        rawOrNone(copy, b, ys, ye);
        copy.end();
        return sources[source];
    }

    /** Whether the row's reference resolves: remembered for the last few, else asked of the validator. */
    private boolean resolves(RowBytes row, int unit) {
        byte[] b = row.buffer();
        for (int i = 0; i < recent.length; i++) {
            byte[][] r = recent[i];
            if (r != null && recentUnit[i] == unit && same(b, row, FACTOR_IDS, r[0]) && same(b, row, LOOKUP_KIND, r[1])
                    && same(b, row, LOOKUP_ACTIVITY, r[2]) && same(b, row, LOOKUP_SET, r[3])
                    && same(b, row, LOOKUP_YEAR, r[4])) {
                return recentResolves[i];
            }
        }
        byte[][] cells = {slice(b, row, FACTOR_IDS), slice(b, row, LOOKUP_KIND), slice(b, row, LOOKUP_ACTIVITY),
                slice(b, row, LOOKUP_SET), slice(b, row, LOOKUP_YEAR)};
        boolean resolves = validator.referenceProblem(text(cells[0]), text(cells[1]), text(cells[2]), text(cells[3]),
                text(cells[4]), units[unit]).isEmpty();
        recent[recentNext] = cells;
        recentUnit[recentNext] = unit;
        recentResolves[recentNext] = resolves;
        recentNext = (recentNext + 1) % recent.length;
        return resolves;
    }

    private static boolean same(byte[] b, RowBytes row, int column, byte[] cell) {
        int from = row.start(column);
        return row.end(column) - from == cell.length && Arrays.equals(b, from, from + cell.length, cell, 0, cell.length);
    }

    private static byte[] slice(byte[] b, RowBytes row, int column) {
        return Arrays.copyOfRange(b, row.start(column), row.end(column));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The index of the entry of {@code known} that is exactly bytes [from, to), or -1. */
    private static int match(byte[] b, int from, int to, byte[][] known) {
        int n = to - from;
        for (int i = 0; i < known.length; i++) {
            byte[] k = known[i];
            if (k.length == n && Arrays.equals(b, from, to, k, 0, n)) {
                return i;
            }
        }
        return -1;
    }

    /** (0|[1-9][0-9]*)(\.[0-9]+)? with at most 15 integer and 6 decimal digits: BigDecimal's plain string of itself. */
    static boolean plainQuantity(byte[] b, int from, int to) {
        int i = from;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        int integer = i - from;
        if (integer == 0 || integer > 15 || integer > 1 && b[from] == '0') {
            return false;
        }
        if (i == to) {
            return true;
        }
        if (b[i] != '.') {
            return false;
        }
        int fraction = to - i - 1;
        if (fraction < 1 || fraction > 6) {
            return false;
        }
        for (int k = i + 1; k < to; k++) {
            if (b[k] < '0' || b[k] > '9') {
                return false;
            }
        }
        return true;
    }

    /** [1-9][0-9]{0,8}: Integer's string of itself. */
    static boolean plainYear(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 1 || n > 9 || b[from] == '0') {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /** yyyy-MM-dd naming a day that exists. */
    static boolean date(byte[] b, int from, int to) {
        if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
            return false;
        }
        int y = digits(b, from, from + 4);
        int m = digits(b, from + 5, from + 7);
        int d = digits(b, from + 8, from + 10);
        if (y < 0 || m < 1 || m > 12 || d < 1) {
            return false;
        }
        int days = switch (m) {
            case 2 -> Year.isLeap(y) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return d <= days;
    }

    private static int digits(byte[] b, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    /** Valid UTF-8 of at most {@code max} UTF-16 characters (as String.length counts them). */
    static boolean text(byte[] b, int from, int to, int max) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                String s = new String(b, from, to - from, StandardCharsets.UTF_8);
                byte[] again = s.getBytes(StandardCharsets.UTF_8);
                return s.length() <= max && Arrays.equals(again, 0, again.length, b, from, to);
            }
        }
        return to - from <= max;
    }

    private static void rawOrNone(ActivityRecords.Copy copy, byte[] b, int from, int to) throws SQLException {
        if (from == to) {
            copy.none();
        } else {
            copy.raw(b, from, to);
        }
    }

    private static void quotedOrNone(ActivityRecords.Copy copy, byte[] b, int from, int to) throws SQLException {
        if (from == to) {
            copy.none();
        } else {
            copy.quoted(b, from, to);
        }
    }

    private static byte[][] utf8(String[] texts) {
        byte[][] bytes = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            bytes[i] = texts[i].getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }
}
