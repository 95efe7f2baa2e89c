package org.carbonneutral.pathway.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carbonneutral.contracts.Parts;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.pathway.PathwayPart;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.carbonneutral.pathway.domain.SubjectPeriod;
import org.carbonneutral.platform.part.UpstreamApproval;

/** The other periods of a pathway's subject that have an approved inventory, as this service knows them. */
final class SubjectPeriods {

    private SubjectPeriods() {
    }

    static Uni<List<SubjectPeriod>> others(PathwayPart part) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from PathwayPart where tenant = ?1 and subjectType = ?2 "
                        + "and subjectName = ?3 and declarationId <> ?4", PathwayPart.class)
                .setParameter(1, part.tenant).setParameter(2, part.subjectType).setParameter(3, part.subjectName)
                .setParameter(4, part.declarationId).getResultList()
                .chain(others -> others.isEmpty() ? Uni.createFrom().item(List.<SubjectPeriod>of())
                        : s.createSelectionQuery("from UpstreamApproval where upstream = ?1 and declarationId in ?2 "
                                        + "and snapshot is not null", UpstreamApproval.class)
                                .setParameter(1, Parts.INVENTORY)
                                .setParameter(2, others.stream().map(p -> p.declarationId).toList()).getResultList()
                                .map(inventories -> periods(others, inventories))));
    }

    private static List<SubjectPeriod> periods(List<PathwayPart> parts, List<UpstreamApproval> inventories) {
        Map<UUID, PathwayPart> byId = parts.stream().collect(Collectors.toMap(p -> p.declarationId, Function.identity()));
        return inventories.stream().map(i -> period(byId.get(i.declarationId), i.revision,
                Json.read(i.snapshot, InventorySnapshot.class))).toList();
    }

    /**
     * A period as the pathway rules see it: its approved inventory's totals (and per declared unit for a product or
     * service subject) and its pathway's period activity.
     */
    static SubjectPeriod period(PathwayPart p, int inventoryRevision, InventorySnapshot inventory) {
        BigDecimal activity = null;
        if (p.content != null) {
            var intensity = Json.read(p.content, PathwayContent.class).intensityTarget();
            activity = intensity == null ? null : intensity.periodActivity();
        }
        var product = inventory.productSubject();
        return new SubjectPeriod(p.declarationId, p.periodStart, p.periodEnd, inventoryRevision, inventory.totalTco2e(),
                inventory.totalsByScope(), p.declared, activity, product == null ? null : product.declaredUnit(),
                product == null ? null : product.perUnitKgCo2e());
    }
}
