package org.carbonneutral.disclosure.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-memory copy of stored representations: bounded, aged, invalidated; and the HTTP negotiation rules. */
class PublicRenderingCacheTest {

    private static PublicRendering rendering(int version, int size) {
        return PublicRendering.of(version, "x".repeat(size).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCacheHoldsNoMoreThanItsBoundAndDropsTheLeastRecentlyUsed() {
        RenderingCache cache = new RenderingCache(100_000, 60_000, 10_000);
        UUID a = UUID.randomUUID();
        for (int v = 1; v <= 20; v++) {
            cache.put(new RenderingCache.Key(a, v, "json"), rendering(v, 10_000), 0);
            assertTrue(cache.bytes() <= 100_000, "bounded: " + cache.bytes());
        }
        assertNull(cache.get(new RenderingCache.Key(a, 1, "json"), 1), "the eldest is gone");
        assertEquals(20, cache.get(new RenderingCache.Key(a, 20, "json"), 1).version());
    }

    @Test
    void anEntryExpiresAndAnInvalidatedDeclarationStaysOutForAWhile() {
        RenderingCache cache = new RenderingCache(1_000_000, 1_000, 5_000);
        UUID a = UUID.randomUUID();
        RenderingCache.Key latest = new RenderingCache.Key(a, null, "json");
        PublicRendering r = rendering(1, 100);
        cache.put(latest, r, 0);
        assertSame(r, cache.get(latest, 999));
        assertNull(cache.get(latest, 1_001), "older than the TTL");
        cache.put(latest, r, 2_000);
        cache.invalidate(a, 2_000);
        assertNull(cache.get(latest, 2_001), "invalidated");
        cache.put(latest, r, 3_000);
        assertNull(cache.get(latest, 3_001), "a read before the change committed is not kept");
        cache.put(latest, r, 7_001);
        assertSame(r, cache.get(latest, 7_002), "kept again once the change has committed");
        assertEquals(0, new RenderingCache(1_000_000, 1_000, 5_000).bytes());
    }

    @Test
    void whatACommittedChangeRenderedIsHeldAtOnceUnlessTheDeclarationChangedAgain() {
        RenderingCache cache = new RenderingCache(1_000_000, 1_000, 5_000);
        UUID a = UUID.randomUUID();
        PublicRendering v1 = rendering(1, 100);
        PublicRendering v2 = rendering(2, 200);
        long change = cache.invalidate(a, 0);
        cache.committed(a, change, Map.of(1, Map.of("json", v1), 2, Map.of("json", v2)), 10);
        assertSame(v2, cache.get(new RenderingCache.Key(a, null, "json"), 11), "the newest version is the latest");
        assertSame(v1, cache.get(new RenderingCache.Key(a, 1, "json"), 11));
        assertSame(v2, cache.get(new RenderingCache.Key(a, 2, "json"), 11));
        assertNull(cache.get(new RenderingCache.Key(a, null, "json"), 1_011), "aged from the commit");
        cache.put(new RenderingCache.Key(a, null, "json"), v1, 20);
        assertNull(cache.get(new RenderingCache.Key(a, null, "json"), 21), "a read before the commit still stays out");

        long first = cache.invalidate(a, 2_000);
        long second = cache.invalidate(a, 2_001);
        cache.committed(a, first, Map.of(1, Map.of("json", v1)), 2_002);
        assertNull(cache.get(new RenderingCache.Key(a, null, "json"), 2_003), "a later change has the last word");
        assertNull(cache.get(new RenderingCache.Key(a, 1, "json"), 2_003));
        cache.committed(a, second, Map.of(1, Map.of("json", v1), 2, Map.of("json", v2)), 2_004);
        assertSame(v2, cache.get(new RenderingCache.Key(a, null, "json"), 2_005));

        UUID b = UUID.randomUUID();
        long forgotten = cache.invalidate(b, 3_000);
        cache.invalidate(UUID.randomUUID(), 9_000); // b's quiet period is over and forgotten
        cache.committed(b, forgotten, Map.of(1, Map.of("json", v1)), 9_001);
        assertNull(cache.get(new RenderingCache.Key(b, null, "json"), 9_002), "an invalidation forgotten admits nothing");
    }

    @Test
    void gzipIsSentOnlyWhereTheClientAcceptsItAndIfNoneMatchComparesWeakly() {
        assertTrue(StoredResponses.acceptsGzip("gzip, deflate, br"));
        assertTrue(StoredResponses.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertTrue(StoredResponses.acceptsGzip("*"));
        assertFalse(StoredResponses.acceptsGzip(null));
        assertFalse(StoredResponses.acceptsGzip("identity"));
        assertFalse(StoredResponses.acceptsGzip("gzip;q=0"));
        assertFalse(StoredResponses.acceptsGzip("gzip;q=0, *"));
        assertTrue(StoredResponses.matches("\"a\", W/\"b\"", "\"b\""));
        assertTrue(StoredResponses.matches("*", "\"b\""));
        assertFalse(StoredResponses.matches("\"a\"", "\"b\""));
        assertFalse(StoredResponses.matches(null, "\"b\""));
    }
}
