package org.carbonneutral.disclosure;

import static org.carbonneutral.disclosure.PublicationFactsFixture.inventory;
import static org.carbonneutral.disclosure.PublicationFactsFixture.pathway;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.events.PathwaySnapshot;

/** The sample's approvals, varied: a product subject with removals, a verified inventory, a baseline of its own. */
public final class SnapshotVariants {

    private SnapshotVariants() {
    }

    /** The sample's inventory for a product subject, with removals in the boundary. */
    public static InventoryApproved productInventory() {
        var base = inventory(1);
        var i = base.snapshot();
        var snapshot = new InventorySnapshot(SubjectType.PRODUCT, i.boundaryApproach(), i.gwpSet(), i.facilities(),
                i.sources(), i.totalsByScope(), i.scope2Basis(), i.scope2LocationBasedTco2e(), i.scope2MarketBasedTco2e(),
                i.totalsByCategory(), i.totalsByGas(), i.totalTco2e(), i.biogenicCo2Tonnes(), new BigDecimal("12.500"),
                i.residualTco2e(), i.residualExactTco2e(), List.of(new InventorySnapshot.RemovalLine("Plant green belt",
                        "VEGETATION", new BigDecimal("12.500"), BigDecimal.ZERO, "Land title deed 104-Taoyuan-0031",
                        "annual tree survey")), i.exclusions(), i.coveragePercent(), i.verification(), i.factorSets(),
                List.of(new InventorySnapshot.ProductLine("MLCC 0402", new BigDecimal("1000000"), "reels",
                        new BigDecimal("1500.000"), new BigDecimal("68.23"))),
                "Physical allocation by kWh metered per line", "Our best-selling product",
                new InventorySnapshot.ProductSubjectLine("1 reel of 10,000 MLCC 0402", "B2B", List.of(
                        new InventorySnapshot.StageLine("RAW_MATERIAL_ACQUISITION", true, null),
                        new InventorySnapshot.StageLine("PRODUCTION", true, null),
                        new InventorySnapshot.StageLine("USE", false, "B2B: cradle to gate, the customer's use is unknown")),
                        new BigDecimal("1000000"), new BigDecimal("1500.000"), new BigDecimal("1.500000"),
                        new BigDecimal("68.23"), "Other products follow from 2027"), i.organisationPart());
        return new InventoryApproved(base.declarationId(), 1, base.contentDigest(), base.approvedBy(), base.approvedAt(),
                List.of(), snapshot);
    }

    /** The sample's inventory, verified by BSI Taiwan (the inventory, not the claim). */
    public static InventoryApproved verifiedInventory() {
        var base = inventory(1);
        var i = base.snapshot();
        return new InventoryApproved(base.declarationId(), 1, base.contentDigest(), base.approvedBy(),
                base.approvedAt(), List.of(), new InventorySnapshot(i.subjectType(), i.boundaryApproach(), i.gwpSet(),
                i.facilities(), i.sources(), i.totalsByScope(), i.scope2Basis(), i.scope2LocationBasedTco2e(),
                i.scope2MarketBasedTco2e(), i.totalsByCategory(), i.totalsByGas(), i.totalTco2e(), i.biogenicCo2Tonnes(),
                i.removalsTco2e(), i.residualTco2e(), i.residualExactTco2e(), i.removals(), i.exclusions(),
                i.coveragePercent(), new InventorySnapshot.VerificationLine(true, false, "BSI Taiwan", "TAF 0011",
                "REASONABLE", LocalDate.of(2026, 2, 1), "BSI-GHG-2026-7"), i.factorSets(), i.products(),
                i.allocationMethod(), i.subjectChoiceReason(), i.productSubject(), i.organisationPart()));
    }

    /** The sample's pathway, its baseline this declaration's own approved inventory revision 1. */
    public static PathwayApproved baselineFromOwnInventory() {
        var p = pathway(1, 1);
        var s = p.snapshot();
        return new PathwayApproved(p.declarationId(), 1, 1, p.contentDigest(), p.approvedBy(), p.approvedAt(),
                List.of(), new PathwaySnapshot(s.baseYear(), s.baselineTco2e(), s.baselineByScope(),
                new PathwaySnapshot.BaselineSource(PublicationFactsFixture.ID, 1, null), s.targetScopes(),
                s.scienceBasedReference(), s.referenceAnnualRate(), s.shortTermTargetYear(), s.shortTermTargetTco2e(),
                s.impliedAnnualRate(), s.intensityTarget(), s.netZeroYear(), s.timeline(), s.expectedCredits(),
                s.trajectory(), s.measures(), s.bestAvailableTechniques(), s.previousDeclaredPeriod(),
                s.periodEmissionsTco2e(), s.removalsTco2e(), s.residualTco2e(), s.achievedReductionsTco2e(),
                s.bestAvailableTechniquesApplied(), s.baselineCheck()));
    }

    /** The sample's pathway with best available techniques applied and their justification (PATH-6). */
    public static PathwayApproved withBestAvailableTechniques() {
        var p = pathway(1, 1);
        var s = p.snapshot();
        return new PathwayApproved(p.declarationId(), 1, 1, p.contentDigest(), p.approvedBy(), p.approvedAt(),
                List.of(), new PathwaySnapshot(s.baseYear(), s.baselineTco2e(), s.baselineByScope(), s.baselineSource(),
                s.targetScopes(), s.scienceBasedReference(), s.referenceAnnualRate(), s.shortTermTargetYear(),
                s.shortTermTargetTco2e(), s.impliedAnnualRate(), s.intensityTarget(), s.netZeroYear(), s.timeline(),
                s.expectedCredits(), s.trajectory(), s.measures(), new PathwaySnapshot.BestAvailableTechniques(
                "Kiln and dryer technologies on the IEA list", "Electric kilns for 1,300 °C are not yet available"),
                s.previousDeclaredPeriod(), s.periodEmissionsTco2e(), s.removalsTco2e(), s.residualTco2e(),
                s.achievedReductionsTco2e(), List.of(new PathwaySnapshot.TechniqueApplied("Heat-pump dryers",
                "Taoyuan plant, line 2", LocalDate.of(2024, 3, 1), "All dryers already replaced")), s.baselineCheck()));
    }
}
