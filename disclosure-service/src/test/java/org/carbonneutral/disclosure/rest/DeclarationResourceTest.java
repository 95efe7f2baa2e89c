package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeclarationResourceTest {

    static final String PREPARER = Tokens.of("initech", "pat@initech.example", "preparer");
    static final String VIEWER = Tokens.of("initech", "vic@initech.example", "viewer");
    static final String VALID = """
            {"subjectType":"PRODUCT","subjectName":"Bottled tea 600 ml","boundary":"Cradle to grave",
             "periodStart":"2025-01-01","periodEnd":"2025-12-31","claimStandard":"PAS_2060"}""";

    static int count() {
        return given().auth().oauth2(VIEWER).get("/api/declarations?limit=500").then().statusCode(200)
                .extract().path("size()");
    }

    @Test
    void openReadAndList() {
        String location = given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(VALID)
                .post("/api/declarations").then().statusCode(201)
                .header("Location", containsString("/api/declarations/"))
                .body("subjectType", equalTo("PRODUCT")).body("claimStandard", equalTo("PAS_2060"))
                .body("publication.status", equalTo("NOT_PUBLISHED"))
                .body("blockers.field", contains("inventory", "pathway", "offsets", "profile",
                        "claimVerification.validation"))
                .extract().header("Location");
        given().auth().oauth2(VIEWER).get(location).then().statusCode(200).body("createdBy", equalTo("pat@initech.example"));
        given().auth().oauth2(Tokens.of("other", "o", "viewer")).get(location).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theDeclaringOrganisationIsNamedWithAValidBusinessNumberAndTravelsWithTheOpening() {
        String withOrganisation = VALID.replace("\"claimStandard\":\"PAS_2060\"", "\"claimStandard\":\"PAS_2060\","
                + "\"organisation\":{\"legalName\":\"Initech Taiwan Co., Ltd.\",\"aliases\":[\"台灣尹尼科技股份有限公司\"],"
                + "\"businessNumber\":\"04595257\"}");
        String id = given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(withOrganisation)
                .post("/api/declarations").then().statusCode(201)
                .body("organisation.legalName", equalTo("Initech Taiwan Co., Ltd."))
                .body("organisation.aliases", contains("台灣尹尼科技股份有限公司"))
                .body("organisation.businessNumber", equalTo("04595257")).extract().path("id");
        var opened = org.carbonneutral.platform.testing.TestKafka.events(org.carbonneutral.contracts.Topics.DISCLOSURE,
                UUID.fromString(id), java.time.Duration.ofSeconds(30), l -> !l.isEmpty());
        var event = org.carbonneutral.contracts.Events.payload(opened.get(0),
                org.carbonneutral.contracts.events.DeclarationOpened.class);
        assertEquals("04595257", event.organisation().businessNumber());
        assertEquals(java.util.List.of("Initech Taiwan Co., Ltd.", "台灣尹尼科技股份有限公司"), event.organisation().names());
        int before = count();
        // a number whose check digit does not match, a malformed one, a missing legal name: 400s naming the field
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(withOrganisation.replace("04595257", "04595258"))
                .post("/api/declarations").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("organisation.businessNumber"))
                .body("violations[0].message", containsString("check digit"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(withOrganisation.replace("04595257", "4595257"))
                .post("/api/declarations").then().statusCode(400)
                .body("violations[0].field", equalTo("organisation.businessNumber"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON)
                .body(withOrganisation.replace("\"legalName\":\"Initech Taiwan Co., Ltd.\",", ""))
                .post("/api/declarations").then().statusCode(400)
                .body("violations[0].field", equalTo("organisation.legalName"));
        assertEquals(before, count());
    }

    @Test
    void idempotencyKeyReturnsTheFirstResult() {
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(VALID).post("/api/declarations").then().statusCode(201).extract().path("id");
        int before = count();
        String again = given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(VALID).post("/api/declarations").then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        assertEquals(before, count());
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(VALID.replace("Bottled tea", "Canned coffee")).post("/api/declarations").then().statusCode(422)
                .contentType("application/problem+json");
        assertEquals(before, count());
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        int before = count();
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body("{}").post("/api/declarations").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("boundary", "claimStandard", "periodEnd", "periodStart",
                        "subjectName", "subjectType"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON)
                .body(VALID.replace("\"PRODUCT\"", "\"PLANET\"")).post("/api/declarations").then().statusCode(400)
                .body("violations[0].field", equalTo("subjectType"))
                .body("violations[0].message", containsString("ORGANISATION, PRODUCT, SERVICE"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON)
                .body(VALID.replace("\"2025-12-31\"", "\"2024-12-31\"")).post("/api/declarations").then()
                .statusCode(400).body("violations[0].field", equalTo("periodEnd"))
                .body("violations[0].rule", equalTo("INV-2"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON)
                .body(VALID.replace("\"2025-01-01\"", "20250101")).post("/api/declarations").then().statusCode(400)
                .body("violations[0].field", equalTo("periodStart"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON)
                .body(VALID.replace("\"2025-01-01\"", "\"2025-02-30\"")).post("/api/declarations").then()
                .statusCode(400).body("violations[0].field", equalTo("periodStart"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON)
                .body(VALID.replace("\"boundary\"", "\"boundry\":\"typo\",\"boundary\"")).post("/api/declarations").then()
                .statusCode(400).body("violations[0].field", equalTo("boundry"))
                .body("violations[0].message", startsWith("unknown property"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body("[1,2]").post("/api/declarations").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body("{\"subjectType\":").post("/api/declarations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("Exception")));
        given().auth().oauth2(PREPARER).contentType(ContentType.TEXT).body("hello").post("/api/declarations").then()
                .statusCode(415).contentType("application/problem+json");
        assertEquals(before, count());
    }

    @Test
    void tokensAndRoles() {
        given().contentType(ContentType.JSON).body(VALID).post("/api/declarations").then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/declarations").then().statusCode(401);
        given().auth().oauth2(VIEWER).contentType(ContentType.JSON).body(VALID).post("/api/declarations").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("initech", "a", "approver")).contentType(ContentType.JSON).body(VALID)
                .post("/api/declarations").then().statusCode(403);
        given().get("/api/public/declarations/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void openApiDescribesEveryOperationAndSwaggerUiIsServed() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/declarations", "/api/declarations/{id}",
                        "/api/public/declarations/{id}", "/public/declarations/{id}", "/api/rules"))
                .body("paths.'/api/declarations'.post.summary", equalTo("Open a declaration"))
                .body("paths.'/api/declarations'.post.responses.'201'.description", startsWith("Opened"))
                .body("components.schemas.OpenDeclarationRequest.properties.periodStart.examples[0]", equalTo("2025-01-01"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/declarations/{id}/claim-verification'.put.summary",
                        equalTo("Enter the claim's own verification or validation"));
        given().get("/api/rules").then().statusCode(200).body("id", contains("DIS-2", "DIS-3", "DIS-4", "DIS-7", "DIS-8",
                "DIS-5"));
    }

    @Test
    void aPas2060DeclarationFor2026IsRefusedAtOpening() {
        int before = count();
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON)
                .body(VALID.replace("2025-01-01", "2026-01-01").replace("2025-12-31", "2026-12-31"))
                .post("/api/declarations").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("claimStandard")).body("violations[0].rule", equalTo("DIS-8"))
                .body("detail", containsString("PAS 2060 is withdrawn"));
        assertEquals(before, count(), "nothing is stored");
        // the same subject under ISO 14068-1 opens
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(VALID.replace("2025-01-01", "2026-01-01")
                .replace("2025-12-31", "2026-12-31").replace("PAS_2060", "ISO_14068_1")).post("/api/declarations")
                .then().statusCode(201);
    }

    @Test
    void theClaimVerificationIsTheOneTheStandardAsksForAndIsStoredWithTheDeclaration() {
        String id = given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(VALID).post("/api/declarations")
                .then().statusCode(201).extract().path("id");
        String iso = """
                {"verification":{"body":"SGS Taiwan Ltd.","standard":"ISO 14064-3:2019","assuranceLevel":"LIMITED",
                 "statementDate":"2026-04-15","reference":"SGS-CN-2026-0042"}}""";
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body(iso)
                .put("/api/declarations/{id}/claim-verification", id).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("verification"))
                .body("violations[0].rule", equalTo("DIS-7"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body("""
                {"validation":{"type":"INDEPENDENT_THIRD_PARTY","validator":"BSI Taiwan","evidence":" ","date":"2026-04-15"}}""")
                .put("/api/declarations/{id}/claim-verification", id).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("validation.evidence"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body("""
                {"validation":{"type":"THIRD_PARTY","validator":"BSI Taiwan","evidence":"x","date":"2026-04-15"}}""")
                .put("/api/declarations/{id}/claim-verification", id).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("validation.type"));
        given().auth().oauth2(VIEWER).get("/api/declarations/{id}", id).then().body("claimVerification", equalTo(null))
                .body("blockers.find { it.ruleId == 'DIS-7' }.severity", equalTo("BLOCK"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body("""
                {"validation":{"type":"OTHER_PARTY","validator":"Parent Co. audit office","evidence":"AUD-2026-3",
                 "date":"2026-04-15"}}""").put("/api/declarations/{id}/claim-verification", id).then().statusCode(200)
                .body("claimVerification.validation.type", equalTo("OTHER_PARTY"))
                .body("blockers.ruleId", not(hasItems("DIS-7")));
        given().auth().oauth2(VIEWER).contentType(ContentType.JSON).body(iso)
                .put("/api/declarations/{id}/claim-verification", id).then().statusCode(403);
    }

    @Test
    void theListIsPagedByCursorWithALinkToTheNextPage() {
        String preparer = Tokens.of("paging-" + UUID.randomUUID(), "pat@paging.example", "preparer");
        java.util.Set<String> opened = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            opened.add(given().auth().oauth2(preparer).contentType(ContentType.JSON).body(VALID).post("/api/declarations")
                    .then().statusCode(201).extract().path("id"));
        }
        var first = given().auth().oauth2(preparer).get("/api/declarations?limit=2").then().statusCode(200)
                .body("size()", equalTo(2)).header("Link", containsString("rel=\"next\"")).extract();
        String next = first.header("Link").replaceAll("^<([^>]+)>.*$", "$1");
        var second = given().auth().oauth2(preparer).get(next).then().statusCode(200).body("size()", equalTo(1)).extract();
        assertEquals(null, second.header("Link"));
        java.util.Set<String> seen = new java.util.HashSet<>(first.path("id"));
        seen.addAll(second.path("id"));
        assertEquals(opened, seen);
        given().auth().oauth2(preparer).get("/api/declarations?cursor=not-a-cursor").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("cursor"));
        given().auth().oauth2(preparer).get("/api/declarations?limit=501").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
