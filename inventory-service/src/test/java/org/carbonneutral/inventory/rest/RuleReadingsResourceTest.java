package org.carbonneutral.inventory.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.DeclarationOpened;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The precise readings of INV-1 (a product rests on the organisation's inventory of the period), INV-5 (a subject
 * narrower than the organisation shows its share and reason) and INV-8 (PAS 2060: no scope-1 or scope-2 exclusion),
 * over HTTP. Each test is a tenant of its own, so no other test's approvals count for it.
 */
@QuarkusTest
class RuleReadingsResourceTest {

    record Tenant(String preparer, String approver, String name) {
        static Tenant fresh() {
            String t = "readings-" + UUID.randomUUID();
            return new Tenant(Tokens.of(t, "pat@example.tw", "preparer"), Tokens.of(t, "ann@example.tw", "approver"), t);
        }

        UUID open(SubjectType type, String subject, ClaimStandard standard) {
            UUID id = UUID.randomUUID();
            TestKafka.publish(EventType.DECLARATION_OPENED, name, id, new DeclarationOpened(id, type, subject,
                    "Taoyuan plant, operational control", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), standard));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(preparer)
                    .get("/api/inventories/{id}", id).then().statusCode(200));
            return id;
        }

        void put(UUID id, int ifMatch, String body) {
            given().auth().oauth2(preparer).contentType(ContentType.JSON).header("If-Match", "\"" + ifMatch + "\"")
                    .body(body).put("/api/inventories/{id}", id).then().statusCode(200);
        }

        io.restassured.response.ValidatableResponse submit(UUID id) {
            return given().auth().oauth2(preparer).post("/api/inventories/{id}/submission", id).then().statusCode(200);
        }
    }

    static final String ORGANISATION = "{" + InventoryResourceTest.HEAD + "\"sources\":[" + InventoryResourceTest.DIESEL
            + "," + InventoryResourceTest.ELECTRICITY + "]";
    static final String PRODUCT = ORGANISATION + """
            ,"products":[{"name":"Bottled tea 600 ml","quantity":1000000,"unit":"bottle","tco2e":420},
                         {"name":"Canned coffee","quantity":500000,"unit":"can","tco2e":180}],
             "allocationMethod":"physical: by mass shipped","subjectChoiceReason":"best-selling product",
             "productSubject":{"declaredUnit":"one 600 ml bottle","market":"B2B","quantity":1000000,
               "stages":[{"stage":"RAW_MATERIAL_ACQUISITION","included":true},{"stage":"PRODUCTION","included":true},
                         {"stage":"DISTRIBUTION","included":false,"omissionReason":"sold ex works to a bottler"}]}""";
    static final String TRANSPORT = """
            ,{"name":"Outbound transport","facility":"Taoyuan plant","category":3,"scope3Category":9,
              "activities":[{"quantity":15000,"unit":"L",
                             "lookup":{"kind":"MOBILE_COMBUSTION","activity":"Gas/Diesel Oil","year":2025}}]}]""";

    static String product(String extra) {
        return PRODUCT.replace(InventoryResourceTest.ELECTRICITY + "]", InventoryResourceTest.ELECTRICITY + TRANSPORT)
                + extra + "}";
    }

    /** A cited statement of the organisation's inventory: year, scope 1 and 2 totals, then {@code rest}. */
    static String statement(int year, String rest) {
        return ",\"organisationInventory\":{\"year\":" + year + ",\"scope1Tco2e\":313.769,\"scope2Tco2e\":948," + rest + "}";
    }

    @Test
    void inv1AProductClaimRestsOnTheOrganisationsApprovedInventoryOrACitedStatement() {
        Tenant t = Tenant.fresh();
        UUID product = t.open(SubjectType.PRODUCT, "Bottled tea 600 ml", ClaimStandard.ISO_14068_1);
        t.put(product, 0, product(""));
        t.submit(product).body("findings.ruleId", contains("INV-1")).body("findings[0].severity", equalTo("BLOCK"))
                .body("findings[0].field", equalTo("organisationInventory"));
        // a cited statement of another year does not count; of the period, it does
        t.put(product, 1, product(statement(2024, "\"verifier\":\"SGS Taiwan\",\"reference\":\"GHG-2025-0311\"")));
        t.submit(product).body("findings.field", contains("organisationInventory.year"));
        t.put(product, 2, product(statement(2025, "\"verifier\":\"SGS Taiwan\",\"reference\":\"GHG-2026-0412\"")));
        t.submit(product).body("findings.ruleId", not(hasItem("INV-1")));
        // a statement without its verifier is bad input: 400 naming the field
        given().auth().oauth2(t.preparer()).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body(product(statement(2025, "\"reference\":\"x\"")))
                .put("/api/inventories/{id}", product).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("organisationInventory.verifier")));

        // without a statement, the tenant's approved organisation inventory of the same period satisfies INV-1
        t.put(product, 3, product(""));
        t.submit(product).body("findings.ruleId", contains("INV-1"));
        UUID organisation = t.open(SubjectType.ORGANISATION, "Acme Taiwan", ClaimStandard.ISO_14068_1);
        t.put(organisation, 0, ORGANISATION + "}");
        t.submit(organisation);
        given().auth().oauth2(t.approver()).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/inventories/{id}/approval", organisation).then().statusCode(200);
        t.submit(product).body("findings.ruleId", not(hasItem("INV-1")));
        given().auth().oauth2(t.approver()).contentType(ContentType.JSON).body("{\"revision\":4}")
                .post("/api/inventories/{id}/approval", product).then().statusCode(200);
    }

    @Test
    void inv5ASitePartOfTheOrganisationShowsItsShareAndWhyItWasChosen() {
        Tenant t = Tenant.fresh();
        UUID id = t.open(SubjectType.ORGANISATION, "Acme Taiwan, Taoyuan plant", ClaimStandard.ISO_14068_1);
        // 1,261.769 t of an organisation emitting 20,000 t: 6.31 %, no reason, no plan for the other sites
        t.put(id, 0, ORGANISATION + ",\"organisationPart\":{\"covers\":\"Taoyuan plant only\",\"organisationTco2e\":20000}}");
        t.submit(id).body("findings.ruleId", contains("INV-5", "INV-5"))
                .body("findings.field", contains("subjectChoiceReason", "organisationPart.otherPartsPlan"))
                .body("findings[1].messageEn", org.hamcrest.Matchers.containsString("6.31 %"));
        t.put(id, 1, ORGANISATION + ",\"subjectChoiceReason\":\"the largest plant, piloting the plan\","
                + "\"organisationPart\":{\"covers\":\"Taoyuan plant only\",\"organisationTco2e\":20000,"
                + "\"otherPartsPlan\":\"Hsinchu and Tainan plants declare from 2028\"}}");
        t.submit(id).body("findings.ruleId", not(hasItem("INV-5")));
        // the whole organisation's figure is required: 400 naming the field
        given().auth().oauth2(t.preparer()).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(ORGANISATION + ",\"organisationPart\":{\"covers\":\"Taoyuan plant only\"}}")
                .put("/api/inventories/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("organisationPart.organisationTco2e")));
    }

    @Test
    void inv8UnderPas2060NoScope1Or2SourceIsExcluded() {
        Tenant t = Tenant.fresh();
        String refrigerant = ",\"exclusions\":[{\"name\":\"Refrigerant top-ups\",\"category\":1,\"estimatedTco2e\":0.5,"
                + "\"reason\":\"below 0.1 %\"}]}";
        UUID pas = t.open(SubjectType.ORGANISATION, "Acme Taiwan", ClaimStandard.PAS_2060);
        t.put(pas, 0, ORGANISATION + refrigerant);
        t.submit(pas).body("findings.ruleId", contains("INV-8")).body("findings[0].severity", equalTo("BLOCK"))
                .body("findings[0].field", equalTo("exclusions[0].category"));
        given().auth().oauth2(t.approver()).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/inventories/{id}/approval", pas).then().statusCode(422);
        // the same exclusion as scope 3 passes under PAS 2060, and under ISO 14068-1 the scope-1 one passes the 95 % test
        // (without the electricity, over half: 313.769 ÷ 314.269 = 99.84 %)
        t.put(pas, 1, ORGANISATION + refrigerant.replace("\"category\":1", "\"category\":4"));
        t.submit(pas).body("findings.ruleId", not(hasItem("INV-8")));
        UUID iso = t.open(SubjectType.ORGANISATION, "Acme Taiwan", ClaimStandard.ISO_14068_1);
        t.put(iso, 0, ORGANISATION + refrigerant);
        t.submit(iso).body("findings.ruleId", not(hasItem("INV-8")));
    }

    @Test
    void theOpenApiDocumentDescribesWhatTheReadingsNeed() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.InventoryContent.properties.keySet()",
                        org.hamcrest.Matchers.hasItems("organisationPart", "organisationInventory"))
                .body("components.schemas.OrganisationPart.description", org.hamcrest.Matchers.containsString("INV-5"))
                .body("components.schemas.OrganisationPart.properties.organisationTco2e.description",
                        org.hamcrest.Matchers.containsString("whole organisation's emissions"))
                .body("components.schemas.OrganisationStatement.description", org.hamcrest.Matchers.containsString("INV-1"))
                .body("components.schemas.OrganisationStatement.properties.verifier.description",
                        equalTo("Verification body"));
    }
}
