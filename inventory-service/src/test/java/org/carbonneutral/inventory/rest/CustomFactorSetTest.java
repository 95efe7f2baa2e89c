package org.carbonneutral.inventory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A tenant's own factor sets: cited, versioned, never edited, visible to that tenant only. */
@QuarkusTest
class CustomFactorSetTest {

    @Inject
    Pool pool;

    static String set(String code, String version, String value, String unit) {
        return """
                {"code":"%s","version":"%s","source":"Supplier EPD S-P-01234 (2025-03), verified by SGS",
                 "factors":[{"kind":"STATIONARY_COMBUSTION","activity":"生質柴油 B5","activityEn":"Biodiesel blend B5",
                             "gas":"CO2","value":%s,"unit":"%s","biogenic":false}]}""".formatted(code, version, value, unit);
    }

    @Test
    void publishUseAndNeverEdit() {
        String tenant = "factors-" + UUID.randomUUID();
        String preparer = Tokens.of(tenant, "pat", "preparer");
        String approver = Tokens.of(tenant, "ann", "approver");
        String code = "ACME-EF-" + Math.abs(tenant.hashCode() % 10000);
        String id = code + ":2025.1:stationary_combustion:生質柴油 B5:CO2";
        given().auth().oauth2(preparer).contentType(ContentType.JSON).body(set(code, "2025.1", "2.4757", "L"))
                .post("/api/emission-factors/sets").then().statusCode(201).body("[0].id", equalTo(id))
                .body("[0].source", equalTo("Supplier EPD S-P-01234 (2025-03), verified by SGS"));
        // a published version never changes; the code of a public set is reserved; bad units are named
        given().auth().oauth2(preparer).contentType(ContentType.JSON).body(set(code, "2025.1", "9.9", "L"))
                .post("/api/emission-factors/sets").then().statusCode(409)
                .body("type", equalTo("https://carbon-neutrality-suite.org/problems/factor-set-version-exists"));
        given().auth().oauth2(preparer).contentType(ContentType.JSON).body(set("MOENV-EF", "9", "1", "L"))
                .post("/api/emission-factors/sets").then().statusCode(409);
        given().auth().oauth2(preparer).contentType(ContentType.JSON).body(set(code, "2025.2", "1", "gallon"))
                .post("/api/emission-factors/sets").then().statusCode(400).body("violations[0].field", equalTo("factors[0].unit"));
        given().auth().oauth2(preparer).get("/api/emission-factors?set=" + code).then().statusCode(200)
                .body("id", hasItem(id));
        given().auth().oauth2(Tokens.of("someone-else", "x", "viewer")).get("/api/emission-factors?set=" + code).then()
                .statusCode(200).body("id", not(hasItem(id)));
        Exception refused = assertThrows(Exception.class, () -> pool.preparedQuery(
                "update custom_factor set value = 1 where tenant = $1").execute(io.vertx.mutiny.sqlclient.Tuple.of(tenant))
                .await().atMost(Duration.ofSeconds(10)));
        assertTrue(refused.getMessage().contains("never change"), refused.getMessage());

        // the tenant's inventory uses it; the approval names the set
        UUID declaration = UUID.randomUUID();
        TestKafka.publish(EventType.DECLARATION_OPENED, tenant, declaration, new org.carbonneutral.contracts.events.DeclarationOpened(
                declaration, SubjectType.ORGANISATION, "Acme", "b", java.time.LocalDate.of(2025, 1, 1),
                java.time.LocalDate.of(2025, 12, 31), org.carbonneutral.contracts.ClaimStandard.ISO_14068_1));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(preparer)
                .get("/api/inventories/{id}", declaration).then().statusCode(200));
        String content = "{" + InventoryResourceTest.HEAD + """
                "sources":[{"name":"Boilers on B5","facility":"Taoyuan plant","category":1,
                  "activities":[{"quantity":1000,"unit":"L","factorIds":["%s"]}]},""".formatted(id)
                + InventoryResourceTest.ELECTRICITY + "]}";
        given().auth().oauth2(Tokens.of("someone-else", "x", "preparer")).contentType(ContentType.JSON).header("If-Match", "0")
                .body(content).put("/api/inventories/{id}", declaration).then().statusCode(404);
        given().auth().oauth2(preparer).contentType(ContentType.JSON).header("If-Match", "0").body(content)
                .put("/api/inventories/{id}", declaration).then().statusCode(200);
        given().auth().oauth2(approver).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/inventories/{id}/approval", declaration).then().statusCode(200);
        var events = TestKafka.events(Topics.INVENTORY, declaration, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.INVENTORY_APPROVED) >= 1);
        InventoryApproved approved = Events.payload(events.get(0), InventoryApproved.class);
        assertEquals(new BigDecimal("2.476"), approved.snapshot().sources().get(0).tco2e());
        assertTrue(approved.snapshot().factorSets().stream().anyMatch(f -> f.code().equals(code)
                && f.version().equals("2025.1") && f.source().startsWith("Supplier EPD")));
    }

    @Test
    void anotherTenantsFactorIsUnknown() {
        String tenant = "factors-" + UUID.randomUUID();
        String code = "OWN-EF-" + Math.abs(tenant.hashCode() % 10000);
        given().auth().oauth2(Tokens.of(tenant, "pat", "preparer")).contentType(ContentType.JSON)
                .body(set(code, "1", "2", "L")).post("/api/emission-factors/sets").then().statusCode(201);
        UUID declaration = InventoryResourceTest.open(SubjectType.ORGANISATION, "Acme Taiwan");
        given().auth().oauth2(InventoryResourceTest.PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{" + InventoryResourceTest.HEAD + """
                        "sources":[{"name":"B5","facility":"Taoyuan plant","category":1,
                          "activities":[{"quantity":1,"unit":"L","factorIds":["%s:1:stationary_combustion:生質柴油 B5:CO2"]}]}]}"""
                        .formatted(code))
                .put("/api/inventories/{id}", declaration).then().statusCode(400)
                .body("violations[0].field", equalTo("sources[0].activities[0].factorIds[0]"));
    }
}
