package org.carbonneutral.inventory.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.carbonneutral.inventory.factors.FactorLibrary;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteStreamWriter;

/**
 * The fast way for plain rows ({@link PlainRowCopier}) against the validator that reads rows as text: it copies every
 * plain row, nothing else, and the COPY bytes it writes are those the validator's row would have.
 */
class PlainRowCopierTest {

    static final String HEADER = "source,quantity,unit,period_start,period_end,evidence,factor_ids,lookup_kind,"
            + "lookup_activity,lookup_set,lookup_year\n";
    static final String GRID = "TAIPOWER-GRID:2017-2024:purchased_electricity:電力:CO2E:2024";
    static final Set<String> SOURCES = Set.of("Diesel generators", "Purchased electricity", "鍋爐 \"B\"");
    static final FactorLibrary LIBRARY = FactorLibrary.reference();

    /** What both ways made of one row: the fast way's source (null: not taken) and bytes, the validator's. */
    record Outcome(String fast, byte[] fastBytes, ActivityRow slow, List<RowError> errors, byte[] slowBytes) {
    }

    static Outcome both(String row) throws Exception {
        ActivityRowValidator validator = new ActivityRowValidator(LIBRARY, SOURCES);
        PlainRowCopier plain = new PlainRowCopier(validator, SOURCES);
        List<RowError> shape = new ArrayList<>();
        ActivityRows rows = ActivityRows.open(ActivityRows.CSV,
                new ByteArrayInputStream((HEADER + row).getBytes(StandardCharsets.UTF_8)), shape::add);
        assertEquals(List.of(), shape);
        assertTrue(rows.next(), row);
        Captured fastSink = new Captured();
        ActivityRecords.Copy fastCopy = new ActivityRecords.Copy(null, fastSink, 7);
        String fast = plain.copy(rows.line(), rows.bytes(), fastCopy);
        fastCopy.flush();
        List<RowError> errors = new ArrayList<>();
        ActivityRow slow = validator.validate(rows.line(), rows.cells(), errors);
        Captured slowSink = new Captured();
        if (slow != null) {
            ActivityRecords.Copy slowCopy = new ActivityRecords.Copy(null, slowSink, 7);
            slowCopy.write(slow);
            slowCopy.flush();
        }
        return new Outcome(fast, fastSink.bytes.toByteArray(), slow, errors, slowSink.bytes.toByteArray());
    }

