package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The edge every service has (platform EdgeGuard), with small limits and a trusted local proxy so that one test can
 * act from several client addresses: security headers on pages, documents and errors; 429 with Retry-After for
 * public reads and refused tokens beyond their rate, per address; 413 for a body larger than allowed.
 */
@QuarkusTest
@TestProfile(EdgeSecurityTest.SmallLimits.class)
class EdgeSecurityTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.edge.public-reads.burst", "5", "suite.edge.public-reads.per-second", "0.01",
                    "suite.edge.token-failures.burst", "3", "suite.edge.token-failures.per-second", "0.01",
                    "suite.edge.max-body", "2048",
                    "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true", "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    static final String PREPARER = DeclarationResourceTest.PREPARER;

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/public/tenants/edge-a", "/api/public/declarations/" + java.util.UUID.randomUUID(),
                "/api/declarations", "/public/assets/declaration.css", "/q/openapi"}) {
            given().header("X-Forwarded-For", "198.51.100.1").get(path).then()
                    .header("Content-Security-Policy", equalTo("default-src 'none'; style-src 'self'; img-src 'self' data:; "
                            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Strict-Transport-Security", nullValue());
        }
        // the page needs no inline script or style: its style sheet is served by the service itself
        String page = given().header("X-Forwarded-For", "198.51.100.1").get("/public/tenants/edge-a").then().statusCode(200)
                .extract().asString();
        assertEquals(-1, page.indexOf("<script"), "no script in the page");
        assertEquals(-1, page.indexOf("<style"), "no inline style in the page");
        assertEquals(-1, page.indexOf("style="), "no style attribute in the page");
        given().header("X-Forwarded-For", "198.51.100.1").get("/public/assets/declaration.css").then().statusCode(200)
                .contentType(containsString("text/css"));
        // HSTS only where the answer travels over TLS (here: a trusted proxy says the client used https)
        given().header("X-Forwarded-For", "198.51.100.1").header("X-Forwarded-Proto", "https").get("/public/tenants/edge-a")
                .then().header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
        // Swagger UI runs its own script: it keeps the framing rule only
        given().header("X-Forwarded-For", "198.51.100.1").get("/q/swagger-ui/").then()
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"));
    }

    @Test
    void publicReadsBeyondTheirRateAre429PerAddress() {
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").get("/public/tenants/edge-b").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "203.0.113.7").get("/public/tenants/edge-b").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", not(equalTo("0")))
                .body("status", equalTo(429)).body("type", containsString("too-many-requests"));
        given().header("X-Forwarded-For", "203.0.113.7").get("/api/public/declarations/" + java.util.UUID.randomUUID())
                .then().statusCode(429);
        // another address is not held back, nor is an authenticated call from the same one
        given().header("X-Forwarded-For", "203.0.113.8").get("/public/tenants/edge-b").then().statusCode(200);
        given().header("X-Forwarded-For", "203.0.113.7").auth().oauth2(DeclarationResourceTest.VIEWER)
                .get("/api/declarations").then().statusCode(200);
    }

    @Test
    void refusedTokensBeyondTheirRateAre429EvenForAGoodOne() {
        String forged = Tokens.fromIssuer("https://attacker.example", "initech", "mal@initech.example", "preparer");
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "192.0.2.50").auth().oauth2(forged).get("/api/declarations").then()
                    .statusCode(401);
        }
        given().header("X-Forwarded-For", "192.0.2.50").auth().oauth2(forged).get("/api/declarations").then()
                .statusCode(429).header("Retry-After", not(equalTo("0")));
        given().header("X-Forwarded-For", "192.0.2.50").auth().oauth2(DeclarationResourceTest.VIEWER)
                .get("/api/declarations").then().statusCode(429);
        given().header("X-Forwarded-For", "192.0.2.51").auth().oauth2(DeclarationResourceTest.VIEWER)
                .get("/api/declarations").then().statusCode(200);
    }

    @Test
    void aBodyLargerThanAllowedIs413AndOpensNothing() {
        int before = given().header("X-Forwarded-For", "192.0.2.60").auth().oauth2(DeclarationResourceTest.VIEWER)
                .get("/api/declarations?limit=500").then().statusCode(200).extract().path("size()");
        String padded = DeclarationResourceTest.VALID.replace("\"subjectName\":", " ".repeat(4096) + "\"subjectName\":");
        given().header("X-Forwarded-For", "192.0.2.60").auth().oauth2(PREPARER).contentType(ContentType.JSON).body(padded)
                .post("/api/declarations").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("2048 bytes"));
        int after = given().header("X-Forwarded-For", "192.0.2.60").auth().oauth2(DeclarationResourceTest.VIEWER)
                .get("/api/declarations?limit=500").then().statusCode(200).extract().path("size()");
        assertEquals(before, after);
        given().header("X-Forwarded-For", "192.0.2.60").auth().oauth2(PREPARER).contentType(ContentType.JSON)
                .body(DeclarationResourceTest.VALID).post("/api/declarations").then().statusCode(201);
    }
}
