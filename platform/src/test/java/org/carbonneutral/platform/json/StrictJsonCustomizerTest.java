package org.carbonneutral.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonCustomizerTest {

    enum Kind { ORGANISATION, PRODUCT, SERVICE }

    record Line(BigDecimal quantity, String unit) {
    }

    record Body(Kind kind, String name, BigDecimal amount, Integer year, Long count, Boolean flag, List<String> names,
            LocalDate date, UUID id, Line line, List<Line> lines, Map<String, Integer> byScope) {
    }

    record Primitives(int whole, boolean flag) {
    }

    /** As Quarkus builds it: the Java time module registered, then the customizer. */
    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }

    static final ObjectMapper MAPPER = mapper();

    @Test
    void readsEachValueFromItsOwnJsonType() throws Exception {
        Body body = MAPPER.readValue("""
                {"kind":"PRODUCT","name":"Bottled tea","amount":2000.50,"year":2024,"count":7,"flag":false,"names":["a",""],
                 "date":"2025-01-01","id":"7d3c1e4a-3b8e-4a55-9a43-2f7b8c0e1d22","line":{"quantity":1,"unit":"kL"},
                 "lines":[],"byScope":{"1":70000}}""", Body.class);
        assertEquals(Kind.PRODUCT, body.kind());
        assertEquals(new BigDecimal("2000.50"), body.amount());
        assertEquals(2024, body.year());
        assertEquals(LocalDate.of(2025, 1, 1), body.date());
        assertEquals(new BigDecimal("1"), body.line().quantity(), "a whole number is a valid decimal");
        assertEquals(List.of("a", ""), body.names());
        assertEquals(new Primitives(3, true), MAPPER.readValue("{\"whole\":3,\"flag\":true}", Primitives.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // an enum only by its name
        "{\"kind\":1}", "{\"kind\":\"1\"}", "{\"kind\":\"PLANET\"}", "{\"kind\":\"product\"}", "{\"kind\":\" PRODUCT\"}",
        "{\"kind\":\"PRODUCT \"}", "{\"kind\":\"\"}", "{\"kind\":1.5}", "{\"kind\":true}", "{\"kind\":[\"PRODUCT\"]}",
        // a string never from a number or a boolean
        "{\"name\":42}", "{\"name\":4.2}", "{\"name\":true}", "{\"name\":[\"x\"]}", "{\"names\":[1]}",
        // a number never from a string, a boolean or an empty string; a whole number never from a decimal
        "{\"amount\":\"2000\"}", "{\"amount\":\"\"}", "{\"amount\":\" \"}", "{\"amount\":true}", "{\"amount\":[1]}",
        "{\"year\":\"2024\"}", "{\"year\":2024.5}", "{\"year\":2024.0}", "{\"year\":\"\"}", "{\"count\":\"5\"}",
        "{\"lines\":[{\"quantity\":\"1\"}]}", "{\"byScope\":{\"1\":\"70000\"}}",
        // a boolean only true or false
        "{\"flag\":\"true\"}", "{\"flag\":1}", "{\"flag\":\"\"}",
        // no single value as an array, no empty string as null or as an empty object
        "{\"names\":\"x\"}", "{\"names\":\"\"}", "{\"lines\":{\"quantity\":1}}", "{\"line\":\"\"}", "{\"id\":\"\"}",
        "{\"id\":\" \"}",
        // a date an ISO-8601 string, written exactly
        "{\"date\":20250101}", "{\"date\":[2025,1,1]}", "{\"date\":[]}", "{\"date\":\"\"}", "{\"date\":\" 2025-01-01\"}",
    })
    void refusesAnyOtherShape(String json) {
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(json, Body.class), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"whole\":\"3\",\"flag\":true}", "{\"whole\":3.5,\"flag\":true}",
        "{\"whole\":3,\"flag\":0}", "{\"whole\":3,\"flag\":\"true\"}", "{\"whole\":null,\"flag\":true}"})
    void primitivesToo(String json) {
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(json, Primitives.class), json);
    }
}
