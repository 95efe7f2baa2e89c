package org.carbonneutral.inventory.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.platform.testing.TestEvents;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A value of another JSON type than its field's is a 400 naming the field; nothing is coerced, nothing is written. */
@QuarkusTest
class StrictBodiesTest {

    static final String PREPARER = Tokens.of("acme", "pat@acme.example", "preparer");
    static final String VIEWER = Tokens.of("acme", "vic@acme.example", "viewer");
    static final String INVENTORY = """
            {"boundaryApproach":"OPERATIONAL_CONTROL","gwpSet":"AR5","facilities":["Taoyuan plant"],
             "verification":{"verified":true,"article21Emitter":false,"statementDate":"2026-04-30"},
             "sources":[{"name":"Diesel generators","facility":"Taoyuan plant","category":1,
               "activities":[{"quantity":120,"unit":"kL","lookup":{"kind":"STATIONARY_COMBUSTION","activity":"柴油","year":2025}},
                             {"quantity":80,"unit":"L","lookup":{"kind":"STATIONARY_COMBUSTION","activity":"柴油","year":2025}}]}]}""";

    static UUID untouched;

    static UUID open() {
        UUID id = TestEvents.declarationOpened("acme", SubjectType.ORGANISATION, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/inventories/{id}", id).then().statusCode(200));
        return id;
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            "gwpSet":"AR5" | "gwpSet":1 | gwpSet | expected one of AR4, AR5, AR6, not a number
            "gwpSet":"AR5" | "gwpSet":"AR7" | gwpSet | expected one of AR4, AR5, AR6
            "gwpSet":"AR5" | "gwpSet":" AR5" | gwpSet | expected one of AR4, AR5, AR6
            "quantity":80 | "quantity":"80" | sources[0].activities[1].quantity | expected a number, not a string
            "quantity":80 | "quantity":"" | sources[0].activities[1].quantity | expected a number, not a string
            "unit":"L" | "unit":1000 | sources[0].activities[1].unit | expected a string, not a number
            "category":1 | "category":"1" | sources[0].category | expected a whole number, not a string
            "category":1 | "category":1.5 | sources[0].category | expected a whole number
            "verified":true | "verified":"true" | verification.verified | expected true or false, not a string
            "verified":true | "verified":1 | verification.verified | expected true or false, not a number
            "facilities":["Taoyuan plant"] | "facilities":"Taoyuan plant" | facilities | expected an array, not a string
            "statementDate":"2026-04-30" | "statementDate":[2026,4,30] | verification.statementDate | expected an ISO-8601 date (yyyy-MM-dd), not an array
            """)
    void aValueOfAnotherTypeIsA400NamingTheFieldAndChangesNothing(String valid, String given, String field, String message) {
        if (untouched == null) {
            untouched = open();
        }
        assertEquals(INVENTORY.indexOf(valid), INVENTORY.lastIndexOf(valid), valid + " is in the body once");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(INVENTORY.replace(valid, given)).put("/api/inventories/{id}", untouched).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains(field)).body("violations[0].message", equalTo(message))
                .body("detail", equalTo(field + ": " + message));
        given().auth().oauth2(VIEWER).get("/api/inventories/{id}", untouched).then().statusCode(200)
                .body("revision", equalTo(0)).body("content", nullValue());
    }

    @Test
    void theSameBodyWithEachValueInItsOwnTypeIsTaken() {
        UUID id = open();
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(INVENTORY)
                .put("/api/inventories/{id}", id).then().statusCode(200).body("revision", equalTo(1))
                .body("content.gwpSet", equalTo("AR5")).body("content.sources[0].activities[1].quantity", equalTo(80));
    }
}
