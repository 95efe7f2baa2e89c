package org.carbonneutral.offset.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.APPROVER;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.MOENV_HEADER;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.NEXT;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.PREPARER;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.TENANT;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.content;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.moenv;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.openWithInventory;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.pathwayApproved;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.put;
import static org.carbonneutral.offset.rest.OffsetsResourceTest.retirement;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Organisation;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.DeclarationPublished;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.platform.testing.TestEvents;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A company that wants the badge without the credits: each way of borrowing someone else's retirement, squatting
 * serials, or back-dating and re-labelling a retirement is refused with its rule, and nothing is approved. The
 * registries' records come from the (simulated) registries over HTTP, fetched by an operator; the declarations are
 * Acme's (TestEvents.ACME: "Acme Taiwan Ltd.", business number 04595257).
 */
@QuarkusTest
@WithTestResource(value = SimulatedRegistries.class, scope = TestResourceScope.GLOBAL)
class CreditAttacksTest {

    static final String VERRA_HEADER = "Issuance Date,Vintage Start,Vintage End,ID,Name,Country/Area,Quantity Issued,"
            + "Serial Number,Retirement/Cancellation Date,Retirement Beneficiary,Retirement Reason,Retirement Details\n";

    /** One row of MOENV's 註銷額度公告 for {@code serial}. */
    static String moenvRow(String holder, String retiredOn, String type, String serial) {
        long quantity = Long.parseLong(serial.substring(17, 26)) - Long.parseLong(serial.substring(7, 16)) + 1;
        return "\"" + holder + "\"," + retiredOn + "," + quantity + "," + type + ",碳中和," + serial + "," + quantity + "\n";
    }

    /** A declaration of Acme with its inventory (residual 20 t) and pathway approved: only the credits are left. */
    static UUID ready() {
        UUID id = openWithInventory("10", "10");
        pathwayApproved(id, 1, 1);
        return id;
    }

    static ValidatableResponse submit(UUID id) {
        return given().auth().oauth2(PREPARER).post("/api/offsets/{id}/submission", id).then().statusCode(200);
    }

