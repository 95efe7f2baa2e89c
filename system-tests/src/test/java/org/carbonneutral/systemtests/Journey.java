package org.carbonneutral.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
    static final String PROFILE = """
            {"company":{"name":"Acme Taiwan Co., Ltd.","businessNumber":"12345678","address":"No. 1, Sec. 1, Zhongxiao W. Rd., Taipei",
                        "industry":"Electronic components","listed":true,"article21Emitter":false},
             "processesAndProducts":"Passive components: design in Taipei; sintering, plating and assembly in the Taoyuan plant",
             "commitment":{"signedBy":"Lin Mei-Hua","title":"Chairperson","date":"2025-01-15",
                           "statement":"Acme Taiwan will be carbon neutral every year from 2025, reduce first, and reach net zero by 2045."},
             "planOwner":{"name":"Chen Wei","title":"ESG manager","email":"esg@acme.example","phone":"+886-2-1234-5678"},
             "team":[{"name":"Chen Wei","role":"Plan owner","department":"ESG office"},
                     {"name":"Wang Li","role":"Inventory lead","department":"Plant engineering"},
                     {"name":"Huang Yu","role":"Credits and registries","department":"Finance"}],
             "outlook":"Rooftop solar on both sites by 2027, electrified kilns by 2030, and a supplier engagement programme for scope 3."}""";
    static final String OFFSETS = """
            {"retirements":[
              {"registry":"MOENV","serialNumber":"%1$s","projectName":"Boiler fuel switch to natural gas","quantity":222,
               "vintageYear":2023,"issuedOn":"2024-05-20","retiredOn":"2026-03-15","beneficiary":"Acme Taiwan Co., Ltd.",
               "purpose":"Carbon neutrality 2025 (ISO 14068-1)","publicReference":"https://ghgregistry.moenv.gov.tw/"},
              {"registry":"VERRA","serialNumber":"%2$s","projectName":"Rooftop solar aggregation, Taiwan","quantity":1277,
               "vintageYear":2023,"issuedOn":"2024-06-03","retiredOn":"2026-03-16","beneficiary":"Acme Taiwan Co., Ltd.",
               "purpose":"Carbon neutrality 2025 (ISO 14068-1)","publicReference":"https://registry.verra.org/"}],
             "projects":[
              {"registry":"MOENV","id":"A0000070","name":"Boiler fuel switch to natural gas","type":"REDUCTION",
               "moenvProgramme":"OFFSET_PROJECT","methodology":"AMS-III.B v18","location":"Kaohsiung, Taiwan",
               "developer":"Southern Energy Services Co.","participants":["Kaohsiung Steel Works"],"verificationBody":"SGS Taiwan",
               "boundaryAndBaseline":{"reference":"https://ghgregistry.moenv.gov.tw/ (project design document)"},
               "monitoring":{"reference":"https://ghgregistry.moenv.gov.tw/ (monitoring report 2023)"},
               "additionality":{"reference":"https://ghgregistry.moenv.gov.tw/ (PDD section B.5)"},"reversalRisk":false,
               "safeguards":{"reference":"https://ghgregistry.moenv.gov.tw/ (environmental impact statement)"},
               "verification":{"reference":"https://ghgregistry.moenv.gov.tw/ (verification statement 2024)"},
               "ccpLabel":false,"corsiaEligible":false},
              {"registry":"VERRA","id":"2345","name":"Rooftop solar aggregation, Taiwan","type":"AVOIDANCE","methodology":"ACM0002",
               "location":"Taiwan","developer":"Formosa Solar Aggregators","participants":["Formosa Solar Aggregators"],
               "verificationBody":"TÜV Rheinland Taiwan","boundaryAndBaseline":{"reference":"https://registry.verra.org/ (PD)"},
               "monitoring":{"reference":"https://registry.verra.org/ (monitoring report 2023)"},
               "additionality":{"reference":"https://registry.verra.org/ (PD section 3.5)"},"reversalRisk":false,
               "safeguards":{"reference":"https://registry.verra.org/ (PD section 2)"},
               "verification":{"reference":"https://registry.verra.org/ (verification report 2024)"},
               "ccpLabel":true,"corsiaEligible":false}]}""";
    static final String MOENV_EXPORT = """
            註銷持有名稱,申請時間,註銷之減量額度(公噸),註銷之類型,註銷原因 / 用途,使用額度編碼,使用額度
            "Acme Taiwan Co., Ltd.",2026-03-15,222,碳中和,Carbon neutrality 2025,%1$s,222
            """;
    static final String VERRA_EXPORT = """
            Issuance Date,Vintage Start,Vintage End,ID,Name,Country/Area,Quantity Issued,Serial Number,Retirement/Cancellation Date,Retirement Beneficiary,Retirement Reason,Retirement Details
            2024-06-03,2023-01-01,2023-12-31,2345,"Rooftop solar aggregation, Taiwan",Taiwan,1277,%1$s,2026-03-16,"Acme Taiwan Co., Ltd.",Environmental Benefit,Carbon neutrality 2025
            """;


    final String tenant = "tenant-" + UUID.randomUUID();
    /** Serial blocks of this journey's own: the suite's ledger refuses a credit claimed twice. */
    final long moenvStart = ThreadLocalRandom.current().nextLong(100_000_000L, 899_000_000L);
    final long verraStart = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
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
        given().auth().oauth2(preparer).contentType(ContentType.JSON).body(PROFILE)
                .put(url("disclosure-service") + "/api/declarations/" + id + "/profile").then().statusCode(200);
        for (String path : new String[] {"inventory-service/api/inventories/", "pathway-service/api/pathways/",
                "offset-service/api/offsets/"}) {
            String service = path.substring(0, path.indexOf('/'));
            String rest = path.substring(path.indexOf('/'));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(preparer)
                    .get(url(service) + rest + id).then().statusCode(200));
        }
        return this;
    }

    String moenvSerial() {
        return String.format("TW-2-1-%09d-%09d-00-00-A0000070", moenvStart, moenvStart + 221);
    }

    String verraSerial() {
        return "16543-" + verraStart + "-" + (verraStart + 1276) + "-VCS-VCU-263-VER-TW-1-2345-01012023-31122023-0";
    }

    String offsets() {
        return OFFSETS.formatted(moenvSerial(), verraSerial());
    }

    /** Imports the registries' public records of this journey's retirements (OFF-2 checks the credits against them). */
    Journey importRegistryRecords() {
        for (String[] export : new String[][] {{"MOENV", MOENV_EXPORT.formatted(moenvSerial())},
            {"VERRA", VERRA_EXPORT.formatted(verraSerial())}}) {
            given().auth().oauth2(preparer).contentType("text/csv; charset=UTF-8").body(export[1])
                    .post(url("offset-service") + "/api/registry-imports?registry=" + export[0]).then().statusCode(201);
        }
        return this;
    }

    /**
     * Opens the declaration and takes it to its final approval: inventory approved, pathway approved against it,
     * registry records imported and credits entered; only the offsets approval is left.
     */
    static Journey readyForFinalApproval() {
        Journey j = new Journey().open();
        j.put("inventory-service", "/api/inventories/", INVENTORY);
        j.approve("inventory-service", "/api/inventories/").statusCode(200);
        j.awaitInventoryBasis(1);
        j.put("pathway-service", "/api/pathways/", PATHWAY);
        j.importRegistryRecords().put("offset-service", "/api/offsets/", j.offsets());
        j.approve("pathway-service", "/api/pathways/").statusCode(200);
        j.awaitPathwayBasis();
        return j;
    }

    /** Waits until offset-service knows the approved pathway against the approved inventory (credits come after it). */
    void awaitPathwayBasis() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(preparer)
                .get(url("offset-service") + "/api/offsets/" + id + "/basis").then().statusCode(200)
                .body("pathwayRevision", org.hamcrest.Matchers.notNullValue()));
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
