package org.carbonneutral.disclosure.service;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A bounded, short-lived in-memory copy of stored representations in front of the database read. Bounded by the bytes
 * it holds (least recently used first out) and by age (an entry is at most {@code ttlMillis} old, so a change another
 * instance of the service made is seen within that time). A declaration whose versions change here is invalidated and
 * kept out of the cache for {@code quietMillis}: long enough for the changing transaction to commit, so no read of the
 * rows before the commit is kept.
 */
final class RenderingCache {

    /** A version's representation; {@code version} null: the declaration's latest. */
    record Key(UUID declarationId, Integer version, String representation) {
    }

    private record Entry(PublicRendering rendering, long at) {
    }

    private final long maxBytes;
    private final long ttlMillis;
    private final long quietMillis;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final LinkedHashMap<UUID, Long> quietUntil = new LinkedHashMap<>();
    private long bytes;

    RenderingCache(long maxBytes, long ttlMillis, long quietMillis) {
        this.maxBytes = maxBytes;
        this.ttlMillis = ttlMillis;
        this.quietMillis = quietMillis;
    }

    synchronized PublicRendering get(Key key, long now) {
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (now - e.at > ttlMillis) {
            remove(key);
            return null;
        }
        return e.rendering;
    }

    synchronized void put(Key key, PublicRendering rendering, long readAt) {
        Long quiet = quietUntil.get(key.declarationId());
        if (quiet != null && readAt < quiet) {
            return;
        }
        if (rendering.weight() > maxBytes / 8) {
            return;
        }
        remove(key);
        entries.put(key, new Entry(rendering, readAt));
        bytes += rendering.weight();
        Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().rendering.weight();
            eldest.remove();
        }
    }

    /** Forgets a declaration's representations and keeps them out for a while (its versions are changing). */
    synchronized void invalidate(UUID declarationId, long now) {
        Iterator<Map.Entry<Key, Entry>> all = entries.entrySet().iterator();
        while (all.hasNext()) {
            Map.Entry<Key, Entry> e = all.next();
            if (e.getKey().declarationId().equals(declarationId)) {
                bytes -= e.getValue().rendering.weight();
                all.remove();
            }
        }
        quietUntil.remove(declarationId);
        quietUntil.put(declarationId, now + quietMillis);
        Iterator<Map.Entry<UUID, Long>> oldest = quietUntil.entrySet().iterator();
        while (oldest.hasNext()) {
            if (oldest.next().getValue() > now) {
                break;
            }
            oldest.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    private void remove(Key key) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes -= old.rendering.weight();
        }
    }
}
