package org.carbonneutral.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.platform.json.StrictJsonCustomizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpectedInputTest {

    enum Kind { ORGANISATION, PRODUCT, SERVICE }

    record Line(BigDecimal quantity) {
    }

    record Body(Kind kind, String name, BigDecimal amount, Integer year, Boolean flag, List<Line> lines, LocalDate date) {
    }

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    static {
        new StrictJsonCustomizer().customize(MAPPER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"kind":1} | kind | expected one of ORGANISATION, PRODUCT, SERVICE, not a number
            {"kind":"PLANET"} | kind | expected one of ORGANISATION, PRODUCT, SERVICE
            {"kind":true} | kind | expected one of ORGANISATION, PRODUCT, SERVICE, not a boolean
            {"name":42} | name | expected a string, not a number
            {"name":{}} | name | expected a string, not an object
            {"amount":"2000"} | amount | expected a number, not a string
            {"amount":""} | amount | expected a number, not a string
            {"amount":[1]} | amount | expected a number, not an array
            {"year":"2024"} | year | expected a whole number, not a string
            {"year":2024.5} | year | expected a whole number
            {"flag":"true"} | flag | expected true or false, not a string
            {"flag":1} | flag | expected true or false, not a number
            {"lines":{"quantity":1}} | lines | expected an array, not an object
            {"lines":[{"quantity":"1"}]} | lines[0].quantity | expected a number, not a string
            {"date":20250101} | date | expected an ISO-8601 date (yyyy-MM-dd), not a number
            {"date":[2025,1,1]} | date | expected an ISO-8601 date (yyyy-MM-dd), not an array
            """)
    void namesTheFieldWhatItExpectsAndWhatWasGiven(String json, String field, String message) {
        MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(json, Body.class));
        assertEquals(field, ProblemMappers.pathOf(e));
        assertEquals(message, ExpectedInput.of(e));
    }
}
