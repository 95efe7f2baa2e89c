package org.carbonneutral.inventory.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;

/**
 * Totals of an inventory. Quantities are tCO2e as BigDecimal, summed exactly and then rounded once to 3 decimals
 * (kilogram precision) HALF_UP; shares are percentages to 2 decimals HALF_UP. The residual is emissions − removals,
 * never below zero.
 */
public final class InventoryCalculator {

    public static final int SCALE = 3;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private InventoryCalculator() {
    }

    public static InventorySnapshot snapshot(SubjectType subjectType, InventoryContent content) {
        List<InventoryContent.Source> sources = content.sources() == null ? List.of() : content.sources();
        List<InventorySnapshot.SourceLine> lines = sources.stream()
                .map(s -> new InventorySnapshot.SourceLine(s.name(), s.scope(), round(s.tco2e()))).toList();
        List<InventorySnapshot.ScopeTotal> byScope = IntStream.rangeClosed(1, 3)
                .mapToObj(scope -> new InventorySnapshot.ScopeTotal(scope, round(sources.stream()
                        .filter(s -> s.scope() == scope).map(InventoryContent.Source::tco2e)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))))
                .toList();
        BigDecimal total = round(sources.stream().map(InventoryContent.Source::tco2e).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal removals = round(content.removalsTco2e() == null ? BigDecimal.ZERO : content.removalsTco2e());
        BigDecimal residual = total.subtract(removals).max(BigDecimal.ZERO.setScale(SCALE));
        List<InventoryContent.Product> products = content.products() == null ? List.of() : content.products();
        BigDecimal productTotal = products.stream().map(InventoryContent.Product::tco2e).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<InventorySnapshot.ProductLine> productLines = products.stream()
                .map(p -> new InventorySnapshot.ProductLine(p.name(), p.quantity(), p.unit(), round(p.tco2e()),
                        share(p.tco2e(), productTotal)))
                .toList();
        return new InventorySnapshot(subjectType, lines, byScope, total, removals, residual, productLines,
                content.allocationMethod(), content.subjectChoiceReason());
    }

    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, ROUNDING);
    }

    /** part ÷ whole as a percentage, 2 decimals HALF_UP; zero when the whole is zero. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, ROUNDING);
    }
}
