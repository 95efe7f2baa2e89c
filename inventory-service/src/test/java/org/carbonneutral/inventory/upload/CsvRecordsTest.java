package org.carbonneutral.inventory.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void quotedFieldsEscapesLineBreaksAndLineNumbers() throws IOException {
        CsvRecords r = new CsvRecords(new StringReader("\uFEFFa,b,c\r\n"
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
    void anUnclosedQuoteIsAnError() {
        CsvRecords r = new CsvRecords(new StringReader("a,\"open\n"));
        assertThrows(IOException.class, r::next);
    }

    @Test
    void datesAreStrictIso() {
        List<RowError> errors = new ArrayList<>();
        assertEquals(LocalDate.of(2024, 2, 29), ActivityRowValidator.date(2, "d", "2024-02-29", errors));
        assertNull(ActivityRowValidator.date(3, "d", "2025-02-29", errors));
        assertNull(ActivityRowValidator.date(4, "d", "2025-1-01", errors));
        assertNull(ActivityRowValidator.date(5, "d", "2025-13-01", errors));
        assertNull(ActivityRowValidator.date(6, "d", "", errors));
        assertEquals(List.of(3L, 4L, 5L), errors.stream().map(RowError::line).toList());
    }
}
