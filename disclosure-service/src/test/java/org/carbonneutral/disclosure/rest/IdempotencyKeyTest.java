package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on opening a declaration: a repeat returns the first answer and opens nothing more; the key with
 * another body is a 422; another tenant's same key is its own; a refused request keeps no answer.
 */
@QuarkusTest
class IdempotencyKeyTest {

    static final String PREPARER = Tokens.of("idem", "pat@idem.example", "preparer");
    static final String VIEWER = Tokens.of("idem", "vic@idem.example", "viewer");

    static Response open(String token, String key, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/declarations");
    }

    static int count() {
        return given().auth().oauth2(VIEWER).get("/api/declarations?limit=500").then().statusCode(200)
                .extract().path("size()");
    }

    @Test
    void aRepeatGetsTheFirstAnswerAndOpensNothingMore() {
        String key = UUID.randomUUID().toString();
        int before = count();
        Response first = open(PREPARER, key, DeclarationResourceTest.VALID);
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        Response again = open(PREPARER, key, DeclarationResourceTest.VALID);
        again.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .contentType(containsString("application/json"))
                .body("id", equalTo(first.path("id")));
        assertEquals(before + 1, count());

        open(PREPARER, key, DeclarationResourceTest.VALID.replace("Bottled tea", "Canned tea")).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("another request"));
        assertEquals(before + 1, count());

        // the same key from another tenant is that tenant's own
        open(Tokens.of("idem-other", "o@x", "preparer"), key, DeclarationResourceTest.VALID).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aRefusedRequestKeepsNoAnswerAndTheKeyMayBeUsedAgain() {
        String key = UUID.randomUUID().toString();
        open(PREPARER, key, DeclarationResourceTest.VALID.replace("\"PRODUCT\"", "\"PLANET\"")).then().statusCode(400);
        Response corrected = open(PREPARER, key, DeclarationResourceTest.VALID);
        corrected.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertNotNull(corrected.<String>path("id"));
        open(PREPARER, "", DeclarationResourceTest.VALID).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Idempotency-Key"));
        open(PREPARER, "x".repeat(256), DeclarationResourceTest.VALID).then().statusCode(400);
    }
}
