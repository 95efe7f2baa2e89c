package org.carbonneutral.inventory.rest;

import static io.restassured.RestAssured.given;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.APPROVER;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.DIESEL;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.ELECTRICITY;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.HEAD;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.PREPARER;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.SCOPES_1_AND_2;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.open;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;

/** A product subject (ISO/CNS 14067) from its first submission to its approval. */
@QuarkusTest
class ProductSubjectResourceTest {

    @Test
    void productSubjectNeedsAllScopesAndTheProductsTable() {
        // a period no test approves an organisation inventory of: INV-1 needs the cited statement
        UUID id = open(SubjectType.PRODUCT, "Bottled tea 600 ml", 2019);
        assertEquals(200, put(id, PREPARER, 0, SCOPES_1_AND_2));
        given().auth().oauth2(PREPARER).post("/api/inventories/{id}/submission", id).then().statusCode(200)
                .body("findings.ruleId", contains("INV-1", "INV-4", "INV-4", "INV-4", "INV-4", "INV-9"))
                .body("findings.field", contains("organisationInventory", "sources", "products", "allocationMethod",
                        "subjectChoiceReason", "productSubject"));
        String transport = """
                {"name":"Outbound transport by contracted trucks","facility":"Taoyuan plant","category":3,"scope3Category":9,
                 "activities":[{"quantity":15000,"unit":"L",
                                "lookup":{"kind":"MOBILE_COMBUSTION","activity":"Gas/Diesel Oil","year":2025}}]}""";
        assertEquals(200, put(id, PREPARER, 1, "{" + HEAD + "\"sources\":[" + DIESEL + "," + ELECTRICITY + ","
                + transport + "]," + """
                 "products":[{"name":"Bottled tea 600 ml","quantity":1000000,"unit":"bottle","tco2e":420},
                             {"name":"Canned coffee","quantity":500000,"unit":"can","tco2e":180}],
                 "allocationMethod":"physical: by mass shipped","subjectChoiceReason":"best-selling product",
                 "organisationInventory":{"year":2019,"scope1Tco2e":313.769,"scope2Tco2e":948,"verifier":"SGS Taiwan",
                                          "reference":"GHG-2026-0412"},
                 "productSubject":{"declaredUnit":"one 600 ml bottle","market":"B2B","quantity":1000000,
                   "stages":[{"stage":"RAW_MATERIAL_ACQUISITION","included":true},{"stage":"PRODUCTION","included":true},
                             {"stage":"DISTRIBUTION","included":false,"omissionReason":"sold ex works to a bottler"}]}}"""));
        given().auth().oauth2(PREPARER).post("/api/inventories/{id}/submission", id).then().statusCode(200)
                .body("findings", hasSize(0));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":2}")
                .post("/api/inventories/{id}/approval", id).then().statusCode(200);
        List<CloudEvent> events = TestKafka.events(Topics.INVENTORY, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.INVENTORY_APPROVED) >= 1);
        InventoryApproved approved = Events.payload(events.get(0), InventoryApproved.class);
        assertEquals(new BigDecimal("70.00"), approved.snapshot().products().get(0).sharePercent());
        assertEquals(new BigDecimal("70.00"), approved.snapshot().productSubject().sharePercent());
        assertEquals("B2B", approved.snapshot().productSubject().market());
        // per declared unit: total footprint (kg) ÷ 1,000,000 bottles
        assertEquals(approved.snapshot().totalTco2e().movePointRight(3)
                .divide(new BigDecimal("1000000"), 6, java.math.RoundingMode.HALF_UP),
                approved.snapshot().productSubject().perUnitKgCo2e());
        assertEquals(new BigDecimal("30.00"), approved.snapshot().products().get(1).sharePercent());
    }
}
