package org.carbonneutral.inventory.upload;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.factors.FactorKind;

/**
 * The activity data of an upload as part of the content: its rows summed per (source, unit, factor reference), each
 * sum one activity — emissions are linear in quantity, so this is exact; the 6-decimal rounding applies to each sum.
 */
@ApplicationScoped
public class UploadedActivities {

    private static final String AGGREGATE = "select source, unit, factor_ids, lookup_kind, lookup_activity, lookup_set, "
            + "lookup_year, sum(quantity)::text, count(*) from activity_record "
            + "where upload_seq = (select seq from activity_upload where id = ?1) "
            + "group by source, unit, factor_ids, lookup_kind, lookup_activity, lookup_set, lookup_year "
            + "order by source, unit, factor_ids nulls last, lookup_kind, lookup_activity, lookup_set, lookup_year";

    /** {@code content} with the upload's activities added to their sources (in the caller's session). */
    public Uni<InventoryContent> addTo(UUID upload, InventoryContent content) {
        if (upload == null || content == null) {
            return Uni.createFrom().item(content);
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(AGGREGATE, Object[].class).setParameter(1, upload)
                .getResultList()).map(rows -> {
                    Map<String, List<InventoryContent.Activity>> bySource = new HashMap<>();
                    for (Object[] r : rows) {
                        String factorIds = (String) r[2];
                        InventoryContent.FactorLookup lookup = r[3] == null ? null : new InventoryContent.FactorLookup(
                                FactorKind.valueOf((String) r[3]), (String) r[4], (String) r[5], ((Number) r[6]).intValue());
                        bySource.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new InventoryContent.Activity(
                                new BigDecimal(r[7].toString()), (String) r[1], null, null,
                                "upload " + upload + ": " + r[8] + " rows",
                                factorIds == null ? null : Arrays.stream(factorIds.split(";")).map(String::trim).toList(),
                                lookup));
                    }
                    List<InventoryContent.Source> sources = content.sources().stream().map(src -> {
                        List<InventoryContent.Activity> uploaded = bySource.get(src.name());
                        if (uploaded == null) {
                            return src;
                        }
                        List<InventoryContent.Activity> all = new ArrayList<>(src.activities() == null ? List.of() : src.activities());
                        all.addAll(uploaded);
                        return new InventoryContent.Source(src.name(), src.facility(), src.category(), src.scope3Category(),
                                src.scope2Method(), all, src.otherMethodActivities(), src.tco2e());
                    }).toList();
                    return new InventoryContent(content.boundaryApproach(), content.gwpSet(), content.scope2Basis(),
                            content.baseYear(),
                            content.facilities(), sources, content.exclusions(), content.verification(), content.removals(),
                            content.products(), content.allocationMethod(), content.subjectChoiceReason(),
                            content.productSubject());
                });
    }
}
