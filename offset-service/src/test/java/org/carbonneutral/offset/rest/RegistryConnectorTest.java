package org.carbonneutral.offset.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.BENEFICIARY;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.freshMoenv;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.moenvExport;
import static org.carbonneutral.offset.rest.SimulatedRegistries.down;
import static org.carbonneutral.offset.rest.SimulatedRegistries.fetch;
import static org.carbonneutral.offset.rest.SimulatedRegistries.publish;
import static org.carbonneutral.offset.rest.SimulatedRegistries.publishAndFetch;
import static org.carbonneutral.offset.rest.SimulatedRegistries.url;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The registry connector against the simulated registries, over HTTP, on the real database. */
@QuarkusTest
@WithTestResource(value = SimulatedRegistries.class, scope = TestResourceScope.GLOBAL)
class RegistryConnectorTest {

    static final String PREPARER = Tokens.of("acme", "pat@acme.example", "preparer");
    static final String VIEWER = Tokens.of("globex", "vic@globex.example", "viewer");
    static final String PROBLEM = "application/problem+json";
    static final String GS_HEADER = "Vintage,Credit Status,Quantity,GSID,Retirement Date,Monitoring Period End,"
            + "Serial Number,Use Case,Using Entity\n";

    static ValidatableResponse versions(String registry, String serial) {
        return given().auth().oauth2(VIEWER).get("/api/registry-records/versions?registry={r}&serial={s}", registry, serial)
                .then().statusCode(200);
    }

