package org.carbonneutral.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.carbonneutral.platform.testing.Tokens;

/** One declaration taken through the four running services over HTTP, as an ESG platform would. */
final class Journey {

    /** The sample declaration (deploy/local/sample/), the same that `suite up` publishes. */
    static final String INVENTORY = sample("inventory.json");
    static final String PATHWAY = sample("pathway.json");
    static final String PROFILE = sample("profile.json");
    static final String CLAIM_VERIFICATION = sample("claim-verification.json");
    static final String OFFSETS = sample("offsets.json");
    static final String MOENV_EXPORT = sample("moenv-retirements.csv");
    static final String VERRA_EXPORT = sample("verra-transactions.csv");
    static final String DECLARATION = sample("declaration.json");

    /** The suite's operator, who has the registries' exports fetched. */
    static final String OPERATOR = Tokens.of("suite", "ops@suite.example", "operator");

    final String tenant = "tenant-" + UUID.randomUUID();
    /** Serial blocks of this journey's own: the suite's ledger refuses a credit claimed twice. */
    final long moenvStart = ThreadLocalRandom.current().nextLong(100_000_000L, 899_000_000L);
    final long verraStart = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    final String preparer = Tokens.of(tenant, "pat@example.tw", "preparer");
    final String approver = Tokens.of(tenant, "ann@example.tw", "approver");
    UUID id;

    static String sample(String name) {
        try {
            return Files.readString(Path.of(System.getProperty("suite.root", ".."), "deploy", "local", "sample", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String url(String service) {
        return RunningSuite.url(service);
    }

    Journey open() {
        id = UUID.fromString(given().auth().oauth2(preparer).contentType(ContentType.JSON).body(DECLARATION)
                .post(url("disclosure-service") + "/api/declarations").then().statusCode(201).extract().path("id"));
        given().auth().oauth2(preparer).contentType(ContentType.JSON).body(PROFILE)
                .put(url("disclosure-service") + "/api/declarations/" + id + "/profile").then().statusCode(200);
        given().auth().oauth2(preparer).contentType(ContentType.JSON).body(CLAIM_VERIFICATION)
                .put(url("disclosure-service") + "/api/declarations/" + id + "/claim-verification").then().statusCode(200);
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
        return OFFSETS.replace("{{MOENV_SERIAL}}", moenvSerial()).replace("{{VERRA_SERIAL}}", verraSerial());
    }

    /**
     * The registries publish this journey's retirements (the simulated registries serve them) and an operator has the
     * suite fetch them: OFF-2 checks the credits against these public records.
     */
    Journey importRegistryRecords() {
        for (String[] export : new String[][] {{"MOENV", MOENV_EXPORT.replace("{{MOENV_SERIAL}}", moenvSerial())},
            {"VERRA", VERRA_EXPORT.replace("{{VERRA_SERIAL}}", verraSerial())}}) {
            given().body(export[1].getBytes(StandardCharsets.UTF_8)).put(RunningSuite.registryExport(export[0])).then()
                    .statusCode(204);
            given().auth().oauth2(OPERATOR).post(url("offset-service") + "/api/registry-imports/" + export[0] + "/fetch")
                    .then().statusCode(201);
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
                    .body("basisAvailable.inventory", org.hamcrest.Matchers.equalTo(inventoryRevision)));
        }
    }

    ValidatableResponse publicJson() {
        return given().get(url("disclosure-service") + "/api/public/declarations/" + id).then();
    }
}
