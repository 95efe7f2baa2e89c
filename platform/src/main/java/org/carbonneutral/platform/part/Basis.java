package org.carbonneutral.platform.part;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * The approvals of other parts that a part rests on, as they stand now: an immutable value read under the part's lock.
 *
 * @param standing by upstream name, in the definition's order; an upstream with no standing approval is absent
 */
public record Basis(List<String> upstreams, Map<String, Standing> standing) {

    private static final TypeReference<Map<String, Integer>> REVISIONS = new TypeReference<>() {
    };

    /** A standing approval of an upstream: its revision, snapshot (JSON) and the revisions it was checked against. */
    public record Standing(int revision, String snapshot, Map<String, Integer> checkedAgainst) {
    }

    public static final Basis NONE = new Basis(List.of(), Map.of());

    static Basis of(List<Upstream> upstreams, List<UpstreamApproval> rows) {
        Map<String, Standing> standing = new LinkedHashMap<>();
        for (Upstream u : upstreams) {
            rows.stream().filter(r -> r.upstream.equals(u.name()) && r.revision != null).findFirst().ifPresent(r ->
                    standing.put(u.name(), new Standing(r.revision, r.snapshot, r.checkedAgainst == null ? Map.of()
                            : Json.read(r.checkedAgainst, REVISIONS))));
        }
        return new Basis(upstreams.stream().map(Upstream::name).toList(), Collections.unmodifiableMap(standing));
    }

    /** The standing approved revision of {@code upstream}, or null. */
    public Integer revision(String upstream) {
        Standing s = standing.get(upstream);
        return s == null ? null : s.revision();
    }

    /** The standing approved snapshot of {@code upstream}, or null. */
    public <T> T snapshot(String upstream, Class<T> type) {
        Standing s = standing.get(upstream);
        return s == null || s.snapshot() == null ? null : Json.read(s.snapshot(), type);
    }

    /** Every upstream's revision (null where none stands), in the definition's order. */
    public Map<String, Integer> revisions() {
        Map<String, Integer> revisions = new LinkedHashMap<>();
        upstreams.forEach(u -> revisions.put(u, revision(u)));
        return revisions;
    }

    /**
     * Whether {@code upstream}'s standing approval was checked against the very revisions of the other upstreams
     * that stand now (e.g. the pathway approval against the approved inventory revision).
     */
    public boolean consistent(String upstream) {
        Standing s = standing.get(upstream);
        return s != null && s.checkedAgainst().entrySet().stream()
                .filter(e -> upstreams.contains(e.getKey()))
                .allMatch(e -> Objects.equals(revision(e.getKey()), e.getValue()));
    }

    /** Refuses (409) an approval of {@code part} unless every upstream stands, each against the others' revisions. */
    void requireApprovable(String part, List<Upstream> definitions) {
        for (Upstream u : definitions) {
            Standing s = standing.get(u.name());
            if (s == null) {
                throw ProblemException.conflict("no-approved-" + u.name(), "the " + part + " is checked against an "
                        + "approved " + u.name() + ", and this declaration has none right now" + suffix(u));
            }
            for (var named : s.checkedAgainst().entrySet()) {
                Integer current = revision(named.getKey());
                if (upstreams.contains(named.getKey()) && !Objects.equals(current, named.getValue())) {
                    throw ProblemException.conflict("no-approved-" + u.name(), "the " + part + " is approved after the "
                            + u.name() + ": the " + u.name() + " has no approval against " + named.getKey() + " revision "
                            + current + " yet (its approval of revision " + s.revision() + " was checked against revision "
                            + named.getValue() + ")" + suffix(u));
                }
            }
        }
    }

    private static String suffix(Upstream u) {
        return u.why().isEmpty() ? "" : " (" + u.why() + ")";
    }
}
