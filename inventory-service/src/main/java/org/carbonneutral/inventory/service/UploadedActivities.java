package org.carbonneutral.inventory.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.factors.FactorKind;

/**
 * The activity data an upload adds to the inventory: its rows summed per (source, unit, factor reference), each sum
 * one activity — emissions are linear in quantity, so this is exact; the 6-decimal rounding applies to each sum.
 */
@ApplicationScoped
public class UploadedActivities {

    /** One row per sum, in the order the activities are appended; {@link Sum#of} reads its columns. */
    private static final String SUMS = "select source, unit, factor_ids, lookup_kind, lookup_activity, lookup_set, "
            + "lookup_year, sum(quantity)::text, count(*) from activity_record "
            + "where upload_seq = (select seq from activity_upload where id = ?1) "
            + "group by source, unit, factor_ids, lookup_kind, lookup_activity, lookup_set, lookup_year "
            + "order by source, unit, factor_ids nulls last, lookup_kind, lookup_activity, lookup_set, lookup_year";

    /**
     * {@code content} with the sums of upload {@code uploadId} appended to the activities of the source each names (a
     * sum of a source the content does not have is left out). Runs in the caller's reactive session. Unchanged when
     * {@code uploadId} or {@code content} is null.
     */
    public Uni<InventoryContent> addTo(UUID uploadId, InventoryContent content) {
        if (uploadId == null || content == null) {
            return Uni.createFrom().item(content);
        }
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(SUMS, Object[].class).setParameter(1, uploadId).getResultList())
                .map(rows -> appended(content, uploadId, rows.stream().map(Sum::of).toList()));
    }

    /** {@code content} with each sum appended, as an activity, to the source it names. */
    static InventoryContent appended(InventoryContent content, UUID uploadId, List<Sum> sums) {
        Map<String, List<InventoryContent.Activity>> bySource = new LinkedHashMap<>();
        for (Sum sum : sums) {
            bySource.computeIfAbsent(sum.source(), k -> new ArrayList<>()).add(sum.activity(uploadId));
        }
        return content.withSources(content.sources().stream().map(source -> {
            List<InventoryContent.Activity> uploaded = bySource.get(source.name());
            if (uploaded == null) {
                return source;
            }
            List<InventoryContent.Activity> all = new ArrayList<>(
                    source.activities() == null ? List.of() : source.activities());
            all.addAll(uploaded);
            return source.withActivities(all);
        }).toList());
    }

    /** The rows of an upload with the same source, unit and factor reference: their total quantity and count. */
    record Sum(String source, String unit, String factorIds, String lookupKind, String lookupActivity, String lookupSet,
            Integer lookupYear, BigDecimal quantity, long rows) {

        /** A row of {@link #SUMS}. */
        static Sum of(Object[] r) {
            return new Sum((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    r[6] == null ? null : ((Number) r[6]).intValue(), new BigDecimal(r[7].toString()),
                    ((Number) r[8]).longValue());
        }

        /** The sum as one activity of its source, its evidence naming the upload and how many rows it sums. */
        InventoryContent.Activity activity(UUID uploadId) {
            InventoryContent.FactorLookup lookup = lookupKind == null ? null : new InventoryContent.FactorLookup(
                    FactorKind.valueOf(lookupKind), lookupActivity, lookupSet, lookupYear);
            List<String> ids = factorIds == null ? null
                    : Arrays.stream(factorIds.split(";")).map(String::trim).toList();
            return new InventoryContent.Activity(quantity, unit, null, null,
                    "upload " + uploadId + ": " + rows + " rows", ids, lookup);
        }
    }
}
