package org.carbonneutral.offset.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.platform.testing.TestEvents;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A value of another JSON type than its field's is a 400 naming the field; nothing is coerced, nothing is written. */
@QuarkusTest
@WithTestResource(value = SimulatedRegistries.class, scope = TestResourceScope.GLOBAL)
class StrictBodiesTest {

    static final String PREPARER = Tokens.of("acme", "pat@acme.example", "preparer");
    static final String VIEWER = Tokens.of("acme", "vic@acme.example", "viewer");
    /** Credits of its own: the serial ledger is shared by every declaration of the suite. */
    static final long START = ThreadLocalRandom.current().nextLong(800_000_000L, 900_000_000L);
    static final String OFFSETS = """
            {"retirements":[
               {"registry":"MOENV","serialNumber":"TW-2-1-%09d-%09d-00-00-A0000070","vintageYear":2023,"issuedOn":"2024-05-20",
                "exAnte":false,"retiredOn":"2025-06-30","beneficiary":"Acme Taiwan Ltd."},
               {"registry":"PURO_EARTH","serialNumber":"PURO-CORC-2024-%d","quantity":55,"projectId":"P-7","vintageYear":2024,
                "retiredOn":"2025-07-01"}],
             "projects":[{"registry":"MOENV","id":"A0000070","name":"Kaohsiung boiler fuel switch","type":"REDUCTION",
                          "reversalRisk":false}]}""".formatted(START, START + 221, START);

    static UUID untouched;

    static UUID open() {
        UUID id = TestEvents.declarationOpened("acme", SubjectType.ORGANISATION, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), ClaimStandard.ISO_14068_1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/offsets/{id}", id).then().statusCode(200));
        return id;
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            "registry":"PURO_EARTH" | "registry":2 | retirements[1].registry | expected one of MOENV, VERRA, GOLD_STANDARD, ACR, CAR, ART_TREES, CDM, PURO_EARTH, GCC, PACM, not a number
            "registry":"PURO_EARTH" | "registry":"GOLDSTANDARD" | retirements[1].registry | expected one of MOENV, VERRA, GOLD_STANDARD, ACR, CAR, ART_TREES, CDM, PURO_EARTH, GCC, PACM
            "quantity":55 | "quantity":"55" | retirements[1].quantity | expected a whole number, not a string
            "quantity":55 | "quantity":55.5 | retirements[1].quantity | expected a whole number
            "vintageYear":2024 | "vintageYear":"2024" | retirements[1].vintageYear | expected a whole number, not a string
            "projectId":"P-7" | "projectId":7 | retirements[1].projectId | expected a string, not a number
            "exAnte":false | "exAnte":"false" | retirements[0].exAnte | expected true or false, not a string
            "retiredOn":"2025-06-30" | "retiredOn":"" | retirements[0].retiredOn | expected an ISO-8601 date (yyyy-MM-dd)
            "reversalRisk":false | "reversalRisk":0 | projects[0].reversalRisk | expected true or false, not a number
            """)
    void aValueOfAnotherTypeIsA400NamingTheFieldAndChangesNothing(String valid, String given, String field, String message) {
        if (untouched == null) {
            untouched = open();
        }
        assertEquals(OFFSETS.indexOf(valid), OFFSETS.lastIndexOf(valid), valid + " is in the body once");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(OFFSETS.replace(valid, given)).put("/api/offsets/{id}", untouched).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains(field)).body("violations[0].message", equalTo(message))
                .body("detail", equalTo(field + ": " + message));
        given().auth().oauth2(VIEWER).get("/api/offsets/{id}", untouched).then().statusCode(200)
                .body("revision", equalTo(0)).body("content", nullValue());
    }

    @Test
    void theSameBodyWithEachValueInItsOwnTypeIsTaken() {
        UUID id = open();
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(OFFSETS)
                .put("/api/offsets/{id}", id).then().statusCode(200).body("revision", equalTo(1))
                .body("content.retirements.registry", contains("MOENV", "PURO_EARTH"))
                .body("content.retirements[1].quantity", equalTo(55));
    }
}
