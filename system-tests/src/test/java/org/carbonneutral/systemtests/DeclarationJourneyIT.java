package org.carbonneutral.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.platform.testing.TestKafka;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A declaration through all four running services on real Kafka and PostgreSQL. */
class DeclarationJourneyIT {

    @BeforeAll
    static void suite() throws Exception {
        RunningSuite.start();
    }

    static Journey approvedThroughout() {
        Journey j = Journey.readyForFinalApproval();
        j.approve("offset-service", "/api/offsets/").statusCode(200);
        return j;
    }

    static long publications(Journey j, int atLeast) {
        List<CloudEvent> events = TestKafka.events(Topics.DISCLOSURE, j.id, Duration.ofSeconds(30),
                l -> TestKafka.count(l, EventType.DECLARATION_PUBLISHED) >= atLeast);
        return TestKafka.count(events, EventType.DECLARATION_PUBLISHED);
    }

    @Test
    void happyPathPublishesOnceWithThePublicPageAndJson() throws Exception {
        Journey j = approvedThroughout();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> j.publicJson().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("version", equalTo(1)));
        j.publicJson().body("content.inventory.snapshot.residualTco2e", equalTo(1498.769f))
                .body("content.offsets.snapshot.requiredTonnes", equalTo(1499))
                .body("content.offsets.inventoryRevision", equalTo(1))
                .body("content.pathway.inventoryRevision", equalTo(1));
        given().get(Journey.url("disclosure-service") + "/public/declarations/" + j.id).then().statusCode(200)
                .body(containsString(j.moenvSerial()))
                .body(containsString("1498.769"));
        Thread.sleep(1000);
        assertEquals(1, publications(j, 1));
        // the declaration's trail: every part's edits, submissions and approvals with their actors, then the publication
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(j.preparer)
                .get(Journey.url("disclosure-service") + "/api/declarations/" + j.id + "/trail").then().statusCode(200)
                .body("findAll { it.action == 'APPROVED' }.part", hasItems("inventory", "pathway", "offsets"))
                .body("findAll { it.action == 'EDITED' }.actor", everyItem(equalTo("pat@example.tw")))
                .body("[0].action", equalTo("OPENED"))
                .body("findAll { it.action == 'PUBLISHED' }.revision", contains(1)));
    }

    @Test
    void thePublicPageRendersInARealBrowserAndPrintsToPdf() throws Exception {
        Journey j = approvedThroughout();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> j.publicJson().statusCode(200));
        String page = Journey.url("disclosure-service") + "/public/declarations/" + j.id;
        String dom = Browser.dumpDom(page + "?lang=en");
        for (int n = 1; n <= 8; n++) {
            assertTrue(dom.contains("data-item=\"" + n + "\""), "disclosure item " + n + " rendered");
        }
        for (int n = 1; n <= 6; n++) {
            assertTrue(dom.contains("data-chapter=\"" + n + "\""), "plan chapter " + n + " rendered");
        }
        assertTrue(dom.contains("id=\"pathway-chart\"") && dom.contains("class=\"target\"")
                && dom.contains("class=\"actual-point\""), "the pathway chart with targets and the actual point");
        assertTrue(dom.contains(j.moenvSerial()) && dom.contains(j.verraSerial()), "the serial numbers");
        assertTrue(dom.contains("SGS-TW-CN-2026-0042"), "the claim names its own verification (DIS-7)");
        for (String part : List.of("Acme Taiwan Co., Ltd. / 台灣艾克米股份有限公司 (Business number 04595257)",
                "Evidence of the result", "Taoyuan plant solar inverter export log", "Lin Mei-Hua", "2.2.2 Data management")) {
            assertTrue(dom.contains(part), "the English page shows " + part);
        }
        String zh = Browser.dumpDom(page + "?lang=zh-TW");
        for (String part : List.of("碳中和管理計畫", "統一編號 04595257", "成果佐證", "Taoyuan plant solar inverter export log",
                "2.2.2 盤查數據管理")) {
            assertTrue(zh.contains(part), "the Traditional Chinese page shows " + part);
        }

        Path desktop = Browser.screenshot(page + "?lang=en", "declaration-desktop.png", 1280, 6000);
        Path phone = Browser.screenshot(page + "?lang=zh-TW", "declaration-phone.png", 390, 9000);
        for (Path png : List.of(desktop, phone)) {
            byte[] bytes = Files.readAllBytes(png);
            assertTrue(bytes.length > 20_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', png + " is a PNG");
        }
        byte[] pdf = Files.readAllBytes(Browser.pdf(page + "?lang=en", "declaration.pdf"));
        assertTrue(pdf.length > 20_000 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
    }

    @Test
    void aChangeAfterPublicationWithdrawsItAndReapprovalPublishesVersion2() {
        Journey j = approvedThroughout();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> j.publicJson().statusCode(200));
        // the preparer corrects the electricity reading (2,499,000 kWh): the inventory approval is revoked, so are pathway and offsets resting on it
        j.put("inventory-service", "/api/inventories/", Journey.INVENTORY.replace("2500000", "2499000"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> j.publicJson().statusCode(200)
                .body("status", equalTo("WITHDRAWN")));
        given().get(Journey.url("disclosure-service") + "/public/declarations/" + j.id).then()
                .body(containsString("WITHDRAWN"));
        j.approve("inventory-service", "/api/inventories/").statusCode(200);
        j.awaitInventoryBasis(2);
        j.approve("pathway-service", "/api/pathways/").statusCode(200);
        j.awaitPathwayBasis();
        j.approve("offset-service", "/api/offsets/").statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> j.publicJson().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("version", equalTo(2)).body("versions", hasSize(2))
                .body("content.inventory.snapshot.residualTco2e", equalTo(1498.295f)));
    }

    @Test
    void brokerStoppedWhileApprovalsAreMadeStillPublishesOnce() throws Exception {
        Journey j = new Journey().open();
        j.put("inventory-service", "/api/inventories/", Journey.INVENTORY);
        j.approve("inventory-service", "/api/inventories/").statusCode(200);
        j.awaitInventoryBasis(1);
        j.put("pathway-service", "/api/pathways/", Journey.PATHWAY);
        j.importRegistryRecords().put("offset-service", "/api/offsets/", j.offsets());
        j.approve("pathway-service", "/api/pathways/").statusCode(200);
        j.awaitPathwayBasis();
        RunningSuite.infra("kafka-stop");
        try {
            // the final approval succeeds while the broker is away: its event waits in the outbox
            j.approve("offset-service", "/api/offsets/").statusCode(200);
            // and survive a restart of the service that holds them
            RunningSuite.restart("offset-service");
            Thread.sleep(2000);
            j.publicJson().statusCode(404);
        } finally {
            RunningSuite.infra("kafka-start");
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> j.publicJson().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("version", equalTo(1)));
        Thread.sleep(1000);
        assertEquals(1, publications(j, 1));
    }
}
