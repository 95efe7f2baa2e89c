package org.carbonneutral.inventory.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ActivityRowsTest {

    private final List<RowError> errors = new ArrayList<>();

    private ActivityRows open(String format, String body) throws IOException {
        return ActivityRows.open(format, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), errors::add);
    }

    /** The next row's cells, or null at the end. */
    private static String[] next(ActivityRows rows) throws IOException {
        return rows.next() ? rows.cells() : null;
    }

    private static String[] row(String source, String quantity, String unit, String evidence) {
        return new String[] {source, quantity, unit, "", "", evidence, "", "", "", "", ""};
    }

    @Test
    void csvColumnsAreMappedByTheHeaderInAnyOrder() throws IOException {
        ActivityRows rows = open(ActivityRows.CSV, "\uFEFF Unit ,SOURCE,quantity,evidence\r\n"
                + "L,Boilers,5,\"two\nlines\"\r\n"
                + "\r\n"
                + "kWh,Office\r\n");
        assertArrayEquals(row("Boilers", "5", "L", "two\nlines"), next(rows));
        assertEquals(2, rows.line());
        assertArrayEquals(row("Office", "", "kWh", ""), next(rows));
        assertEquals(5, rows.line());
        assertNull(next(rows));
        assertEquals(List.of(), errors);
    }

    @Test
    void unknownAndMissingCsvColumnsAreErrorsOfLineOne() throws IOException {
        ActivityRows rows = open(ActivityRows.CSV, "source,amount\nBoilers,5\n");
        assertEquals(List.of("amount", "quantity", "unit"), errors.stream().map(RowError::column).toList());
        assertEquals(List.of(1L, 1L, 1L), errors.stream().map(RowError::line).toList());
        assertEquals("missing column", errors.get(1).reason());
        assertArrayEquals(row("Boilers", "", "", ""), next(rows));
    }

    @Test
    void anEmptyCsvHasNoRowsAndNoColumnErrors() throws IOException {
        assertNull(next(open(ActivityRows.CSV, "")));
        assertEquals(List.of(), errors);
    }

    @Test
    void jsonLinesSkipBlankLinesAndReportBadLines() throws IOException {
        ActivityRows rows = open(ActivityRows.NDJSON, """
                {"source":"Boilers","quantity":120,"unit":"L","evidence":null}

                [1, 2]
                {"source":" Office ","unit":"kWh","colour":"red"}
                """);
        assertArrayEquals(row("Boilers", "120", "L", ""), next(rows));
        assertEquals(1, rows.line());
        assertArrayEquals(row("", "", "", ""), next(rows));
        assertEquals(3, rows.line());
        assertArrayEquals(row("Office", "", "kWh", ""), next(rows));
        assertEquals(4, rows.line());
        assertNull(next(rows));
        assertEquals(List.of(new RowError(3, "", "not a JSON object"),
                new RowError(4, "colour", "unknown field; fields are " + ActivityRowValidator.COLUMNS)), errors);
    }

    @Test
    void theFormatIsCsvOrJsonLines() {
        assertEquals(ActivityRows.CSV, ActivityRows.format("text/csv; charset=UTF-8"));
        assertEquals(ActivityRows.NDJSON, ActivityRows.format("Application/X-NDJSON"));
        assertEquals(415, assertThrows(ProblemException.class, () -> ActivityRows.format("application/xml")).status());
        assertEquals(415, assertThrows(ProblemException.class, () -> ActivityRows.format(null)).status());
    }
}