    @Test
    void plainRowsAreCopiedFromTheirBytesAsTheValidatorWouldCopyThem() throws Exception {
        for (String row : List.of(
                "Diesel generators,100.5,L,2025-01-01,2025-01-31,fuel card txn 1,,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n",
                "Purchased electricity,1000,kWh,2024-02-29,2024-02-29,meter reading 2," + GRID + ",,,,\n",
                "Purchased electricity,0,kWh,,,," + GRID + ",,,,\n",
                "Purchased electricity,0.000001,kWh,,,\"say \"\"hi\"\", 電錶 3\"," + GRID + ",,,,\n",
                "\"鍋爐 \"\"B\"\"\",999999999999999.999999,L,,,,,STATIONARY_COMBUSTION,柴油,,2025\n",
                "Diesel generators,12,L,,2025-03-01,發票 " + "字".repeat(497) + ",,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n")) {
            Outcome o = both(row);
            assertNotNull(o.slow(), row + ": " + o.errors());
            assertEquals(o.slow().source(), o.fast(), row);
            assertArrayEquals(o.slowBytes(), o.fastBytes(), row + "\n" + new String(o.fastBytes(), StandardCharsets.UTF_8));
        }
        assertEquals("7,2,\"Diesel generators\",100.5,\"L\",2025-01-01,2025-01-31,\"fuel card txn 1\",,"
                + "\"STATIONARY_COMBUSTION\",\"柴油\",\"MOENV-EF\",2025\n", new String(both(
                "Diesel generators,100.5,L,2025-01-01,2025-01-31,fuel card txn 1,,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n")
                .fastBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void rowsSpelledOtherwiseOrWrongAreLeftToTheValidator() throws Exception {
        String tail = ",,,," + GRID + ",,,,\n";
        // valid, but not in their plainest spelling: the validator copies them
        for (String quantity : List.of("007", "1e3", "+5", "5.", "1.50000000E+2")) {
            Outcome o = both("Purchased electricity," + quantity + ",kWh" + tail);
            assertNull(o.fast(), quantity);
            assertEquals(0, o.fastBytes().length);
        }
        assertNotNull(both("Purchased electricity,007,kWh" + tail).slow());
        assertNull(both("Diesel generators,1,L,,,,,STATIONARY_COMBUSTION,柴油,MOENV-EF,02025\n").fast());
        // wrong: the validator names the error
        for (String row : List.of(
                "Unknown source,1,kWh" + tail,
                "\"Purchased electricity \",1,kWh" + tail,
                "Purchased electricity,-1,kWh" + tail,
                "Purchased electricity,1234567890123456,kWh" + tail,
                "Purchased electricity,1.1234567,kWh" + tail,
                "Purchased electricity,,kWh" + tail,
                "Purchased electricity,1,kwh" + tail,
                "Purchased electricity,1,kWh,2025-02-29,,," + GRID + ",,,,\n",
                "Purchased electricity,1,kWh,2025-13-01,,," + GRID + ",,,,\n",
                "Purchased electricity,1,kWh,2025-1-01,,," + GRID + ",,,,\n",
                "Purchased electricity,1,kWh,2025-03-02,2025-03-01,," + GRID + ",,,,\n",
                "Purchased electricity,1,kWh,,," + "x".repeat(501) + "," + GRID + ",,,,\n",
                "Purchased electricity,1,kWh,,,," + GRID + ",STATIONARY_COMBUSTION,,,\n",
                "Purchased electricity,1,kWh,,,,,,,,\n",
                "Purchased electricity,1,kWh,,,,NO-SUCH-FACTOR,,,,\n",
                "Diesel generators,1,L,,,,,STATIONARY_COMBUSTION,柴油,MOENV-EF,\n",
                "Diesel generators,1,L,,,,,STATIONARY_COMBUSTION,柴油,MOENV-EF,20x5\n",
                "Diesel generators,1,L,,,,,STATIONARY_COMBUSTION,汽油?,MOENV-EF,2025\n",
                "Diesel generators,1,kWh,,,,,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n")) {
            Outcome o = both(row);
            assertNull(o.fast(), row);
            assertEquals(0, o.fastBytes().length, row);
            assertNull(o.slow(), row);
            assertTrue(!o.errors().isEmpty(), row);
        }
    }

    @Test
    void evidenceThatIsNotUtf8IsNotCopiedFromItsBytes() throws Exception {
        byte[] head = (HEADER + "Purchased electricity,1,kWh,,,bad ").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("," + GRID + ",,,,\n").getBytes(StandardCharsets.UTF_8);
        byte[] row = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, row, 0, head.length);
        row[head.length] = (byte) 0xE9;
        row[head.length + 1] = (byte) 0x80;
        System.arraycopy(tail, 0, row, head.length + 2, tail.length);
        ActivityRowValidator validator = new ActivityRowValidator(LIBRARY, SOURCES);
        ActivityRows rows = ActivityRows.open(ActivityRows.CSV, new ByteArrayInputStream(row), e -> { });
        assertTrue(rows.next());
        Captured sink = new Captured();
        assertNull(new PlainRowCopier(validator, SOURCES).copy(rows.line(), rows.bytes(),
                new ActivityRecords.Copy(null, sink, 1)));
    }

    /** Rows with bytes changed at random: whatever the fast way takes, the validator takes too, and copies the same. */
    @Test
    void mangledRowsNeverGetPastTheFastWayAlone() throws Exception {
        List<String> seeds = List.of(
                "Diesel generators,100.5,L,2025-01-01,2025-01-31,fuel card txn 1,,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n",
                "Purchased electricity,1000,kWh,2024-02-29,2024-02-29,meter reading 2," + GRID + ",,,,\n");
        byte[] alphabet = "0123456789.,-+eE\" ;:LkWh\n\r".getBytes(StandardCharsets.US_ASCII);
        Random random = new Random(17);
        int taken = 0;
        int tried = 0;
        for (int i = 0; i < 4000; i++) {
            byte[] row = seeds.get(i % 2).getBytes(StandardCharsets.UTF_8);
            for (int k = 1 + random.nextInt(2); k > 0; k--) {
                row[random.nextInt(row.length - 1)] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(row, StandardCharsets.UTF_8);
            Outcome o;
            try {
                o = both(text);
            } catch (IOException e) {
                continue; // a quoted cell left open: not a row
            }
            tried++;
            if (o.fast() != null) {
                taken++;
                assertNotNull(o.slow(), text + ": " + o.errors());
                assertArrayEquals(o.slowBytes(), o.fastBytes(), text);
            }
        }
        assertTrue(tried > 1000, "rows tried " + tried);
        assertTrue(taken > 100 && taken < tried, "rows the fast way took " + taken + " of " + tried);
    }

    @Test
    void quantitiesDatesAndYearsInTheirPlainSpelling() {
        byte[] b = "0|10|0.5|01|1.|.5|1234567890123456|123456789012345.123456|1.1234567|2024-02-29|2025-02-29|2025-04-31|9|0|".getBytes(StandardCharsets.US_ASCII);
        String[] cells = new String(b, StandardCharsets.US_ASCII).split("\\|");
        int at = 0;
        List<Boolean> quantity = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            quantity.add(PlainRowCopier.plainQuantity(b, at, at + cells[i].length()));
            at += cells[i].length() + 1;
        }
        assertEquals(List.of(true, true, true, false, false, false, false, true, false), quantity);
        List<Boolean> dates = new ArrayList<>();
        for (int i = 9; i < 12; i++) {
            dates.add(PlainRowCopier.date(b, at, at + cells[i].length()));
            at += cells[i].length() + 1;
        }
        assertEquals(List.of(true, false, false), dates);
        assertTrue(PlainRowCopier.plainYear(b, at, at + 1));
        assertTrue(!PlainRowCopier.plainYear(b, at + 2, at + 3));
    }

    /** The bytes a COPY would have sent. */
    static final class Captured implements CopyIn {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void writeToCopy(byte[] buf, int off, int siz) {
            bytes.write(buf, off, siz);
        }

        @Override
        public void writeToCopy(ByteStreamWriter from) throws SQLException {
            throw new SQLException("not used");
        }

        @Override
        public void flushCopy() {
        }

        @Override
        public long endCopy() {
            return 0;
        }

        @Override
        public int getFieldCount() {
            return 13;
        }

        @Override
        public int getFormat() {
            return 0;
        }

        @Override
        public int getFieldFormat(int field) {
            return 0;
        }

        @Override
        public boolean isActive() {
            return true;
        }

        @Override
        public void cancelCopy() {
        }

        @Override
        public long getHandledRowCount() {
            return 0;
        }
    }
}
