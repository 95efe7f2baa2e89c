package org.carbonneutral.inventory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.domain.InventoryContent.Activity;
import org.carbonneutral.inventory.domain.InventoryContent.FactorLookup;
import org.carbonneutral.inventory.domain.InventoryContent.Source;
import org.carbonneutral.inventory.factors.FactorKind;
import org.carbonneutral.inventory.factors.GwpSet;
import org.carbonneutral.inventory.service.UploadedActivities.Sum;
import org.junit.jupiter.api.Test;

class UploadedActivitiesTest {

    static final UUID UPLOAD = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final Activity ENTERED = new Activity(new BigDecimal("3"), "kL", null, null, "invoice 7", List.of("F-1"),
            null);
    static final FactorLookup DIESEL_2025 = new FactorLookup(FactorKind.STATIONARY_COMBUSTION, "柴油", "MOENV-EF",
            2025);

    static InventoryContent content(Source... sources) {
        return new InventoryContent(InventoryContent.BoundaryApproach.OPERATIONAL_CONTROL, GwpSet.AR5, null, 2020,
                List.of("Plant"), List.of(sources), List.of(), null, List.of(), List.of(), "by mass", null, null, null,
                null);
    }

    static Source source(String name, List<Activity> activities) {
        return new Source(name, "Plant", 1, null, null, activities, List.of(), null);
    }

    @Test
    void sumsAreAppendedToTheSourceTheyNameInTheirOrder() {
        InventoryContent content = content(source("Boilers", List.of(ENTERED)), source("Generators", null),
                source("Vehicles", List.of(ENTERED)));
        List<Sum> sums = List.of(
                new Sum("Boilers", "L", "F-1; F-2", null, null, null, null, new BigDecimal("10.5"), 2),
                new Sum("Boilers", "L", null, "STATIONARY_COMBUSTION", "柴油", "MOENV-EF", 2025,
                        new BigDecimal("7"), 1000),
                new Sum("Generators", "kL", null, "STATIONARY_COMBUSTION", "柴油", null, 2024,
                        new BigDecimal("1"), 1),
                new Sum("Removed", "L", "F-9", null, null, null, null, BigDecimal.ONE, 1));

        InventoryContent result = UploadedActivities.appended(content, UPLOAD, sums);

        assertEquals(List.of(ENTERED,
                new Activity(new BigDecimal("10.5"), "L", null, null, "upload " + UPLOAD + ": 2 rows",
                        List.of("F-1", "F-2"), null),
                new Activity(new BigDecimal("7"), "L", null, null, "upload " + UPLOAD + ": 1000 rows", null,
                        DIESEL_2025)),
                result.sources().get(0).activities());
        assertEquals(List.of(new Activity(BigDecimal.ONE, "kL", null, null, "upload " + UPLOAD + ": 1 rows", null,
                new FactorLookup(FactorKind.STATIONARY_COMBUSTION, "柴油", null, 2024))),
                result.sources().get(1).activities());
        assertSame(content.sources().get(2), result.sources().get(2));
        assertEquals(content.withSources(result.sources()), result);
        assertEquals(content.sources().get(0).withActivities(result.sources().get(0).activities()),
                result.sources().get(0));
    }

    @Test
    void sumsAreReadFromTheQueryRows() {
        Sum sum = Sum.of(new Object[] {"Boilers", "L", null, "STATIONARY_COMBUSTION", "柴油", null, 2025,
                "120000.000000", 1000L});
        assertEquals(new Sum("Boilers", "L", null, "STATIONARY_COMBUSTION", "柴油", null, 2025,
                new BigDecimal("120000.000000"), 1000), sum);
    }

    @Test
    void contentIsUnchangedWithoutAnUploadOrContent() {
        UploadedActivities activities = new UploadedActivities();
        InventoryContent content = content(source("Boilers", List.of(ENTERED)));
        assertSame(content, activities.addTo(null, content).await().indefinitely());
        assertNull(activities.addTo(UPLOAD, null).await().indefinitely());
    }
}
