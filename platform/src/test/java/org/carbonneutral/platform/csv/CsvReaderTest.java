package org.carbonneutral.platform.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static InputStream in(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The same bytes, handed over one at a time: every cell, quote pair and line end crosses a read. */
    private static InputStream trickle(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    private static List<String[]> records(String csv) throws IOException {
        CsvReader reader = new CsvReader(in(csv));
        List<String[]> records = new ArrayList<>();
        for (String[] r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void quotedFieldsEscapesLineBreaksAndLineNumbers() throws IOException {
        CsvReader r = new CsvReader(in("\uFEFFa,b,c\r\n"
                + " x , \"y, \"\"quoted\"\"\" ,z\r\n"
                + "\n"
                + "1,\"two\nlines\",3\n"
                + "柴油,,last"));
        assertArrayEquals(new String[] {"a", "b", "c"}, r.next());
        assertEquals(1, r.recordLine());
        assertArrayEquals(new String[] {"x", "y, \"quoted\"", "z"}, r.next());
        assertEquals(2, r.recordLine());
        assertArrayEquals(new String[] {"1", "two\nlines", "3"}, r.next());
        assertEquals(4, r.recordLine());
        assertArrayEquals(new String[] {"柴油", "", "last"}, r.next());
        assertEquals(6, r.recordLine());
        assertNull(r.next());
    }

    @Test
    void escapedQuotesAndQuotesInsideUnquotedCells() throws IOException {
        List<String[]> rows = records("\"\"\"\",\"a\"\"b\",\"\",5\" pipe\n");
        assertArrayEquals(new String[] {"\"", "a\"b", "", "5\" pipe"}, rows.get(0));
    }

    @Test
    void crlfAndCrlfInsideQuotedCells() throws IOException {
        CsvReader r = new CsvReader(in("a,b\r\n\"line 1\r\nline 2\",c\r\nd,e\r\n"));
        assertArrayEquals(new String[] {"a", "b"}, r.next());
        assertArrayEquals(new String[] {"line 1\r\nline 2", "c"}, r.next());
        assertEquals(2, r.recordLine());
        assertArrayEquals(new String[] {"d", "e"}, r.next());
        assertEquals(4, r.recordLine());
        assertNull(r.next());
    }

    @Test
    void quotedCellsKeepTheirSpacesUnquotedCellsAreTrimmed() throws IOException {
        assertArrayEquals(new String[] {"a", " b ", "c d"}, records("  a\t, \" b \" ,  c d  \n").get(0));
    }

    @Test
    void blankLinesAreSkippedAndRaggedRowsKeepTheirCells() throws IOException {
        List<String[]> rows = records("\n\na,b,c\n\r\n1\n1,2,3,4,\n");
        assertEquals(3, rows.size());
        assertArrayEquals(new String[] {"1"}, rows.get(1));
        assertArrayEquals(new String[] {"1", "2", "3", "4", ""}, rows.get(2));
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingItsLine() throws IOException {
        CsvReader r = new CsvReader(in("a\nb,\"open\nstill open"));
        r.next();
        IOException e = assertThrows(IOException.class, r::next);
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    }

    @Test
    void largeCellsAndManyRowsStreamThroughTheBuffer() throws IOException {
        String big = "x".repeat(200_000);
        StringBuilder csv = new StringBuilder("\"" + big + "\"\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append(i).append(",\"q\"\"").append(i).append("\"\n");
        }
        List<String[]> rows = records(csv.toString());
        assertEquals(10_001, rows.size());
        assertEquals(big, rows.get(0)[0]);
        assertArrayEquals(new String[] {"9999", "q\"9999"}, rows.get(10_000));
    }

    @Test
    void aTableHasEveryCellTrimmedAndABomDropped() throws IOException {
        List<List<String>> table = CsvReader.table(in("\uFEFF年,\" 電力 \n\",x\n\n2024,0.474\n"));
        assertEquals(List.of(List.of("年", "電力", "x"), List.of("2024", "0.474")), table);
        assertEquals("", CsvReader.cell(table.get(1), 2));
        assertEquals("0.474", CsvReader.cell(table.get(1), 1));
    }

    @Test
    void rowsKeyedByTheHeader() throws IOException {
        List<Map<String, String>> rows = CsvReader.keyedByHeader(in(
                "\uFEFF Serial Number ,Quantity,Note\r\n"
                        + "VCS-1,\"1,000\",\"two\nlines\"\r\n"
                        + "   \r\n"
                        + "VCS-2,5\r\n"
                        + "VCS-3,7,n,\r\n"));
        assertEquals(3, rows.size());
        assertEquals(List.of("Serial Number", "Quantity", "Note"), List.copyOf(rows.get(0).keySet()));
        assertEquals(Map.of("Serial Number", "VCS-1", "Quantity", "1,000", "Note", "two\nlines"), rows.get(0));
        assertEquals(Map.of("Serial Number", "VCS-2", "Quantity", "5"), rows.get(1));
        assertEquals(Map.of("Serial Number", "VCS-3", "Quantity", "7", "Note", "n"), rows.get(2));
    }

    @Test
    void aRowLongerThanTheHeaderIsAnError() {
        IOException e = assertThrows(IOException.class, () -> CsvReader.keyedByHeader(in("a,b\n1,2\n1,2,3\n")));
        assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
    }

    @Test
    void anEmptyInputHasNoRows() throws IOException {
        assertNull(new CsvReader(in("")).next());
        assertEquals(List.of(), CsvReader.table(in("\r\n\n")));
        assertEquals(List.of(), CsvReader.keyedByHeader(in("")));
        assertEquals(List.of(), CsvReader.keyedByHeader(in("a,b\n")));
    }

    @Test
    void readsCutAnywhereGiveTheSameRecords() throws IOException {
        String csv = "\uFEFFa,\"b\"\"\",c\r\n\"\"\"\",\"x\ny\" , 柴油 \r\n\n\"open\"\"quote\"\"\"\n,,\n\"last\"";
        List<String[]> whole = records(csv);
        CsvReader r = new CsvReader(trickle(csv));
        List<String[]> cut = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (String[] cells = r.next(); cells != null; cells = r.next()) {
            cut.add(cells);
            lines.add(r.recordLine());
        }
        assertEquals(whole.size(), cut.size());
        for (int i = 0; i < whole.size(); i++) {
            assertArrayEquals(whole.get(i), cut.get(i));
        }
        assertArrayEquals(new String[] {"a", "b\"", "c"}, cut.get(0));
        assertArrayEquals(new String[] {"\"", "x\ny", "柴油"}, cut.get(1));
        assertArrayEquals(new String[] {"open\"quote\""}, cut.get(2));
        assertArrayEquals(new String[] {"", "", ""}, cut.get(3));
        assertArrayEquals(new String[] {"last"}, cut.get(4));
        assertEquals(List.of(1L, 2L, 5L, 6L, 7L), lines);
    }

    @Test
    void cellsReadAsBytesWhereTheyLie() throws IOException {
        CsvReader r = new CsvReader(in(" 電力 ,\"a\"\"b\",\n"));
        assertTrue(r.nextRecord());
        assertEquals(3, r.cells());
        assertArrayEquals("電力".getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(r.buffer(), r.start(0), r.end(0)));
        assertArrayEquals("a\"b".getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(r.buffer(), r.start(1), r.end(1)));
        assertEquals(r.start(2), r.end(2));
        assertEquals("a\"b", new String(r.buffer(), r.start(1), r.end(1) - r.start(1), StandardCharsets.UTF_8));
        assertEquals("", r.cell(7));
        assertTrue(!r.nextRecord());
    }

    @Test
    void aQuoteAfterAQuotedRunIsTextAndWhiteSpaceOfAnyScriptBeforeAQuoteOpensIt() throws IOException {
        assertArrayEquals(new String[] {"ab\"c\"", "x"}, records("\"ab\" \"c\",x\n").get(0));
        assertArrayEquals(new String[] {"q", "x"}, records("\"\" \"q\",x\n").get(0));
        assertArrayEquals(new String[] {"台電", "x"}, records("\u3000\"台電\",x\n").get(0));
    }

    @Test
    void aByteOrderMarkAtTheStartOfAnyRecordIsDropped() throws IOException {
        List<String[]> rows = records("a\n\uFEFFb,c\n");
        assertArrayEquals(new String[] {"a"}, rows.get(0));
        assertArrayEquals(new String[] {"b", "c"}, rows.get(1));
    }
}
