package org.carbonneutral.disclosure.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carbonneutral.disclosure.ApprovalEvents.inventory;
import static org.carbonneutral.disclosure.ApprovalEvents.inventoryRevoked;
import static org.carbonneutral.disclosure.ApprovalEvents.offsets;
import static org.carbonneutral.disclosure.ApprovalEvents.pathway;
import static org.carbonneutral.disclosure.rest.ApprovalProjectionTest.deliver;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.carbonneutral.disclosure.PublishedDeclaration;
import org.carbonneutral.disclosure.service.PublicDeclarationView;
import org.carbonneutral.disclosure.service.PublicRenderings;
import org.carbonneutral.disclosure.web.DeclarationRenderer;
import org.junit.jupiter.api.Test;

/**
 * The public JSON and page are served as the bytes stored at publication: a strong ETag (their SHA-256), 304 on
 * If-None-Match, gzip when asked, caching fit for a version's URL and for the latest; withdrawals and new versions
 * render them again; a version stored before representations were is rendered on its first read and stored.
 */
@QuarkusTest
class PublicRepresentationTest {

    @Inject
    Pool pool;

    @Inject
    DeclarationRenderer renderer;

    @Inject
    PublicRenderings renderings;

    /** A request that sends exactly the Accept-Encoding given (or none) and leaves the body as sent. */
    static RequestSpecification raw(String acceptEncoding) {
        RequestSpecification spec = given().config(RestAssuredConfig.config()
                .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
        return acceptEncoding == null ? spec : spec.header("Accept-Encoding", acceptEncoding);
    }

    static UUID published() {
        UUID id = ApprovalProjectionTest.open();
        PublicationContentTest.approveAll(id);
        PublicationContentTest.awaitPublished(id);
        return id;
    }

    @Test
    void theJsonAndBothPagesCarryAStrongETagCachingAnd304AndGzip() throws IOException {
        UUID id = published();
        for (String path : List.of("/api/public/declarations/{id}", "/public/declarations/{id}",
                "/public/declarations/{id}?lang=en")) {
            Response plain = raw("identity").get(path, id).then().statusCode(200).extract().response();
            byte[] body = plain.asByteArray();
            String etag = plain.header("ETag");
            assertEquals('"' + sha256(body) + '"', etag, path + ": strong ETag is the SHA-256 of the bytes");
            assertEquals(null, plain.header("Content-Encoding"), path);
            assertEquals("public, max-age=60", plain.header("Cache-Control"), path + ": latest");
            assertTrue(plain.header("Vary").contains("Accept-Encoding"), path);

            raw("identity").header("If-None-Match", etag).get(path, id).then().statusCode(304)
                    .header("ETag", etag).body(equalTo(""));
            raw("identity").header("If-None-Match", "W/" + etag + ", \"other\"").get(path, id).then().statusCode(304);
            raw("identity").header("If-None-Match", "\"" + sha256(new byte[1]) + "\"").get(path, id).then()
                    .statusCode(200);

            Response zipped = raw("br;q=1.0, gzip;q=0.8").get(path, id).then().statusCode(200)
                    .header("Content-Encoding", "gzip").extract().response();
            byte[] gz = zipped.asByteArray();
            assertArrayEquals(body, gunzip(gz), path + ": the gzip form holds the same bytes");
            assertEquals('"' + sha256(gz) + '"', zipped.header("ETag"), path + ": the gzip form's own strong ETag");
            assertNotEquals(etag, zipped.header("ETag"));
            raw("gzip").header("If-None-Match", zipped.header("ETag")).get(path, id).then().statusCode(304);
            raw("gzip;q=0, deflate").get(path, id).then().statusCode(200)
                    .header("Content-Encoding", org.hamcrest.Matchers.nullValue());

            String versioned = path + (path.contains("?") ? "&" : "?") + "version=1";
            Response v1 = raw(null).get(versioned, id).then().statusCode(200).extract().response();
            assertEquals("public, max-age=300", v1.header("Cache-Control"), versioned);
            assertEquals(etag, v1.header("ETag"), versioned + ": the latest is version 1, the same bytes");
        }
        raw(null).get("/public/declarations/{id}?lang=en", id).then().header("Content-Language", "en")
                .header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"));
        raw(null).get("/public/declarations/{id}?version=2", id).then().statusCode(404);
        raw(null).get("/api/public/declarations/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theStoredBytesAreAFreshRenderingAndAWithdrawalAndANewVersionRenderThemAgain() {
        UUID id = published();
        assertStoredEqualsFreshRendering(id, 1);
        String before = raw(null).get("/public/declarations/{id}?version=1&lang=en", id).then().statusCode(200)
                .extract().header("ETag");

        deliver(inventoryRevoked(id, 1, 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> raw(null).get("/api/public/declarations/{id}", id)
                .then().body("status", equalTo("WITHDRAWN")));
        Response marked = raw(null).get("/public/declarations/{id}?version=1&lang=en", id).then().statusCode(200)
                .extract().response();
        assertTrue(marked.asString().contains("id=\"withdrawn-banner\""), "the withdrawn banner");
        assertNotEquals(before, marked.header("ETag"), "the marked page is other bytes");
        assertStoredEqualsFreshRendering(id, 1);

        deliver(inventory(id, 2));
        deliver(pathway(id, 2, 2));
        deliver(offsets(id, 2, 2, 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> raw(null).get("/api/public/declarations/{id}", id)
                .then().statusCode(200).body("version", equalTo(2)).body("status", equalTo("PUBLISHED")));
        raw(null).get("/api/public/declarations/{id}?version=1", id).then().statusCode(200)
                .body("version", equalTo(1)).body("status", equalTo("WITHDRAWN")).body("versions.version",
                        equalTo(List.of(2, 1)));
        String v1Page = raw(null).get("/public/declarations/{id}?version=1", id).then().statusCode(200).extract()
                .asString();
        assertTrue(v1Page.contains("?version=2&amp;lang=zh-TW") || v1Page.contains("?version=2&lang=zh-TW"),
                "version 1's history links version 2");
        assertStoredEqualsFreshRendering(id, 2);
    }

    @Test
    void aPublicationsRepresentationsAreHeldInMemoryOnceItsTransactionCommitted() {
        UUID id = published();
        String stored = pool.preparedQuery("select etag from published_rendering where declaration_id = $1 and "
                + "representation = 'json'").execute(Tuple.of(id)).await().indefinitely().iterator().next()
                .getString("etag");
        pool.preparedQuery("delete from published_rendering where declaration_id = $1").execute(Tuple.of(id))
                .await().indefinitely();
        // no read went to the database yet: what is served now is what the publishing transaction stored
        raw("identity").get("/api/public/declarations/{id}", id).then().statusCode(200)
                .header("ETag", '"' + stored + '"');
        assertEquals(0, storedCount(id), "served from memory, not rendered again");
    }

    @Test
    void aVersionPublishedBeforeRepresentationsWereStoredIsRenderedOnItsFirstReadAndStored() {
        UUID id = published();
        pool.preparedQuery("delete from published_rendering where declaration_id = $1").execute(Tuple.of(id))
                .await().indefinitely();
        renderings.forget(id); // as a version published before: nothing of it in memory either
        assertEquals(0, storedCount(id));
        String page = raw(null).get("/public/declarations/{id}?version=1&lang=en", id).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains(id.toString()), "the page of the declaration");
        assertEquals(3, storedCount(id), "the JSON and both pages stored");
        assertStoredEqualsFreshRendering(id, 1);
        raw(null).get("/api/public/declarations/{id}", id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void theStoredRepresentationsAreKeptOutOfCompressionAsTheyAreServed() {
        UUID id = published();
        int rows = 0;
        for (Row r : pool.preparedQuery("select representation, octet_length(body) as size, "
                + "pg_column_compression(body) as body_compression, pg_column_compression(body_gzip) as gzip_compression "
                + "from published_rendering where declaration_id = $1").execute(Tuple.of(id)).await().indefinitely()) {
            rows++;
            String representation = r.getString("representation");
            assertTrue(r.getInteger("size") > 2_000, representation + ": large enough to be compressed otherwise");
            assertEquals(null, r.getString("body_compression"), representation + ": body stored as it is served");
            assertEquals(null, r.getString("gzip_compression"), representation + ": gzip form stored as it is served");
        }
        assertEquals(3, rows, "the JSON and both pages");
    }

    private long storedCount(UUID id) {
        return pool.preparedQuery("select count(*) from published_rendering where declaration_id = $1")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0);
    }

    /** Every stored representation of every version equals what rendering the rows now gives, and what is served. */
    private void assertStoredEqualsFreshRendering(UUID id, int versions) {
        List<PublishedDeclaration> rows = new ArrayList<>();
        for (Row r : pool.preparedQuery("select * from published_declaration where declaration_id = $1 "
                + "order by version desc").execute(Tuple.of(id)).await().indefinitely()) {
            PublishedDeclaration p = new PublishedDeclaration();
            p.declarationId = id;
            p.version = r.getInteger("version");
            p.content = r.getString("content");
            p.digest = r.getString("digest");
            p.publishedAt = r.getOffsetDateTime("published_at");
            p.withdrawnAt = r.getOffsetDateTime("withdrawn_at");
            p.withdrawReason = r.getString("withdraw_reason");
            rows.add(p);
        }
        assertEquals(versions, rows.size());
        for (PublishedDeclaration shown : rows) {
            Map<String, byte[]> fresh = renderer.render(PublicDeclarationView.of(id, rows, shown));
            assertEquals(3, fresh.size());
            fresh.forEach((representation, bytes) -> {
                Row stored = pool.preparedQuery("select body, etag from published_rendering where declaration_id = $1 "
                        + "and version = $2 and representation = $3").execute(Tuple.of(id, shown.version,
                                representation)).await().indefinitely().iterator().next();
                assertEquals(new String(bytes, StandardCharsets.UTF_8),
                        new String(stored.getBuffer("body").getBytes(), StandardCharsets.UTF_8),
                        representation + " of version " + shown.version);
                assertEquals(sha256(bytes), stored.getString("etag"));
            });
            byte[] served = raw("identity").get("/api/public/declarations/{id}?version=" + shown.version, id).then()
                    .statusCode(200).extract().asByteArray();
            assertArrayEquals(fresh.get("json"), served, "served JSON of version " + shown.version);
            assertFalse(new String(served, StandardCharsets.UTF_8).isBlank());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
