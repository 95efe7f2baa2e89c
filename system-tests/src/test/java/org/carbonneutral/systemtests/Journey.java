package org.carbonneutral.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import org.carbonneutral.platform.testing.Tokens;

/** One declaration taken through the four running services over HTTP, as an ESG platform would. */
final class Journey {

    static final String INVENTORY = """
            {"boundaryApproach":"OPERATIONAL_CONTROL","gwpSet":"AR5","facilities":["Taoyuan plant"],
             "verification":{"verified":true,"article21Emitter":false,"body":"SGS Taiwan","accreditation":"TAF",
                             "assuranceLevel":"REASONABLE","statementDate":"2026-04-30","reference":"GHG-2026-0412"},
             "sources":[
              {"name":"Diesel, generators and forklifts","facility":"Taoyuan plant","category":1,
               "activities":[{"quantity":120,"unit":"kL","evidence":"Fuel invoices 2025",
                              "lookup":{"kind":"STATIONARY_COMBUSTION","activity":"柴油","set":"MOENV-EF","year":2025}}]},
              {"name":"Purchased electricity","facility":"Taoyuan plant","category":2,"scope2Method":"LOCATION_BASED",
               "activities":[{"quantity":2500000,"unit":"kWh","evidence":"Taipower bills 2025",
                              "factorIds":["TAIPOWER-GRID:2017-2024:purchased_electricity:電力:CO2E:2024"]}]}]}""";
    static final String PATHWAY = """
            {"baseYear":2020,"baselineTco2e":2100,"shortTermTargetYear":2030,"shortTermTargetTco2e":1218,"netZeroYear":2045,
             "targetScopes":[1,2],"scienceBasedReference":"SBTI_1_5C","baselineByScope":[{"scope":1,"tco2e":1000},{"scope":2,"tco2e":1100}],
             "baselineSource":{"citation":"2020 GHG inventory (ISO 14064-1), third-party verified, statement of 2021-05-03"},
             "timeline":"2025 first carbon-neutral year (ISO 14068-1); yearly declarations; 2030 target; net zero 2045",
             "expectedCredits":[{"year":2025,"tonnes":1499,"type":"MOENV domestic offset credits and Verra VCUs"}],
             "measures":[{"name":"Rooftop solar on the Taoyuan plant","type":"ENERGY_SUBSTITUTION","scopes":[2],
                          "sourcesAffected":["Purchased electricity"],"calculationBasis":"grid electricity displaced, kWh",
                          "quantificationMethod":"metered solar kWh x Taipower grid factor","monitoringIndicator":"solar kWh/month",
                          "monitoringFrequency":"monthly","expectedReductionTco2e":190,"status":"IN_PROGRESS","startDate":"2025-04-01"}]}""";
    static final String OFFSETS = """
            {"retirements":[
              {"registry":"MOENV","serialNumber":"TW-2-1-030172798-030173019-00-00-A0000070","projectName":"Boiler fuel switch",
               "quantity":222,"vintageYear":2023,"retiredOn":"2026-03-15","publicReference":"https://ghgregistry.moenv.gov.tw/"},
              {"registry":"Verra","serialNumber":"16543-780010001-780011277-VCS-VCU-263-VER-TW-1-2345-01012023-31122023-0",
               "projectName":"Rooftop solar aggregation","quantity":1277,"vintageYear":2023,"retiredOn":"2026-03-16",
               "publicReference":"https://registry.verra.org/"}]}""";

    final String tenant = "tenant-" + UUID.randomUUID();
    final String preparer = Tokens.of(tenant, "pat@example.tw", "preparer");
    final String approver = Tokens.of(tenant, "ann@example.tw", "approver");
    UUID id;

    static String url(String service) {
        return RunningSuite.url(service);
    }

    Journey open() {
        id = UUID.fromString(given().auth().oauth2(preparer).contentType(ContentType.JSON).body("""
                {"subjectType":"ORGANISATION","subjectName":"Acme Taiwan Co., Ltd.","boundary":"Operational control",
                 "periodStart":"2025-01-01","periodEnd":"2025-12-31","claimStandard":"ISO_14068_1"}""")
                .post(url("disclosure-service") + "/api/declarations").then().statusCode(201).extract().path("id"));
        for (String path : new String[] {"inventory-service/api/inventories/", "pathway-service/api/pathways/",
                "offset-service/api/offsets/"}) {
            String service = path.substring(0, path.indexOf('/'));
            String rest = path.substring(path.indexOf('/'));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(preparer)
                    .get(url(service) + rest + id).then().statusCode(200));
        }
        return this;
    }

    int revision(String service, String part) {
        return given().auth().oauth2(preparer).get(url(service) + part + id).then().statusCode(200).extract().path("revision");
    }

    Journey put(String service, String part, String body) {
        int revision = revision(service, part);
        given().auth().oauth2(preparer).contentType(ContentType.JSON).header("If-Match", "\"" + revision + "\"").body(body)
                .put(url(service) + part + id).then().statusCode(200);
        return this;
    }

    ValidatableResponse approve(String service, String part) {
        int revision = revision(service, part);
        return given().auth().oauth2(approver).contentType(ContentType.JSON).body("{\"revision\":" + revision + "}")
                .post(url(service) + part + id + "/approval").then();
    }

    void awaitInventoryBasis(int inventoryRevision) {
        for (String[] p : new String[][] {{"pathway-service", "/api/pathways/"}, {"offset-service", "/api/offsets/"}}) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(preparer)
                    .get(url(p[0]) + p[1] + id).then().statusCode(200)
                    .body("inventoryRevisionAvailable", org.hamcrest.Matchers.equalTo(inventoryRevision)));
        }
    }

    ValidatableResponse publicJson() {
        return given().get(url("disclosure-service") + "/api/public/declarations/" + id).then();
    }
}