    static ValidatableResponse approve(UUID id) {
        int revision = given().auth().oauth2(PREPARER).get("/api/offsets/{id}", id).then().statusCode(200)
                .extract().path("revision");
        return given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":" + revision + "}")
                .post("/api/offsets/{id}/approval", id).then();
    }

    /** A Verra retirement of {@code serial} on 2025-03-01, as the claim states its vintage and issuance. */
    static String verraRetirement(String serial, int vintageYear, String issuedOn) {
        return retirement(serial, "2025-03-01").replace("\"registry\":\"MOENV\"", "\"registry\":\"VERRA\"")
                .replace("\"vintageYear\":2023", "\"vintageYear\":" + vintageYear)
                .replace("\"issuedOn\":\"2024-05-20\"", "\"issuedOn\":\"" + issuedOn + "\"");
    }

    static String fresh(long quantity) {
        return moenv(NEXT.getAndAdd(quantity + 1000), quantity);
    }

    @Test
    void aBeneficiaryTypedAsPartOfAnotherCompanysNameDoesNotMakeItsRetirementOurs() {
        UUID id = ready();
        String globex = fresh(20);
        SimulatedRegistries.publishAndFetch("MOENV", MOENV_HEADER + moenvRow("Globex Corporation", "2025-03-01", "碳中和",
                globex));
        // "corp" is part of Globex's name, as "Acme Taiwan Ltd." contains "Acme": neither is a match
        put(id, 0, content(retirement(globex, "2025-03-01").replace("Acme Taiwan Ltd.", "corp")), 200);
        submit(id).body("findings.ruleId", hasItem("OFF-2"))
                .body("findings.messageEn", hasItem(containsString("retired on behalf of 'Globex Corporation'")));
        approve(id).statusCode(422).contentType("application/problem+json")
                .body("findings.ruleId", hasItem("OFF-2"));
    }

    @Test
    void aPublicRecordNamingNoBeneficiaryBlocks() {
        UUID id = ready();
        String unnamed = fresh(20);
        SimulatedRegistries.publishAndFetch("MOENV", MOENV_HEADER + moenvRow("", "2025-03-01", "碳中和", unnamed));
        put(id, 0, content(retirement(unnamed, "2025-03-01")), 200);
        submit(id).body("findings.find { it.ruleId == 'OFF-2' }.severity", equalTo("BLOCK"))
                .body("findings.messageEn", hasItem(containsString("names no beneficiary")));
        approve(id).statusCode(422);
    }

    @Test
    void ofTwoCompaniesClaimingOneBlockOnlyTheOneTheRegistryNamesCan() {
        String tenant = "globex-" + UUID.randomUUID();
        Organisation globex = new Organisation("Globex Corporation", List.of(), "10458575");
        UUID theirs = TestEvents.declarationOpened(tenant, SubjectType.ORGANISATION, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), ClaimStandard.ISO_14068_1, globex);
        TestEvents.inventoryApproved(tenant, theirs, 1, TestEvents.organisationInventory("10", "10"));
        TestKafka.publish(EventType.PATHWAY_APPROVED, tenant, theirs, new PathwayApproved(theirs, 1, 1, "b".repeat(64),
                "ann", OffsetDateTime.now(), List.of(), OffsetsResourceTest.pathwaySnapshot()));
        String preparer = Tokens.of(tenant, "gus@globex.example", "preparer");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(preparer)
                .get("/api/offsets/{id}/basis", theirs).then().statusCode(200).body("pathwayRevision", equalTo(1)));
        UUID ours = ready();
        String serial = fresh(20);
        SimulatedRegistries.publishAndFetch("MOENV", MOENV_HEADER + moenvRow("Acme Taiwan Ltd.", "2025-03-01", "碳中和",
                serial));
        String claim = content(retirement(serial, "2025-03-01"));
        given().auth().oauth2(preparer).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(claim)
                .put("/api/offsets/{id}", theirs).then().statusCode(200);
        put(ours, 0, claim, 200);
        given().auth().oauth2(preparer).post("/api/offsets/{id}/submission", theirs).then().statusCode(200)
                .body("findings.messageEn", hasItem(containsString("retired on behalf of 'Acme Taiwan Ltd.', not "
                        + "'Globex Corporation'")));
        given().auth().oauth2(Tokens.of(tenant, "ann@globex.example", "approver")).contentType(ContentType.JSON)
                .body("{\"revision\":1}").post("/api/offsets/{id}/approval", theirs).then().statusCode(422);
        approve(ours).statusCode(200);
    }

    @Test
    void aRecordForUsByBusinessNumberCountsWhateverTheNameIsWritten() {
        UUID id = ready();
        String ours = fresh(20);
        SimulatedRegistries.publishAndFetch("MOENV", MOENV_HEADER.replace("\n", ",統一編號\n")
                + moenvRow("艾克米台灣分公司", "2025-03-01", "碳中和", ours).replace("\n", ",04595257\n"));
        put(id, 0, content(retirement(ours, "2025-03-01")), 200);
        submit(id).body("findings.ruleId", not(hasItem("OFF-2")));
        approve(id).statusCode(200);
    }

    @Test
    void theRetirementDateQuantityAndUseAreTheRegistrysNotTheClaimants() {
        UUID id = ready();
        String late = fresh(5);
        String fee = fresh(5);
        long start = NEXT.getAndAdd(2000);
        String wide = moenv(start, 30);
        String part = moenv(start, 10);
        SimulatedRegistries.publishAndFetch("MOENV", MOENV_HEADER
                + moenvRow("Acme Taiwan Ltd.", "2027-01-10", "碳中和", late)
                + moenvRow("Acme Taiwan Ltd.", "2025-03-01", "碳費抵銷", fee)
                + moenvRow("Acme Taiwan Ltd.", "2025-03-01", "碳中和", wide));
        put(id, 0, content(retirement(late, "2025-06-30"), retirement(fee, "2025-03-01"), retirement(part, "2025-03-01")),
                200);
        submit(id).body("findings.findAll { it.ruleId == 'OFF-2' }.field", hasItems("retirements[0].retiredOn",
                        "retirements[1].purpose", "retirements[2].quantity"))
                .body("findings.messageEn", hasItem(containsString("2025-06-30")))
                .body("findings.messageEn", hasItem(containsString("2027-01-10")))
                .body("findings.messageEn", hasItem(containsString("碳費抵銷")));
        approve(id).statusCode(422);
    }

    @Test
    void theVintageProjectAndIssuanceAreTheRegistrysNotTheClaimants() {
        UUID id = ready();
        long start = 20_000_000_000L + NEXT.getAndAdd(5000);
        String recorded = "19385-" + start + "-" + (start + 19) + "-VCS-VCU-1507-VER-ET-14-1340-01012017-31122017-1";
        String claimed = "16543-" + start + "-" + (start + 19) + "-VCS-VCU-263-VER-TW-1-2345-01012024-31122024-0";
        SimulatedRegistries.publishAndFetch("VERRA", VERRA_HEADER + "2018-02-01,2017-01-01,2017-12-31,1340,"
                + "Bale Mountains Eco-region REDD+ project,Ethiopia,20," + recorded + ",2025-03-01,Acme Taiwan Ltd.,"
                + "Environmental Benefit,Carbon neutrality 2024\n");
        put(id, 0, content(verraRetirement(claimed, 2024, "2025-02-01")), 200);
        submit(id).body("findings.findAll { it.ruleId == 'OFF-2' }.field", hasItems("retirements[0].vintageYear",
                        "retirements[0].projectId", "retirements[0].issuedOn"))
                .body("findings.messageEn", hasItem(containsString("2017")));
        approve(id).statusCode(422);
    }

    @Test
    void creditsIssuedBeforeTheirMonitoringPeriodEndedAreNotExPost() {
        UUID id = ready();
        long start = 30_000_000_000L + NEXT.getAndAdd(5000);
        String serial = "16543-" + start + "-" + (start + 19) + "-VCS-VCU-263-VER-TW-1-2345-01012023-31122023-0";
        SimulatedRegistries.publishAndFetch("VERRA", VERRA_HEADER + "2023-06-01,2023-01-01,2023-12-31,2345,"
                + "Rooftop solar aggregation,Taiwan,20," + serial + ",2025-03-01,Acme Taiwan Ltd.,Environmental Benefit,"
                + "Carbon neutrality 2024\n");
        put(id, 0, content(verraRetirement(serial, 2023, "2023-06-01")), 200);
        submit(id).body("findings.find { it.ruleId == 'OFF-6' }.field", equalTo("retirements[0].issuedOn"))
                .body("findings.find { it.ruleId == 'OFF-6' }.messageEn", containsString("before its monitoring period"));
        approve(id).statusCode(422);
    }

    /** Two of Acme's declarations, each with a draft claiming the same block, which the registry retired for Acme. */
    static List<UUID> twoDraftsClaimingOneBlock() {
        String serial = fresh(20);
        SimulatedRegistries.publishAndFetch("MOENV", MOENV_HEADER + moenvRow("Acme Taiwan Ltd.", "2025-03-01", "碳中和",
                serial));
        List<UUID> ids = List.of(ready(), ready());
        ids.forEach(id -> put(id, 0, content(retirement(serial, "2025-03-01")), 200));
        return ids;
    }

    @Test
    void aDraftHoldsNoSerialsAndAPublishedVersionHoldsThemForGood() {
        List<UUID> ids = twoDraftsClaimingOneBlock();
        UUID squatter = ids.get(0);
        UUID owner = ids.get(1);
        // the squatter's draft came first: it holds nothing, so the owner's approval goes through
        approve(owner).statusCode(200);
        approve(squatter).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("declaration " + owner)).body("detail", containsString("(OFF-2)"));
        // published on the owner's credits: held for good, also once the owner lets them go
        int revision = given().auth().oauth2(PREPARER).get("/api/offsets/{id}", owner).then().extract().path("revision");
        TestKafka.publish(EventType.DECLARATION_PUBLISHED, TENANT, owner, new DeclarationPublished(owner, 1,
                "e".repeat(64), 1, 1, revision, OffsetDateTime.now(), "/public/declarations/" + owner));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> approve(squatter).statusCode(409)
                .body("detail", containsString("published, version 1; held for good")));
        put(owner, revision, "{\"retirements\":[],\"projects\":[]}", 200);
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"" + (revision + 1) + "\"")
                .body("{\"reason\":\"credits no longer needed\"}").post("/api/offsets/{id}/release", owner).then()
                .statusCode(403);
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).header("If-Match", "\"" + (revision + 1) + "\"")
                .body("{\"reason\":\"credits no longer needed\"}").post("/api/offsets/{id}/release", owner).then()
                .statusCode(200);
        approve(squatter).statusCode(409).body("detail", containsString("held for good"));
    }

    @Test
    void releasingApprovedUnpublishedCreditsIsAnExplicitAuditedAction() {
        List<UUID> ids = twoDraftsClaimingOneBlock();
        UUID first = ids.get(0);
        UUID second = ids.get(1);
        approve(first).statusCode(200);
        approve(second).statusCode(409);
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"reason\":\"moved to the product claim\"}")
                .post("/api/offsets/{id}/release", first).then().statusCode(428);
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"reason\":\"moved to the product claim\"}").post("/api/offsets/{id}/release", first).then()
                .statusCode(200).body("status", equalTo("DRAFT")).body("approval", equalTo(null));
        given().auth().oauth2(PREPARER).get("/api/offsets/{id}/trail", first).then().statusCode(200)
                .body("detail", hasItem(containsString("credits released: moved to the product claim")));
        approve(second).statusCode(200);
    }

    @Test
    void ofTwentyConcurrentApprovalsOfTheSameBlockExactlyOneWins() throws Exception {
        int n = 20;
        String serial = fresh(20);
        SimulatedRegistries.publishAndFetch("MOENV", MOENV_HEADER + moenvRow("Acme Taiwan Ltd.", "2025-03-01", "碳中和",
                serial));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = ready();
            put(id, 0, content(retirement(serial, "2025-03-01")), 200);
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = ids.get(i);
            replies.add(pool.submit(() -> given().auth().oauth2(APPROVER).contentType(ContentType.JSON)
                    .body("{\"revision\":1}").post("/api/offsets/{id}/approval", id).then().extract().statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : replies) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(n - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void aClaimantCannotUploadWhatTheRegistrySays() {
        String serial = fresh(20);
        given().auth().oauth2(PREPARER).contentType("text/csv; charset=UTF-8")
                .body(MOENV_HEADER + moenvRow("Acme Taiwan Ltd.", "2025-03-01", "碳中和", serial))
                .post("/api/registry-imports?registry=MOENV").then().statusCode(org.hamcrest.Matchers.anyOf(
                        equalTo(403), equalTo(404), equalTo(405), equalTo(415)));
        given().auth().oauth2(PREPARER).post("/api/registry-imports/MOENV/fetch").then().statusCode(403);
        UUID id = ready();
        put(id, 0, content(retirement(serial, "2025-03-01")), 200);
        submit(id).body("findings.messageEn", hasItem(containsString("is not in")));
    }

    @Test
    void retirementsOfOneBatchWithoutRangesDoNotCollideAndCannotAddUpToMoreThanIt() {
        String batch = "PURO-CORC-2024-" + NEXT.getAndAdd(1000);
        SimulatedRegistries.publishAndFetch("PURO_EARTH", "serial,quantity,retired_on,beneficiary,vintage,project_id,"
                + "issued_on,purpose,retirement_type,batch,batch_quantity\n"
                + puroRow(batch + "-R1", 12, batch) + puroRow(batch + "-R2", 8, batch) + puroRow(batch + "-R3", 8, batch));
        List<UUID> ids = new ArrayList<>();
        for (String retirement : List.of("-R1", "-R2", "-R3")) {
            UUID id = openWithInventory("5", "3");
            pathwayApproved(id, 1, 1);
            int quantity = retirement.equals("-R1") ? 12 : 8;
            put(id, 0, "{\"retirements\":[{\"registry\":\"PURO_EARTH\",\"serialNumber\":\"" + batch + retirement
                    + "\",\"quantity\":" + quantity + ",\"projectId\":\"P-7\",\"vintageYear\":2024,\"issuedOn\":"
                    + "\"2025-01-15\",\"retiredOn\":\"2025-03-01\",\"beneficiary\":\"Acme Taiwan Ltd.\"}],"
                    + "\"projects\":[" + PURO_PROJECT + "]}", 200);
            ids.add(id);
        }
        // two retirements of one batch (12 + 8 of its 25 credits) do not collide
        approve(ids.get(0)).statusCode(200);
        approve(ids.get(1)).statusCode(200);
        // a third (8 more) would make the batch's 25 credits 28: the same credits under another identifier
        approve(ids.get(2)).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("issued with 25; 20 of them are already claimed (OFF-2)"));
    }

    static final String PURO_PROJECT = """
            {"registry":"PURO_EARTH","id":"P-7","name":"Biochar carbon removal, Pingtung","type":"REMOVAL",
             "storageYears":100,"methodology":"Puro Standard Biochar 2022","location":"Pingtung, Taiwan",
             "developer":"Formosa Biochar","participants":["Formosa Biochar"],"verificationBody":"DNV",
             "boundaryAndBaseline":{"reference":"https://registry.puro.earth/P-7/pdd"},
             "monitoring":{"reference":"https://registry.puro.earth/P-7/monitoring"},
             "additionality":{"reference":"https://registry.puro.earth/P-7/pdd#additionality"},"reversalRisk":false,
             "permanence":{"reference":"https://registry.puro.earth/P-7/permanence"},
             "reversalCompensation":"Puro.earth reversal buffer",
             "safeguards":{"reference":"https://registry.puro.earth/P-7/safeguards"},
             "verification":{"reference":"https://registry.puro.earth/P-7/verification"},"ccpLabel":true,
             "corsiaEligible":false}""";

    static String puroRow(String serial, int quantity, String batch) {
        return serial + "," + quantity + ",2025-03-01,Acme Taiwan Ltd.,2024,P-7,2025-01-15,Carbon neutrality 2024,"
                + "voluntary," + batch + ",25\n";
    }
}
