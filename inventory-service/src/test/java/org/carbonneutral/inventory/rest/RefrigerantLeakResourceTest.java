package org.carbonneutral.inventory.rest;

import static io.restassured.RestAssured.given;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.APPROVER;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.DIESEL;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.ELECTRICITY;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.HEAD;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.PREPARER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;

/** A refrigerant leak (3 kg R-410A topped up) recorded through the API, quantified with the MOENV 表4-4 GWP. */
@QuarkusTest
class RefrigerantLeakResourceTest {

    static String leak(String gas, String kg) {
        return """
                {"name":"Air conditioners, R-410A top-up","facility":"Taoyuan plant","category":1,
                 "activities":[{"quantity":%s,"unit":"kg","evidence":"service records 2025",
                                "lookup":{"kind":"FUGITIVE_REFRIGERANT","activity":"%s","year":2025}}]}""".formatted(kg, gas);
    }

    @Test
    void aLeakIsRecordedAndQuantified() {
        UUID id = InventoryResourceTest.open(SubjectType.ORGANISATION, null);
        String body = "{" + HEAD + "\"sources\":[" + DIESEL + "," + ELECTRICITY + "," + leak("R-410A", "3") + "]}";
        assertEquals(200, InventoryResourceTest.put(id, PREPARER, 0, body));
        given().auth().oauth2(PREPARER).post("/api/inventories/{id}/submission", id).then().statusCode(200);
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/inventories/{id}/approval", id).then().statusCode(200).body("status", equalTo("APPROVED"));
        var events = TestKafka.events(Topics.INVENTORY, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.INVENTORY_APPROVED) >= 1);
        var snapshot = Events.payload(events.stream().filter(e -> e.type().equals("inventory.InventoryApproved"))
                .findFirst().orElseThrow(), InventoryApproved.class).snapshot();
        var line = snapshot.sources().get(2);
        assertEquals(new BigDecimal("5.772"), line.tco2e()); // 3 kg × 1,924 (AR5) ÷ 1000
        assertEquals(1, line.scope());
        assertEquals("R-410A", line.gases().get(0).gas());
        assertEquals(new BigDecimal("3.000"), line.gases().get(0).kg());
        assertTrue(snapshot.factorSets().stream().anyMatch(f -> f.code().equals("MOENV-EF-FGAS")
                && f.version().equals("6.0.4") && f.source().endsWith("R-410A AR5 GWP = 1924")), snapshot.factorSets().toString());
    }

    @Test
    void anUnknownGasOrANegativeMassIsRefused() {
        UUID id = InventoryResourceTest.open(SubjectType.ORGANISATION, null);
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{" + HEAD + "\"sources\":[" + leak("R-410X", "3") + "]}")
                .put("/api/inventories/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("sources[0].activities[0].lookup.activity"))
                .body("violations[0].message", containsString("close names: R-410A, R-410B"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{" + HEAD + "\"sources\":[" + leak("R-410A", "-3") + "]}")
                .put("/api/inventories/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("sources[0].activities[0].quantity"));
        // R-402A has HC-290 (propane), of which the suite holds no AR6 GWP: no AR6 value, refused, never guessed
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{" + HEAD.replace("\"AR5\"", "\"AR6\"") + "\"sources\":[" + leak("R-402A", "3") + "]}")
                .put("/api/inventories/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("sources[0].activities[0].lookup.activity"))
                .body("violations[0].message", containsString("no AR6 GWP for R-402A (component HC-290)"));
    }

    static String chiller(String chargeKg, String percent, String justification) {
        return """
                {"name":"Chiller CH-1","facility":"Taoyuan plant","category":1,
                 "activities":[{"quantity":%s,"unit":"kg","evidence":"equipment register 2025",
                                "lookup":{"kind":"FUGITIVE_REFRIGERANT","activity":"HFC-134a","year":2025},
                                "leakRate":{"equipment":"Chillers","percent":%s%s}}]}""".formatted(chargeKg, percent,
                justification == null ? "" : ",\"justification\":\"" + justification + "\"");
    }

    @Test
    void theEquipmentMethodSepticTanksAndBlendsThroughTheApi() {
        UUID id = InventoryResourceTest.open(SubjectType.ORGANISATION, null);
        String septic = """
                {"name":"Septic tank, office","facility":"Taoyuan plant","category":1,
                 "activities":[{"quantity":50,"unit":"person","evidence":"attendance 2025",
                                "lookup":{"kind":"WASTEWATER","activity":"化糞池系統","year":2025},
                                "septicTank":{"workingDays":250,"hoursPerDay":8,"litresPerPersonHour":15.625,
                                              "bodMgPerLitre":200,"parameterSources":"attendance 2025; 表6 example values"}}]}""";
        String body = "{" + HEAD + "\"sources\":[" + DIESEL + "," + ELECTRICITY + "," + chiller("120", "2",
                "maintained yearly: low end") + "," + septic + "]}";
        assertEquals(200, InventoryResourceTest.put(id, PREPARER, 0, body));
        String[] bad = {
            chiller("120", "20", null), "sources[0].activities[0].leakRate.percent", "outside 表8's range 2–15 %",
            chiller("120", "5", null), "sources[0].activities[0].leakRate.justification", "justify the chosen point",
            chiller("-120", "5", "x"), "sources[0].activities[0].quantity", "",
            chiller("120", "5", "x").replace("Chillers", "Freezer"), "sources[0].activities[0].leakRate.equipment", "冰水機",
            """
                {"name":"Blend","category":1,"activities":[{"quantity":3,"unit":"kg","blend":{"name":"X","source":"SDS",
                 "components":[{"gas":"HFC-32","percent":50},{"gas":"HFC-125","percent":45}]}}]}""",
            "sources[0].activities[0].blend.components", "sum to 95 %, not 100 %",
            leak("R-410A", "3").replace("\"category\":1", "\"category\":3,\"scope3Category\":4"),
            "sources[0].activities[0].lookup.kind", "FUGITIVE_REFRIGERANT factor",
        };
        for (int i = 0; i < bad.length; i += 3) {
            given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "1")
                    .body("{" + HEAD + "\"sources\":[" + bad[i] + "]}")
                    .put("/api/inventories/{id}", id).then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(bad[i + 1]))
                    .body("violations[0].message", containsString(bad[i + 2]));
        }
        // nothing changed: still revision 1, with its four sources
        given().auth().oauth2(PREPARER).get("/api/inventories/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"").body("content.sources.size()", equalTo(4));
    }
}
