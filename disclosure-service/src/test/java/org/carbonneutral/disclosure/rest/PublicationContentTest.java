package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carbonneutral.disclosure.ApprovalEvents.PROFILE;
import static org.carbonneutral.disclosure.ApprovalEvents.inventory;
import static org.carbonneutral.disclosure.ApprovalEvents.inventoryRevoked;
import static org.carbonneutral.disclosure.ApprovalEvents.offsets;
import static org.carbonneutral.disclosure.ApprovalEvents.pathway;
import static org.carbonneutral.disclosure.rest.ApprovalProjectionTest.PREPARER;
import static org.carbonneutral.disclosure.rest.ApprovalProjectionTest.VIEWER;
import static org.carbonneutral.disclosure.rest.ApprovalProjectionTest.deliver;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What is published: the profile and the eight items and six chapters (DIS-2, DIS-3, DIS-4), and the public page. */
@QuarkusTest
class PublicationContentTest {

    static UUID openWithoutProfile() {
        return UUID.fromString(given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body("""
                {"subjectType":"ORGANISATION","subjectName":"Acme Taiwan Co., Ltd.","boundary":"Operational control, all Taiwan sites",
                 "periodStart":"2025-01-01","periodEnd":"2025-12-31","claimStandard":"ISO_14068_1"}""")
                .post("/api/declarations").then().statusCode(201).extract().path("id"));
    }

    static void approveAll(UUID id) {
        deliver(inventory(id, 1));
        deliver(pathway(id, 1, 1));
        deliver(offsets(id, 1, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/declarations/{id}", id).then().body("offsets.approvedRevision", equalTo(1))
                .body("pathway.approvedRevision", equalTo(1)).body("inventory.approvedRevision", equalTo(1)));
    }

    static void awaitPublished(UUID id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/public/declarations/{id}", id)
                .then().statusCode(200));
    }

