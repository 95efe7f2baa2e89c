package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A browser app on a configured origin may call the API (the test profile allows https://esg.example.test); any other
 * origin is refused, and its preflight names no allowed origin.
 */
@QuarkusTest
class CorsTest {

    static final String ALLOWED = "https://esg.example.test";

    @Test
    void aPreflightFromTheConfiguredOriginIsAllowed() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/declarations").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
        given().header("Origin", ALLOWED).get("/public/tenants/acme/feed.json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void anyOtherOriginIsRefused() {
        given().header("Origin", "https://attacker.example").header("Access-Control-Request-Method", "POST")
                .options("/api/declarations").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://attacker.example").get("/public/tenants/acme/feed.json").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
