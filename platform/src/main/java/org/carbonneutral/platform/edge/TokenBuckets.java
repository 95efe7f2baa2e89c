package org.carbonneutral.platform.edge;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (a client address): {@code capacity} requests at once, refilled at {@code perSecond}.
 * {@link #take} answers 0 when a token was taken, otherwise the whole seconds until one is available (the
 * {@code Retry-After}). Buckets that have refilled completely are forgotten, and at most {@code maxKeys} are kept:
 * beyond that the fullest are dropped first, so memory stays bounded whatever addresses arrive. Pure Java.
 */
public final class TokenBuckets {

    private final double capacity;
    private final double perNano;
    private final int maxKeys;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    public TokenBuckets(int capacity, double perSecond, int maxKeys, LongSupplier nanoClock) {
        if (capacity < 1 || perSecond <= 0 || maxKeys < 1) {
            throw new IllegalArgumentException("capacity >= 1, perSecond > 0 and maxKeys >= 1 expected");
        }
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.maxKeys = maxKeys;
        this.clock = nanoClock;
    }

    public TokenBuckets(int capacity, double perSecond) {
        this(capacity, perSecond, 100_000, System::nanoTime);
    }

    /** Takes one token for {@code key}: 0 if taken, else the seconds (at least 1) to wait. */
    public long take(String key) {
        return take(key, 1);
    }

    /** Takes {@code n} tokens (0 only looks); the same answer as {@link #take(String)}. */
    public long take(String key, int n) {
        long now = clock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perNano);
            bucket.at = now;
            if (bucket.tokens >= Math.max(n, 1)) {
                bucket.tokens -= n;
                return 0;
            }
            double missing = Math.max(n, 1) - bucket.tokens;
            return Math.max(1, (long) Math.ceil(missing / perNano / 1e9));
        }
    }

    /** Drops the buckets that are full again, then, if still too many, any until {@code maxKeys} remain. */
    public void sweep() {
        long now = clock.getAsLong();
        buckets.entrySet().removeIf(e -> {
            Bucket b = e.getValue();
            synchronized (b) {
                return b.tokens + (now - b.at) * perNano >= capacity;
            }
        });
        Iterator<String> keys = buckets.keySet().iterator();
        while (buckets.size() > maxKeys && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    public int size() {
        return buckets.size();
    }

    /** How long a bucket takes to refill from empty. */
    public Duration refill() {
        return Duration.ofNanos((long) (capacity / perNano));
    }
}
