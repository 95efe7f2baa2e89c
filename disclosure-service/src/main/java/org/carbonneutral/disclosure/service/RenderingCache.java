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
 * rows before the commit is kept. What the changing transaction rendered enters it once that transaction has committed
 * ({@link #committed}), unless the declaration's versions changed again meanwhile.
 */
final class RenderingCache {

    /** A version's representation; {@code version} null: the declaration's latest. */
    record Key(UUID declarationId, Integer version, String representation) {
    }

    private record Entry(PublicRendering rendering, long at) {
    }

    /** Reads of a declaration kept out until {@code until}; {@code change} numbers the invalidation. */
    private record Quiet(long until, long change) {
    }

    private final long maxBytes;
    private final long ttlMillis;
    private final long quietMillis;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final LinkedHashMap<UUID, Quiet> quiet = new LinkedHashMap<>();
    private long bytes;
    private long changes;

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
        Quiet q = quiet.get(key.declarationId());
        if (q != null && readAt < q.until()) {
            return;
        }
        enter(key, rendering, readAt);
    }

    /**
     * What the transaction of invalidation {@code change} stored, now that it has committed: every version's
     * representations, and the newest version's as the latest. Nothing enters when the declaration was invalidated again
     * since (a later change, committed or not, has the last word) or the invalidation was forgotten.
     */
    synchronized void committed(UUID declarationId, long change, Map<Integer, Map<String, PublicRendering>> versions,
            long now) {
        Quiet q = quiet.get(declarationId);
        if (q == null || q.change() != change || versions.isEmpty()) {
            return;
        }
        int latest = versions.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        versions.forEach((version, representations) -> representations.forEach((representation, r) -> {
            enter(new Key(declarationId, version, representation), r, now);
            if (version == latest) {
                enter(new Key(declarationId, null, representation), r, now);
            }
        }));
    }

    private void enter(Key key, PublicRendering rendering, long at) {
        if (rendering.weight() > maxBytes / 8) {
            return;
        }
        remove(key);
        entries.put(key, new Entry(rendering, at));
        bytes += rendering.weight();
        Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().rendering.weight();
            eldest.remove();
        }
    }

    /**
     * Forgets a declaration's representations and keeps reads of them out for a while (its versions are changing);
     * returns the number of this change, for {@link #committed}.
     */
    synchronized long invalidate(UUID declarationId, long now) {
        Iterator<Map.Entry<Key, Entry>> all = entries.entrySet().iterator();
        while (all.hasNext()) {
            Map.Entry<Key, Entry> e = all.next();
            if (e.getKey().declarationId().equals(declarationId)) {
                bytes -= e.getValue().rendering.weight();
                all.remove();
            }
        }
        long change = ++changes;
        quiet.remove(declarationId);
        quiet.put(declarationId, new Quiet(now + quietMillis, change));
        Iterator<Map.Entry<UUID, Quiet>> oldest = quiet.entrySet().iterator();
        while (oldest.hasNext()) {
            if (oldest.next().getValue().until() > now) {
                break;
            }
            oldest.remove();
        }
        return change;
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
