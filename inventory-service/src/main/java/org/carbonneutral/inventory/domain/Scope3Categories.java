package org.carbonneutral.inventory.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carbonneutral.inventory.domain.InventoryCalculator.Violation;

/**
 * The GHG Protocol scope-3 category a source of ISO 14064-1 categories 3–6 records, and whether the two agree (ISO
 * 14064-1:2018 Annex B; GHG Protocol Corporate Value Chain Standard): category 3, transportation (4 upstream
 * transport, 6 business travel, 7 employee commuting, 9 downstream transport); category 4, products the organisation
 * uses (1 purchased goods and services, 2 capital goods, 3 fuel- and energy-related activities, 5 waste, 8 upstream
 * leased assets); category 5, use of the organisation's products (10 processing, 11 use, 12 end of life, 13
 * downstream leased assets, 14 franchises, 15 investments); category 6, other sources (any). A source without it, or
 * with one its ISO category does not hold, is not identified (INV-1).
 */
final class Scope3Categories {

    static final Map<Integer, Set<Integer>> ALLOWED = Map.of(
            3, Set.of(4, 6, 7, 9),
            4, Set.of(1, 2, 3, 5, 8),
            5, Set.of(10, 11, 12, 13, 14, 15),
            6, Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));

    private Scope3Categories() {
    }

    static void check(InventoryContent.Source s, String field, List<Violation> violations) {
        Integer ghgp = s.scope3Category();
        if (s.category() < 3) {
            if (ghgp != null) {
                violations.add(new Violation(field + ".scope3Category", "only categories 3-6 have a scope-3 category", "INV-1"));
            }
            return;
        }
        if (ghgp == null) {
            violations.add(new Violation(field + ".scope3Category", "record the GHG Protocol scope-3 category (1-15) of "
                    + "this category-" + s.category() + " source: one of " + ALLOWED.get(s.category()).stream().sorted().toList(), "INV-1"));
        } else if (!ALLOWED.get(s.category()).contains(ghgp)) {
            violations.add(new Violation(field + ".scope3Category", "GHG Protocol category " + ghgp + " is not in ISO "
                    + "14064-1 category " + s.category() + ", which holds " + ALLOWED.get(s.category()).stream().sorted().toList(), "INV-1"));
        }
    }
}