    static int imports(String registry) {
        return given().auth().oauth2(VIEWER).get("/api/registry-imports?registry={r}&limit=1000", registry).then()
                .statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void eachRealExportIsFetchedWholeAndTheSameExportTwiceChangesNothing() throws Exception {
        Path samples = Path.of("../reference-data/offsetsdb-samples");
        String[][] files = {{"VERRA", "verra/transactions.csv", "200", "100"},
            {"GOLD_STANDARD", "gold-standard/retirements.csv", "100", "100"},
            {"ACR", "american-carbon-registry/retirements.csv", "100", "100"},
            {"CAR", "climate-action-reserve/retirements.csv", "100", "100"}, {"ART_TREES", "art-trees/retirements.csv", "8", "8"},
            {"MOENV", "../../registry-simulator/src/main/resources/moenv/retirements.csv", "4", "4"}};
        for (String[] f : files) {
            byte[] export = Files.readAllBytes(samples.resolve(f[1]));
            publish(f[0], export);
            String id = fetch(f[0]).statusCode(anyOf(equalTo(201), equalTo(200))).contentType("application/json")
                    .body("registry", equalTo(f[0])).body("source", equalTo(url(f[0])))
                    .body("rows", equalTo(Integer.parseInt(f[2]))).body("retirements", equalTo(Integer.parseInt(f[3])))
                    .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(export))))
                    .extract().path("id");
            int count = imports(f[0]);
            fetch(f[0]).statusCode(200).body("id", equalTo(id));
            assertEquals(count, imports(f[0]), "the same export again adds no import");
        }
        given().auth().oauth2(PREPARER).get("/api/registry-records?registry=GOLD_STANDARD&serial={s}",
                "GS1-1-KE-GS11603-16-2025-30256-110-5463").then().statusCode(200)
                .body("beneficiary", contains("Hilti Corporation")).body("status", contains("RETIRED"))
                .body("vintageYear", contains(2025)).body("projectId", contains("11603")).body("version", contains(1));
        given().auth().oauth2(VIEWER).get("/api/registry-records?registry=MOENV&serial={s}",
                "TW-2-1-030172900-030172999-00-00-A0000070").then().statusCode(200)
                .body("retirementType", contains("碳中和")).body("quantity", contains(1000));
    }

    @Test
    void aChangedRecordBecomesItsNextVersionTheEarlierKeptAndAnAbsentRecordStays() {
        String changed = freshMoenv(50);
        String absent = freshMoenv(30);
        publishAndFetch("MOENV", moenvExport("Acme Taiwan Ltd", changed, absent));
        String added = freshMoenv(10);
        publish("MOENV", moenvExport(BENEFICIARY, changed, added));
        String second = fetch("MOENV").statusCode(201).header("Location", containsString("/api/registry-imports/"))
                .body("retirements", equalTo(2)).body("recordsChanged", equalTo(2)).body("triggeredBy",
                        equalTo("ops@suite.example")).extract().path("id");
        versions("MOENV", changed).body("version", contains(1, 2))
                .body("beneficiary", contains("Acme Taiwan Ltd", BENEFICIARY)).body("importId[1]", equalTo(second))
                .body("importId[0]", not(equalTo(second)));
        given().auth().oauth2(PREPARER).get("/api/registry-records?registry=MOENV&serial={s}", changed).then()
                .statusCode(200).body("version", contains(2)).body("beneficiary", contains(BENEFICIARY));
        versions("MOENV", absent).body("version", contains(1)).body("beneficiary", contains("Acme Taiwan Ltd"));
        given().auth().oauth2(Tokens.of("acme", "ops@suite.example", "operator"))
                .get("/api/registry-imports/{id}", second).then().statusCode(200).body("recordsChanged", equalTo(2));
    }

    @Test
    void aRegistryThatCannotBeReachedIsA502AndItsRecordsStay() {
        String serial = freshMoenv(20);
        publishAndFetch("MOENV", moenvExport(BENEFICIARY, serial));
        int before = imports("MOENV");
        publish("MOENV", moenvExport("Somebody Else Ltd", serial));
        down("MOENV", true);
        try {
            fetch("MOENV").statusCode(502).contentType(PROBLEM).body("type", endsWith("/registry-unavailable"))
                    .body("detail", containsString("MOENV")).body("detail", containsString(url("MOENV")))
                    .body("detail", containsString("HTTP 503"));
        } finally {
            down("MOENV", false);
        }
        fetch("GCC").statusCode(502).contentType(PROBLEM).body("detail", containsString("connection refused"))
                .body("detail", containsString("/GCC/export.csv"));
        assertEquals(before, imports("MOENV"));
        versions("MOENV", serial).body("beneficiary", contains(BENEFICIARY));
    }

    @Test
    void anExportNotUnderstoodWholeIsA422NamingLineAndColumnAndNothingIsStored() {
        long batch = ThreadLocalRandom.current().nextLong(100_000, 999_999_999);
        String serial = "GS1-1-KE-GS11603-16-2025-" + batch + "-1-100";
        String row = "2025,Retired,100,11603,2026-04-10,2025-03-10," + serial + ",Voluntary,Acme Taiwan Ltd\n";
        publishAndFetch("GOLD_STANDARD", GS_HEADER + row);
        int before = imports("GOLD_STANDARD");
        byte[] junk = {'P', 'K', 3, 4, (byte) 0xFF, (byte) 0xFE, 0, 1};
        Object[][] garbage = {
            {junk, "line 1", "invalid UTF-8 at byte offset 4"},
            {GS_HEADER.getBytes(StandardCharsets.UTF_8), "line 2", "no rows"},
            {(GS_HEADER.replace("Credit Status,", "") + row.replace("Retired,", "").replace("Acme", "Other"))
                .getBytes(StandardCharsets.UTF_8), "line 1, column Credit Status", "missing column 'Credit Status'"},
            {(GS_HEADER + row.replace(",100,", ",99,").replace("Acme", "Other")).getBytes(StandardCharsets.UTF_8),
                "line 2, column Quantity", "names 100 credits (1..100), not 99"},
            {(GS_HEADER + row.replace("Acme", "Other") + row.replace("Retired", "Pending Transfer"))
                .getBytes(StandardCharsets.UTF_8), "line 3, column Credit Status", "unknown status 'Pending Transfer'"}};
        for (Object[] g : garbage) {
            publish("GOLD_STANDARD", (byte[]) g[0]);
            fetch("GOLD_STANDARD").statusCode(422).contentType(PROBLEM).body("type", endsWith("/invalid-registry-export"))
                    .body("violations[0].field", equalTo(g[1])).body("violations[0].message", containsString((String) g[2]))
                    .body("detail", containsString("nothing was imported"));
        }
        assertEquals(before, imports("GOLD_STANDARD"));
        versions("GOLD_STANDARD", serial).body("version", contains(1)).body("beneficiary", contains("Acme Taiwan Ltd"));
    }

    @Test
    void onlyOperatorsFetchAndNoOneUploadsRecords() {
        for (String token : List.of(PREPARER, Tokens.of("acme", "ann@acme.example", "approver"), VIEWER)) {
            given().auth().oauth2(token).post("/api/registry-imports/MOENV/fetch").then().statusCode(403)
                    .contentType(PROBLEM);
        }
        given().post("/api/registry-imports/MOENV/fetch").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(PREPARER).contentType("text/csv").body(OffsetsResourceTest.MOENV_HEADER)
                .post("/api/registry-imports?registry=MOENV").then().statusCode(405).contentType(PROBLEM);
        fetch("PACM").statusCode(409).contentType(PROBLEM).body("detail", containsString("suite.registries.pacm.url"));
        fetch("NOPE").statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(VIEWER).get("/api/registry-records?registry=NOPE&serial=x").then().statusCode(400)
                .contentType(PROBLEM).body("violations[0].field", equalTo("registry"));
        given().auth().oauth2(VIEWER).get("/api/registry-records?registry=MOENV&serial=TW-1").then().statusCode(400)
                .contentType(PROBLEM).body("violations[0].field", equalTo("serial"));
        given().auth().oauth2(SimulatedRegistries.OPERATOR).get("/api/registry-imports?limit=0").then().statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void theScheduleFetchesOnItsOwn() {
        long start = ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);
        String serial = "CN-5-" + start + "-" + (start + 99) + "-2-2-0-1234";
        publish("CDM", "serial,quantity,retired_on,beneficiary,purpose\n" + serial + ",100,2025-03-01," + BENEFICIARY
                + ",neutrality\n");
        // CDM is fetched every second (SimulatedRegistries); a generous deadline, no timing asserted
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                versions("CDM", serial).body("$", hasSize(1)));
        given().auth().oauth2(VIEWER).get("/api/registry-imports?registry=CDM").then().statusCode(200)
                .body("[0].triggeredBy", equalTo("schedule")).body("[0].retirements", equalTo(1));
    }
}
