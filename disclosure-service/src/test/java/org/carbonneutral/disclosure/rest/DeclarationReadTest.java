package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;
import static org.carbonneutral.disclosure.ApprovalEvents.inventoryRevoked;
import static org.carbonneutral.disclosure.rest.ApprovalProjectionTest.PREPARER;
import static org.carbonneutral.disclosure.rest.ApprovalProjectionTest.VIEWER;
import static org.carbonneutral.disclosure.rest.ApprovalProjectionTest.deliver;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A declaration read again answers what a fresh read would: every change of the row and of its publication shows. */
@QuarkusTest
class DeclarationReadTest {

    private static String read(UUID id) {
        return given().auth().oauth2(VIEWER).get("/api/declarations/{id}", id).then().statusCode(200).extract()
                .asString();
    }

    @Test
    void aReadAgainShowsEveryChangeOfTheDeclarationAndItsPublication() {
        UUID id = PublicationContentTest.openWithoutProfile();
        String first = read(id);
        assertEquals(first, read(id), "read again, unchanged");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(org.carbonneutral.disclosure.ApprovalEvents.PROFILE)
                .put("/api/declarations/{id}/profile", id).then().statusCode(200);
        String withProfile = read(id);
        assertNotEquals(first, withProfile, "the profile shows");
        given().auth().oauth2(VIEWER).get("/api/declarations/{id}", id).then().body("profile", org.hamcrest.Matchers
                .notNullValue()).body("publication.status", equalTo("NOT_PUBLISHED"));

        PublicationContentTest.approveAll(id);
        PublicationContentTest.awaitPublished(id);
        String published = read(id);
        assertEquals(published, read(id));
        given().auth().oauth2(VIEWER).get("/api/declarations/{id}", id).then().body("publication.status",
                equalTo("PUBLISHED")).body("publication.version", equalTo(1))
                .body("publication.publicPath", equalTo("/public/declarations/" + id));

        deliver(inventoryRevoked(id, 1, 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/declarations/{id}", id).then().body("publication.status", equalTo("WITHDRAWN"))
                .body("publication.withdrawnAt", org.hamcrest.Matchers.notNullValue()));
        assertEquals(read(id), read(id));

        given().auth().oauth2(Tokens.of("other-" + UUID.randomUUID(), "vic@other.example", "viewer"))
                .get("/api/declarations/{id}", id).then().statusCode(404);
    }
}
