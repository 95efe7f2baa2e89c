package org.carbonneutral.inventory.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ActivityRowsTest {

    private final List<RowError> errors = new ArrayList<>();

    private ActivityRows open(String format, String body) throws IOException {
        return ActivityRows.open(format, new BufferedReader(new StringReader(body)), errors::add);
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
        assertArrayEquals(row("Boilers", "5", "L", "two\nlines"), rows.next());
        assertEquals(2, rows.line());
        assertArrayEquals(row("Office", "", "kWh", ""), rows.next());
        assertEquals(5, rows.line());
        assertNull(rows.next());
        assertEquals(List.of(), errors);
    }

    @Test
    void unknownAndMissingCsvColumnsAreErrorsOfLineOne() throws IOException {
        ActivityRows rows = open(ActivityRows.CSV, "source,amount\nBoilers,5\n");
        assertEquals(List.of("amount", "quantity", "unit"), errors.stream().map(RowError::column).toList());
        assertEquals(List.of(1L, 1L, 1L), errors.stream().map(RowError::line).toList());
        assertEquals("missing column", errors.get(1).reason());
        assertArrayEquals(row("Boilers", "", "", ""), rows.next());
    }

    @Test
    void anEmptyCsvHasNoRowsAndNoColumnErrors() throws IOException {
        assertNull(open(ActivityRows.CSV, "").next());
        assertEquals(List.of(), errors);
    }

    @Test
    void jsonLinesSkipBlankLinesAndReportBadLines() throws IOException {
        ActivityRows rows = open(ActivityRows.NDJSON, """
                {"source":"Boilers","quantity":120,"unit":"L","evidence":null}

                [1, 2]
                {"source":" Office ","unit":"kWh","colour":"red"}
                """);
        assertArrayEquals(row("Boilers", "120", "L", ""), rows.next());
        assertEquals(1, rows.line());
        assertArrayEquals(row("", "", "", ""), rows.next());
        assertEquals(3, rows.line());
        assertArrayEquals(row("Office", "", "kWh", ""), rows.next());
        assertEquals(4, rows.line());
        assertNull(rows.next());
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
