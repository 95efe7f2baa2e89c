package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.carbonneutral.disclosure.ApprovalEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A value of another JSON type than its field's is a 400 naming the field; nothing is coerced, nothing is written. */
@QuarkusTest
class StrictBodiesTest {

    static final String PREPARER = DeclarationResourceTest.PREPARER;
    static final String VIEWER = DeclarationResourceTest.VIEWER;
    static final String DECLARATION = DeclarationResourceTest.VALID;

    static String withProfile;

    static String open() {
        return given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(DECLARATION).post("/api/declarations")
                .then().statusCode(201).extract().header("Location");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            "subjectType":"PRODUCT" | "subjectType":1 | subjectType | expected one of ORGANISATION, PRODUCT, SERVICE, not a number
            "subjectType":"PRODUCT" | "subjectType":"PLANET" | subjectType | expected one of ORGANISATION, PRODUCT, SERVICE
            "subjectType":"PRODUCT" | "subjectType":"1" | subjectType | expected one of ORGANISATION, PRODUCT, SERVICE
            "subjectName":"Bottled tea 600 ml" | "subjectName":42 | subjectName | expected a string, not a number
            "subjectName":"Bottled tea 600 ml" | "subjectName":["Bottled tea"] | subjectName | expected a string, not an array
            "claimStandard":"PAS_2060" | "claimStandard":true | claimStandard | expected one of ISO_14068_1, PAS_2060, not a boolean
            "periodStart":"2025-01-01" | "periodStart":[2025,1,1] | periodStart | expected an ISO-8601 date (yyyy-MM-dd), not an array
            """)
    void aValueOfAnotherTypeOpensNothing(String valid, String given, String field, String message) {
        assertEquals(DECLARATION.indexOf(valid), DECLARATION.lastIndexOf(valid), valid + " is in the body once");
        int before = DeclarationResourceTest.count();
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(DECLARATION.replace(valid, given))
                .post("/api/declarations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains(field)).body("violations[0].message", equalTo(message))
                .body("detail", equalTo(field + ": " + message));
        assertEquals(before, DeclarationResourceTest.count());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            "businessNumber":"12345678" | "businessNumber":12345678 | company.businessNumber | expected a string, not a number
            "listed":true | "listed":"true" | company.listed | expected true or false, not a string
            "date":"2025-01-15" | "date":"" | commitment.date | expected an ISO-8601 date (yyyy-MM-dd)
            """)
    void aValueOfAnotherTypeLeavesTheProfileAsItWas(String valid, String given, String field, String message) {
        if (withProfile == null) {
            withProfile = open();
        }
        String profile = ApprovalEvents.PROFILE;
        assertEquals(profile.indexOf(valid), profile.lastIndexOf(valid), valid + " is in the profile once");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(profile.replace(valid, given))
                .put(withProfile + "/profile").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains(field)).body("violations[0].message", equalTo(message));
        given().auth().oauth2(VIEWER).get(withProfile).then().statusCode(200).body("profile", nullValue());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            "representative":"Lin Mei-Hua" | "representative":7 | company.representative | expected a string, not a number
            "reference":"https://www.acme.example/about/organisation.pdf" | "reference":1 | organisationChart.reference | expected a string, not a number
            "policyStatement":"We save energy and reduce our emissions voluntarily." | "policyStatement":42 | policyStatement | expected a string, not a number
            "dataManagement":"Meter readings entered monthly, checked by a second person against invoices, kept 7 years." | "dataManagement":3.5 | dataManagement | expected a string, not a number
            "assumptionsAndReasons":"Production stays at the 2025 level; heat pumps because drying is the largest LPG use." | "assumptionsAndReasons":false | assumptionsAndReasons | expected a string, not a boolean
            """)
    void aNumberForAPlanFactLeavesTheProfileAsItWas(String valid, String given, String field, String message) {
        String location = open();
        String profile = ApprovalEvents.FULL_PROFILE;
        assertEquals(profile.indexOf(valid), profile.lastIndexOf(valid), valid + " is in the profile once");
        assertTrue(profile.contains(valid), valid);
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(profile.replace(valid, given))
                .put(location + "/profile").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains(field)).body("violations[0].message", equalTo(message));
        given().auth().oauth2(VIEWER).get(location).then().statusCode(200).body("profile", nullValue());
    }

    @Test
    void theOptionalFactsOfChapters11222And32AreTaken() {
        String location = open();
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(ApprovalEvents.FULL_PROFILE)
                .put(location + "/profile").then().statusCode(200);
        given().auth().oauth2(VIEWER).get(location).then().statusCode(200)
                .body("profile.company.representative", equalTo("Lin Mei-Hua"))
                .body("profile.organisationChart.reference", equalTo("https://www.acme.example/about/organisation.pdf"))
                .body("profile.organisationChart.description", equalTo("Board, president, ESG office"))
                .body("profile.policyStatement", equalTo("We save energy and reduce our emissions voluntarily."))
                .body("profile.dataManagement", startsWith("Meter readings entered monthly"))
                .body("profile.assumptionsAndReasons", startsWith("Production stays at the 2025 level"));
    }

    @Test
    void theSameBodiesWithEachValueInItsOwnTypeAreTaken() {
        String location = open();
        given().auth().oauth2(VIEWER).get(location).then().body("subjectType", equalTo("PRODUCT"))
                .body("subjectName", equalTo("Bottled tea 600 ml"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(ApprovalEvents.PROFILE)
                .put(location + "/profile").then().statusCode(200).body("profile.company.listed", equalTo(true));
    }
}
