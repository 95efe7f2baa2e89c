package org.carbonneutral.pathway.rest;

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
    static final String PATHWAY = """
            {"baseYear":2020,"baselineTco2e":100000,"shortTermTargetYear":2030,"shortTermTargetTco2e":58000,"netZeroYear":2045,
             "targetScopes":[1,2],"scienceBasedReference":"SBTI_1_5C","timeline":"Net zero 2045",
             "measures":[{"name":"Heat-pump dryers","type":"ENERGY_SUBSTITUTION","scopes":[1],"expectedReductionTco2e":120,
                          "status":"IN_PROGRESS","startDate":"2025-03-01"}]}""";

    static UUID untouched;

    static UUID open() {
        UUID id = TestEvents.declarationOpened("acme", SubjectType.ORGANISATION, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/pathways/{id}", id).then().statusCode(200));
        return id;
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            "baseYear":2020 | "baseYear":"2020" | baseYear | expected a whole number, not a string
            "baseYear":2020 | "baseYear":2020.5 | baseYear | expected a whole number
            "baselineTco2e":100000 | "baselineTco2e":"100000" | baselineTco2e | expected a number, not a string
            "timeline":"Net zero 2045" | "timeline":2045 | timeline | expected a string, not a number
            "scienceBasedReference":"SBTI_1_5C" | "scienceBasedReference":0 | scienceBasedReference | expected one of SBTI_1_5C, SBTI_WB2C, IEA_NZE, IPCC_1_5C, not a number
            "scienceBasedReference":"SBTI_1_5C" | "scienceBasedReference":"SBTI" | scienceBasedReference | expected one of SBTI_1_5C, SBTI_WB2C, IEA_NZE, IPCC_1_5C
            "targetScopes":[1,2] | "targetScopes":1 | targetScopes | expected an array, not a number
            "scopes":[1] | "scopes":["1"] | measures[0].scopes[0] | expected a whole number, not a string
            "status":"IN_PROGRESS" | "status":"" | measures[0].status | expected one of PLANNED, IN_PROGRESS, IMPLEMENTED, COMPLETED
            """)
    void aValueOfAnotherTypeIsA400NamingTheFieldAndChangesNothing(String valid, String given, String field, String message) {
        if (untouched == null) {
            untouched = open();
        }
        assertEquals(PATHWAY.indexOf(valid), PATHWAY.lastIndexOf(valid), valid + " is in the body once");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(PATHWAY.replace(valid, given)).put("/api/pathways/{id}", untouched).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains(field)).body("violations[0].message", equalTo(message))
                .body("detail", equalTo(field + ": " + message));
        given().auth().oauth2(VIEWER).get("/api/pathways/{id}", untouched).then().statusCode(200)
                .body("revision", equalTo(0)).body("content", nullValue());
    }

    @Test
    void theSameBodyWithEachValueInItsOwnTypeIsTakenAndAnApprovalNamesItsRevisionByNumber() {
        UUID id = open();
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(PATHWAY)
                .put("/api/pathways/{id}", id).then().statusCode(200).body("revision", equalTo(1))
                .body("content.baseYear", equalTo(2020)).body("content.scienceBasedReference", equalTo("SBTI_1_5C"));
        given().auth().oauth2(Tokens.of("acme", "ann@acme.example", "approver")).contentType(ContentType.JSON)
                .body("{\"revision\":\"1\"}").post("/api/pathways/{id}/approval", id).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("revision"))
                .body("violations[0].message", equalTo("expected a whole number, not a string"));
        given().auth().oauth2(VIEWER).get("/api/pathways/{id}", id).then().body("revision", equalTo(1))
                .body("status", equalTo("DRAFT"));
    }
}