    @Test
    void aMissingChapterBlocksPublicationUntilTheProfileIsEntered() {
        UUID id = openWithoutProfile();
        approveAll(id);
        given().auth().oauth2(VIEWER).get("/api/declarations/{id}", id).then()
                .body("publication.status", equalTo("NOT_PUBLISHED"))
                .body("blockers.findAll { it.severity == 'BLOCK' }.ruleId", containsInAnyOrder("DIS-3"))
                .body("blockers.find { it.ruleId == 'DIS-3' }.messageEn", containsString("chapter 1 (Basic data)"));
        given().get("/api/public/declarations/{id}", id).then().statusCode(404);
        // bad input: the problem names each field, nothing is stored
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON)
                .body(PROFILE.replace("\"name\":\"Acme Taiwan Co., Ltd.\"", "\"name\":\" \"").replace("esg@acme.example", "not-an-email"))
                .put("/api/declarations/{id}/profile", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("company.name", "planOwner.email"));
        given().auth().oauth2(VIEWER).get("/api/declarations/{id}", id).then().body("profile", equalTo(null));
        // the profile completes the plan: published at once, with the DIS-4 reminder of a listed company
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(PROFILE).put("/api/declarations/{id}/profile", id)
                .then().statusCode(200).body("publication.status", equalTo("PUBLISHED"))
                .body("blockers.ruleId", not(hasItem("DIS-3")));
        given().get("/api/public/declarations/{id}", id).then().statusCode(200)
                .body("content.items.number", hasItems(1, 2, 3, 4, 5, 6, 7, 8))
                .body("content.chapters.number", hasItems(1, 2, 3, 4, 5, 6))
                .body("content.profile.company.name", equalTo("Acme Taiwan Co., Ltd."))
                .body("content.summary.offsetSharePercent", equalTo(100.0f))
                .body("content.reminders.ruleId", hasItem("DIS-4"))
                .body("content.claim.statementEn", containsString("in accordance with ISO 14068-1:2023"));
        // a published version never changes: the profile is frozen
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(PROFILE).put("/api/declarations/{id}/profile", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theBilingualPublicPageShowsTheEightItemsTheChartAndTheVersions() {
        UUID id = ApprovalProjectionTest.open();
        approveAll(id);
        awaitPublished(id);
        String zh = given().get("/public/declarations/{id}", id).then().statusCode(200)
                .contentType(containsString("text/html")).header("Content-Language", "zh-TW").extract().asString();
        for (int n = 1; n <= 8; n++) {
            assertTrue(zh.contains("data-item=\"" + n + "\""), "item " + n);
        }
        for (int n = 1; n <= 6; n++) {
            assertTrue(zh.contains("data-chapter=\"" + n + "\""), "chapter " + n);
        }
        assertTrue(zh.contains("<svg") && zh.contains("id=\"pathway-chart\"") && zh.contains("class=\"target\""), "chart");
        assertTrue(zh.contains("TW-2-1-030172798-030174996-00-00-A0000070"), "serials");
        assertTrue(zh.contains("href=\"https://ghgregistry.moenv.gov.tw/\""), "public retirement link");
        assertTrue(zh.contains("揭露事項") && zh.contains("碳中和管理計畫") && zh.contains("上市櫃公司"), "zh-TW words");
        assertTrue(zh.contains("href=\"/public/assets/declaration.css\""), "the page's style sheet");
        given().get("/public/assets/declaration.css").then().statusCode(200).body(containsString("@media print"));
        String digest = given().get("/api/public/declarations/{id}", id).then().extract().path("digest");
        assertTrue(zh.contains(digest), "version history with the digest");
        String en = given().header("Accept-Language", "en-GB,en;q=0.9").get("/public/declarations/{id}", id).then()
                .statusCode(200).header("Content-Language", "en").header("Vary", containsString("Accept-Language"))
                .extract().asString();
        assertTrue(en.contains("Disclosure items") && en.contains("(6) Residual emissions to offset"), "en words");
        assertTrue(given().get("/public/declarations/{id}?lang=en", id).then().extract().asString()
                .contains("Carbon-neutrality management plan"));
        Matcher share = Pattern.compile("share of total emissions</dt><dd>([^<]+)</dd>").matcher(en);
        assertTrue(share.find());
        assertEquals("100.00 %", share.group(1));
    }

    @Test
    void theIndexAndFeedListPublicationsAndWithdrawals() {
        UUID id = ApprovalProjectionTest.open();
        approveAll(id);
        awaitPublished(id);
        deliver(inventoryRevoked(id, 1, 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/public/declarations/{id}", id)
                .then().body("status", equalTo("WITHDRAWN")));
        String page = given().get("/public/declarations/{id}", id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"withdrawn-banner\""), "withdrawn banner");
        given().get("/api/public/tenants/acme/declarations").then().statusCode(200)
                .body("find { it.declarationId == '" + id + "' }.status", equalTo("WITHDRAWN"));
        given().get("/public/tenants/acme/feed.json").then().statusCode(200)
                .contentType(containsString("application/feed+json"))
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .body("items.id", hasItems("urn:declaration:" + id + ":v1:published", "urn:declaration:" + id + ":v1:withdrawn"));
        given().accept("application/json").get("/public/tenants/acme/feed.json").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("items.id", hasItems("urn:declaration:" + id + ":v1:published"));
        given().accept("application/feed+json").get("/public/tenants/acme/feed.json").then().statusCode(200)
                .contentType(containsString("application/feed+json"));
        given().accept("text/csv").get("/public/tenants/acme/feed.json").then().statusCode(406);
        given().get("/public/tenants/acme").then().statusCode(200).body(containsString(id.toString()));
        given().get("/api/public/tenants/nobody-" + UUID.randomUUID() + "/declarations").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void anIsoClaimIsWordedFromItsOwnVerificationNotTheInventorys() {
        UUID id = ApprovalProjectionTest.open();
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body("""
                {"verification":{"body":"SGS Taiwan Ltd.","accreditation":"TAF 0006","standard":"ISO 14064-3:2019",
                 "assuranceLevel":"REASONABLE","statementDate":"2026-04-15","reference":"SGS-CN-2026-0042"}}""")
                .put("/api/declarations/{id}/claim-verification", id).then().statusCode(200)
                .body("blockers.ruleId", not(hasItem("DIS-7")));
        approveAll(id);
        awaitPublished(id);
        given().get("/api/public/declarations/{id}", id).then().statusCode(200)
                .body("content.claimVerification.verification.body", equalTo("SGS Taiwan Ltd."))
                .body("content.claim.statementEn", containsString("verified by SGS Taiwan Ltd. (TAF 0006) under "
                        + "ISO 14064-3:2019 with reasonable assurance"))
                .body("content.claim.statementZh", containsString("合理保證等級"))
                .body("content.reminders.ruleId", not(hasItem("DIS-7")));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body("{\"verification\":null}")
                .put("/api/declarations/{id}/claim-verification", id).then().statusCode(409);
        given().auth().oauth2(VIEWER).get("/api/declarations/{id}/trail", id).then()
                .body("action", hasItem("CLAIM_VERIFICATION_UPDATED"));
    }
}
