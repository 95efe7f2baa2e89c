package org.carbonneutral.offset.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.OffsetsApprovalRevoked;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.OffsetsSnapshot;
import org.carbonneutral.contracts.events.PathwayApprovalRevoked;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.platform.testing.TestEvents;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SimulatedRegistries.class, scope = TestResourceScope.GLOBAL)
class OffsetsResourceTest {

    /** The pathway approved at {@code revision} against {@code inventoryRevision}, once offset-service knows it. */
    static void pathwayApproved(UUID id, int revision, int inventoryRevision) {
        TestKafka.publish(EventType.PATHWAY_APPROVED, TENANT, id, new PathwayApproved(id, revision, inventoryRevision,
                "b".repeat(64), "ann", OffsetDateTime.now(), List.of(), pathwaySnapshot()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/offsets/{id}/basis", id).then().body("pathwayRevision", equalTo(revision)));
    }

    static PathwaySnapshot pathwaySnapshot() {
        return new PathwaySnapshot(2020, BigDecimal.TEN, List.of(), null, List.of(), null, null, 2030, null, null, null,
                2045, null, List.of(), null, List.of(), null, null, null, null, null, null, List.of(), null);
    }

    static final String TENANT = "acme";
    static final String PREPARER = Tokens.of(TENANT, "pat@acme.example", "preparer");
    static final String APPROVER = Tokens.of(TENANT, "ann@acme.example", "approver");
    static final String VIEWER = Tokens.of(TENANT, "vic@acme.example", "viewer");
    static final String BENEFICIARY = "Acme Taiwan Ltd.";
    static final String MOENV_HEADER = "註銷持有名稱,申請時間,註銷之減量額度(公噸),註銷之類型,註銷原因 / 用途,使用額度編碼,使用額度\n";
    /** The ledger is shared by every declaration of the suite: each test claims its own serials. */
    static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(100_000_000L, 800_000_000L));

    static String moenv(long start, long quantity) {
        return String.format("TW-2-1-%09d-%09d-00-00-A0000070", start, start + quantity - 1);
    }

    static String freshMoenv(long quantity) {
        return moenv(NEXT.getAndAdd(quantity + 1000), quantity);
    }

    static String project(boolean ccp) {
        return """
                {"registry":"MOENV","id":"A0000070","name":"Kaohsiung boiler fuel switch","type":"REDUCTION",
                 "moenvProgramme":"OFFSET_PROJECT","methodology":"AMS-III.B v18","location":"Kaohsiung, Taiwan",
                 "developer":"Acme Energy Services","participants":["Kaohsiung Steel Works"],"verificationBody":"SGS Taiwan",
                 "boundaryAndBaseline":{"reference":"https://ghgregistry.moenv.gov.tw/A0000070/pdd"},
                 "monitoring":{"reference":"https://ghgregistry.moenv.gov.tw/A0000070/monitoring-2023"},
                 "additionality":{"reference":"https://ghgregistry.moenv.gov.tw/A0000070/pdd#additionality"},
                 "reversalRisk":false,"permanence":{"reference":"https://ghgregistry.moenv.gov.tw/A0000070/pdd#permanence"},
                 "safeguards":{"reference":"https://ghgregistry.moenv.gov.tw/A0000070/eia"},
                 "verification":{"reference":"https://ghgregistry.moenv.gov.tw/A0000070/verification-2023"},
                 "ccpLabel":%s,"corsiaEligible":false}""".formatted(ccp);
    }

    static String retirement(String serial, String retiredOn) {
        return """
                {"registry":"MOENV","serialNumber":"%s","projectName":"Boiler fuel switch","vintageYear":2023,
                 "issuedOn":"2024-05-20","retiredOn":"%s","beneficiary":"%s","purpose":"Carbon neutrality 2024",
                 "publicReference":"https://ghgregistry.moenv.gov.tw/"}""".formatted(serial, retiredOn, BENEFICIARY);
    }

    static String content(String... retirements) {
        return "{\"retirements\":[" + String.join(",", retirements) + "],\"projects\":[" + project(true) + "]}";
    }

    /** MOENV's 註銷額度公告 of {@code serials}, retired for {@code holder} on 2025-03-01. */
    static String moenvExport(String holder, String... serials) {
        return moenvExportOn(holder, "2025-03-01", serials);
    }

    static String moenvExportOn(String holder, String retiredOn, String... serials) {
        StringBuilder csv = new StringBuilder(MOENV_HEADER);
        for (String serial : serials) {
            long quantity = Long.parseLong(serial.substring(17, 26)) - Long.parseLong(serial.substring(7, 16)) + 1;
            csv.append(holder).append(',').append(retiredOn).append(',').append(quantity).append(",碳中和,碳中和,").append(serial).append(',')
                    .append(quantity).append('\n');
        }
        return csv.toString();
    }

    static UUID openWithInventory(String tenant, String scope1, String scope2) {
        UUID id = TestEvents.declarationOpened(tenant, SubjectType.ORGANISATION, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), ClaimStandard.ISO_14068_1);
        TestEvents.inventoryApproved(tenant, id, 1, TestEvents.organisationInventory(scope1, scope2));
        String viewer = Tokens.of(tenant, "vic@example.tw", "viewer");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(viewer)
                .get("/api/offsets/{id}", id).then().statusCode(200).body("basisAvailable.inventory", equalTo(1)));
        return id;
    }

    static UUID openWithInventory(String scope1, String scope2) {
        return openWithInventory(TENANT, scope1, scope2);
    }

    static void put(UUID id, int ifMatch, String body, int status) {
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"" + ifMatch + "\"")
                .body(body).put("/api/offsets/{id}", id).then().statusCode(status);
    }

    static void approve(UUID id, int revision, int status) {
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":" + revision + "}")
                .post("/api/offsets/{id}/approval", id).then().statusCode(status);
    }

    @Test
    void creditsConfirmedByTheRegistryAndCoveringTheResidualAreApprovedWithTheirDueDiligence() {
        // residual 276.400 t → 277 whole credits; 222 + 55 = 277
        UUID id = openWithInventory("176.4", "100");
        String a = freshMoenv(222);
        String b = freshMoenv(55);
        put(id, 0, content(retirement(a, "2025-03-01"), retirement(b, "2025-03-01")), 200);
        given().auth().oauth2(PREPARER).post("/api/offsets/{id}/submission", id).then().statusCode(200)
                .body("findings.ruleId", contains("OFF-2", "OFF-2"));
        SimulatedRegistries.publishAndFetch("MOENV", moenvExport("Acme Taiwan Ltd", a, b));
        given().auth().oauth2(PREPARER).post("/api/offsets/{id}/submission", id).then().statusCode(200)
                .body("findings", hasSize(0));
        // credits are approved after the pathway: the pathway approved (revision 3) against inventory revision 1
        approve(id, 1, 409);
        pathwayApproved(id, 3, 1);
        approve(id, 1, 200);
        List<CloudEvent> events = TestKafka.events(Topics.OFFSET, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.OFFSETS_APPROVED) >= 1);
        OffsetsApproved approved = Events.payload(events.get(0), OffsetsApproved.class);
        OffsetsSnapshot s = approved.snapshot();
        assertEquals(1, approved.inventoryRevision());
        assertEquals(277, s.requiredTonnes());
        assertEquals(277, s.retiredTonnes());
        assertEquals(3, s.pathwayRevision());
        assertEquals(new BigDecimal("100.00"), s.residualSharePercent());
        var first = s.retirements().get(0);
        assertEquals(List.of("MOENV", a, 222L, 2023, "2025-03-01", true), List.of(first.registry(), first.serialNumber(),
                first.quantity(), first.vintageYear(), first.retiredOn().toString(), first.confirmedByRegistryRecords()));
        assertEquals(List.of("A0000070", "REDUCTION", "OFFSET_PROJECT", "Kaohsiung, Taiwan", "Acme Energy Services", true),
                List.of(first.project().id(), first.project().type(), first.project().moenvProgramme(),
                        first.project().location(), first.project().developer(), first.project().verified()));
        assertEquals(6, first.project().evidence().size(), "every criterion, permanence too (OFF-8 applies to every type)");
        assertEquals(1, s.registryChecks().size());
        assertEquals(64, s.registryChecks().get(0).sha256().length());

        // a newer inventory approval makes this approval stale: revoked, new revision
        TestEvents.inventoryApproved(TENANT, id, 2, TestEvents.organisationInventory("176.4", "100.6"));
        events = TestKafka.events(Topics.OFFSET, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.OFFSETS_APPROVAL_REVOKED) >= 1);
        OffsetsApprovalRevoked revoked = Events.payload(events.get(1), OffsetsApprovalRevoked.class);
        assertEquals(1, revoked.revokedRevision());
        assertEquals(2, revoked.currentRevision());
        // the residual is now 277.000 → still 277 credits: re-approval against inventory revision 2, after the pathway's
        approve(id, 2, 409);
        pathwayApproved(id, 4, 2);
        approve(id, 2, 200);
        given().auth().oauth2(VIEWER).get("/api/offsets/{id}", id).then().body("approval.basis.inventory", equalTo(2));
        // the pathway approval it rests on is revoked: so is the credits' approval
        TestKafka.publish(EventType.PATHWAY_APPROVAL_REVOKED, TENANT, id, new PathwayApprovalRevoked(id, 4, 5,
                "targets changed", OffsetDateTime.now()));
        events = TestKafka.events(Topics.OFFSET, id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.OFFSETS_APPROVAL_REVOKED) >= 2);
        assertTrue(Events.payload(events.get(events.size() - 1), OffsetsApprovalRevoked.class).reason()
                .contains("pathway revision 4"));
        given().auth().oauth2(VIEWER).get("/api/offsets/{id}/basis", id).then().statusCode(200)
                .body("inventoryRevision", equalTo(2)).body("pathwayRevision", equalTo(null));
    }

    @Test
    void shortfallVintageAndTimingBlockApproval() {
        UUID id = openWithInventory("300", "0.5");
        String serial = freshMoenv(100);
        SimulatedRegistries.publishAndFetch("MOENV", moenvExportOn(BENEFICIARY, "2026-01-01", serial));
        put(id, 0, content(retirement(serial, "2026-01-01").replace("\"vintageYear\":2023", "\"vintageYear\":2018")), 200);
        given().auth().oauth2(PREPARER).post("/api/offsets/{id}/submission", id).then().statusCode(200)
                .body("findings.ruleId", contains("OFF-1", "OFF-4", "OFF-5"));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/offsets/{id}/approval", id).then().statusCode(422)
                .contentType("application/problem+json").body("findings.ruleId", hasItem("OFF-5"));
    }

    @Test
    void approvalNeedsAnApprovedInventory() {
        UUID id = openWithInventory("10", "10");
        TestEvents.inventoryApprovalRevoked(TENANT, id, 1, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(VIEWER)
                .get("/api/offsets/{id}", id).then().body("basisAvailable.inventory", equalTo(null)));
        put(id, 0, content(retirement(freshMoenv(20), "2025-03-01")), 200);
        approve(id, 1, 409);
    }

    @Test
    void malformedSerialsAndInputAreProblemsAndChangeNothing() {
        UUID id = openWithInventory("10", "10");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body(content(retirement("TW-2-1-030172798-30173019-00-00-A0000070", "2025-03-01")))
                .put("/api/offsets/{id}", id).then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("retirements[0].serialNumber"))
                .body("violations[0].message", containsString("expected TW-<kind>-<sub-kind>-<block start, 9 digits>"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body(content(retirement(freshMoenv(10), "2025-03-01").replace("\"vintageYear\":2023",
                        "\"vintageYear\":2023,\"quantity\":11")))
                .put("/api/offsets/{id}", id).then().statusCode(422)
                .body("violations[0].field", equalTo("retirements[0].quantity"));
        String twice = freshMoenv(10);
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body(content(retirement(twice, "2025-03-01"), retirement(twice, "2025-03-02")))
                .put("/api/offsets/{id}", id).then().statusCode(422)
                .body("violations[0].rule", equalTo("OFF-2"));
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{\"retirements\":[{\"registry\":\"NOT_A_REGISTRY\",\"serialNumber\":\"x\",\"retiredOn\":\"2025-01-01\"}]}")
                .put("/api/offsets/{id}", id).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "0")
                .body("{\"retirements\":[{\"registry\":\"MOENV\",\"serialNumber\":\"x\",\"quantity\":0,"
                        + "\"vintageYear\":2023,\"retiredOn\":\"2025-13-45\"}]}")
                .put("/api/offsets/{id}", id).then().statusCode(400)
                .body("violations[0].field", equalTo("retirements[0].retiredOn"));
        given().auth().oauth2(VIEWER).get("/api/offsets/{id}", id).then().body("revision", equalTo(0));
        given().auth().oauth2(Tokens.of("globex", "g", "viewer")).get("/api/offsets/{id}", id).then().statusCode(404);
        given().auth().oauth2(VIEWER).get("/api/offsets/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theSharedRegistryRecordsFindAForeignRetirementOfOurSerialForEveryTenant() {
        UUID id = openWithInventory("10", "10");
        long start = NEXT.getAndAdd(1000);
        String ours = moenv(start, 20);
        put(id, 0, content(retirement(ours, "2025-03-01")), 200);
        given().auth().oauth2(PREPARER).post("/api/offsets/{id}/submission", id).then().statusCode(200)
                .body("findings.ruleId", contains("OFF-2"))
                .body("findings[0].messageEn", containsString("public retirement records as the suite last fetched them"));
        // the registry shows one of our serials retired on behalf of someone else
        SimulatedRegistries.publishAndFetch("MOENV", moenvExport(BENEFICIARY, ours)
                + moenvExport("Globex Corp", moenv(start + 19, 3)).substring(MOENV_HEADER.length()));
        given().auth().oauth2(PREPARER).post("/api/offsets/{id}/submission", id).then().statusCode(200)
                .body("findings.ruleId", contains("OFF-2"))
                .body("findings[0].messageEn", containsString("retired on behalf of 'Globex Corp'"));
        // the records are the suite's: any tenant reads the same
        given().auth().oauth2(Tokens.of("globex", "gus@globex.example", "viewer"))
                .get("/api/registry-records?registry=MOENV&serial={s}", ours).then().statusCode(200)
                .body("beneficiary", contains(BENEFICIARY, "Globex Corp"));
    }
}
