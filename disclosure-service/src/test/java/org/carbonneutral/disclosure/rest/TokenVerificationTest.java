package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A token is accepted only from the configured issuer, for this suite's audience, signed by its key and not expired
 * beyond a bounded clock skew (30 s); a body cannot set what the suite decides (mass assignment, OWASP API3 2023).
 */
@QuarkusTest
class TokenVerificationTest {

    @Test
    void issuerAudienceAndExpiryAreVerified() {
        given().auth().oauth2(Tokens.of("initech", "vic@initech.example", "viewer")).get("/api/declarations").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.forAudience("another-app", "initech", "vic@initech.example", "viewer"))
                .get("/api/declarations").then().statusCode(401);
        given().auth().oauth2(Tokens.fromIssuer("https://attacker.example", "initech", "vic@initech.example", "viewer"))
                .get("/api/declarations").then().statusCode(401);
        given().auth().oauth2(Tokens.expiredSince(Duration.ofSeconds(5), "initech", "vic@initech.example", "viewer"))
                .get("/api/declarations").then().statusCode(200);
        given().auth().oauth2(Tokens.expiredSince(Duration.ofMinutes(2), "initech", "vic@initech.example", "viewer"))
                .get("/api/declarations").then().statusCode(401);
        String token = Tokens.of("initech", "vic@initech.example", "viewer");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().auth().oauth2(tampered).get("/api/declarations").then().statusCode(401);
    }

    @Test
    void aTokenVerifiedOnceIsRememberedByItsExactTextOnly() {
        String token = Tokens.of("initech", "vic@initech.example", "viewer");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/declarations").then().statusCode(200);
        }
        int dot = token.lastIndexOf('.');
        String tampered = token.substring(0, dot + 1) + "AAAA" + token.substring(dot + 5);
        given().auth().oauth2(tampered).get("/api/declarations").then().statusCode(401);
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
                java.nio.charset.StandardCharsets.UTF_8).replace("\"initech\"", "\"globex\"");
        String otherTenant = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(otherTenant).get("/api/declarations").then().statusCode(401);
        given().auth().oauth2(token).get("/api/declarations").then().statusCode(200);
    }

    @Test
    void aDeclarationCannotBeOpenedForAnotherTenantOrWithItsStateSet() {
        int before = DeclarationResourceTest.count();
        for (String extra : new String[] {"\"tenant\":\"globex\"", "\"status\":\"PUBLISHED\"", "\"version\":3",
                "\"id\":\"7b0f1c9e-3f0a-4d55-9a43-2c4b8f7e1a10\"", "\"publishedAt\":\"2025-01-01T00:00:00Z\""}) {
            String field = extra.substring(1, extra.indexOf('"', 1));
            given().auth().oauth2(DeclarationResourceTest.PREPARER).contentType(ContentType.JSON)
                    .body("{" + extra + "," + DeclarationResourceTest.VALID.strip().substring(1)).post("/api/declarations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", org.hamcrest.Matchers.contains(field));
        }
        org.junit.jupiter.api.Assertions.assertEquals(before, DeclarationResourceTest.count());
        // a viewer or an approver cannot open one; an unknown role grants nothing
        for (String role : new String[] {"viewer", "approver", "admin"}) {
            given().auth().oauth2(Tokens.of("initech", "x@initech.example", role)).contentType(ContentType.JSON)
                    .body(DeclarationResourceTest.VALID).post("/api/declarations").then().statusCode(403);
        }
        org.junit.jupiter.api.Assertions.assertEquals(before, DeclarationResourceTest.count());
    }
}
