package org.carbonneutral.platform.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<String[]> records(String csv) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(csv));
        List<String[]> records = new ArrayList<>();
        for (String[] r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void quotedFieldsEscapesLineBreaksAndLineNumbers() throws IOException {
        CsvReader r = new CsvReader(new StringReader("\uFEFFa,b,c\r\n"
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
        CsvReader r = new CsvReader(new StringReader("a,b\r\n\"line 1\r\nline 2\",c\r\nd,e\r\n"));
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
        CsvReader r = new CsvReader(new StringReader("a\nb,\"open\nstill open"));
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
        List<List<String>> table = CsvReader.table(new StringReader("\uFEFF年,\" 電力 \n\",x\n\n2024,0.474\n"));
        assertEquals(List.of(List.of("年", "電力", "x"), List.of("2024", "0.474")), table);
        assertEquals("", CsvReader.cell(table.get(1), 2));
        assertEquals("0.474", CsvReader.cell(table.get(1), 1));
    }

    @Test
    void rowsKeyedByTheHeader() throws IOException {
        List<Map<String, String>> rows = CsvReader.keyedByHeader(new StringReader(
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
        IOException e = assertThrows(IOException.class, () -> CsvReader.keyedByHeader(new StringReader("a,b\n1,2\n1,2,3\n")));
        assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
    }

    @Test
    void anEmptyInputHasNoRows() throws IOException {
        assertNull(new CsvReader(new StringReader("")).next());
        assertEquals(List.of(), CsvReader.table(new StringReader("\r\n\n")));
        assertEquals(List.of(), CsvReader.keyedByHeader(new StringReader("")));
        assertEquals(List.of(), CsvReader.keyedByHeader(new StringReader("a,b\n")));
    }
}
