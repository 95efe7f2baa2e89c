package org.carbonneutral.platform.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstThenTheSustainedRateWithTheWaitToldInWholeSeconds() {
        AtomicLong now = new AtomicLong();
        TokenBuckets buckets = new TokenBuckets(3, 0.5, 10, now::get);
        assertEquals(0, buckets.take("a"));
        assertEquals(0, buckets.take("a"));
        assertEquals(0, buckets.take("a"));
        assertEquals(2, buckets.take("a"), "one token every 2 s");
        assertEquals(0, buckets.take("b"), "another key has its own bucket");
        now.addAndGet(SECOND);
        assertEquals(1, buckets.take("a"), "half a token after 1 s: 1 s more");
        now.addAndGet(SECOND);
        assertEquals(0, buckets.take("a"));
        assertEquals(2, buckets.take("a"));
    }

    @Test
    void lookingTakesNothing() {
        AtomicLong now = new AtomicLong();
        TokenBuckets buckets = new TokenBuckets(1, 1, 10, now::get);
        assertEquals(0, buckets.take("a", 0));
        assertEquals(0, buckets.take("a", 0));
        assertEquals(0, buckets.take("a"));
        assertEquals(1, buckets.take("a", 0));
    }

    @Test
    void memoryStaysBounded() {
        AtomicLong now = new AtomicLong();
        TokenBuckets buckets = new TokenBuckets(2, 1, 100, now::get);
        for (int i = 0; i < 1000; i++) {
            buckets.take("10.0.0." + i);
        }
        buckets.sweep();
        assertEquals(100, buckets.size(), "at most maxKeys kept");
        now.addAndGet(10 * SECOND);
        buckets.sweep();
        assertEquals(0, buckets.size(), "full buckets are forgotten");
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(1, 0));
    }
}
