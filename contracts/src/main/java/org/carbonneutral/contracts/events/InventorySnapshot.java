package org.carbonneutral.contracts.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.contracts.SubjectType;

/**
 * What an approved inventory revision says, so that no service has to call back: every source with its ISO 14064-1
 * category, scope and per-gas emissions, totals by scope, category and gas, biogenic CO2 (kept out of the totals),
 * removals and reversals, the residual (emissions − removals), exclusions and coverage, verification, the GWP set and
 * factor sets used, for a product or service subject the products table, and for an organisation subject narrower
 * than the whole organisation (one site, one branch) what it covers and its share of the organisation's emissions. Figures in tCO2e, scale 3, HALF_UP, but
 * for {@code residualExactTco2e}: the residual as computed, unrounded, which the credits to retire are rounded up from
 * (OFF-1: never the rounded residual rounded again).
 */
public record InventorySnapshot(
        SubjectType subjectType,
        String boundaryApproach,
        String gwpSet,
        List<String> facilities,
        List<SourceLine> sources,
        List<ScopeTotal> totalsByScope,
        String scope2Basis,
        BigDecimal scope2LocationBasedTco2e,
        BigDecimal scope2MarketBasedTco2e,
        List<CategoryTotal> totalsByCategory,
        List<GasTotal> totalsByGas,
        BigDecimal totalTco2e,
        BigDecimal biogenicCo2Tonnes,
        BigDecimal removalsTco2e,
        BigDecimal residualTco2e,
        BigDecimal residualExactTco2e,
        List<RemovalLine> removals,
        List<ExclusionLine> exclusions,
        BigDecimal coveragePercent,
        VerificationLine verification,
        List<FactorSetRef> factorSets,
        List<ProductLine> products,
        String allocationMethod,
        String subjectChoiceReason,
        ProductSubjectLine productSubject,
        OrganisationPartLine organisationPart) {

    /**
     * An organisation subject narrower than the whole organisation (INV-5): what it covers, the whole organisation's
     * emissions in the period (tCO2e), the subject's share of them (%, 2 decimals HALF_UP) and how the rest follows.
     */
    public record OrganisationPartLine(String covers, BigDecimal organisationTco2e, BigDecimal sharePercent,
            String otherPartsPlan) {
    }

    /**
     * A product or service subject (ISO/CNS 14067): declared unit, market (B2C whole life cycle, B2B may stop at the
     * gate), life-cycle stages with the reason each omitted one is left out, quantity in the period, the subject's
     * emissions, emissions per declared unit (kg CO2e, 6 decimals HALF_UP), and its share of the organisation's.
     */
    public record ProductSubjectLine(String declaredUnit, String market, List<StageLine> stages, BigDecimal quantity,
            BigDecimal subjectTco2e, BigDecimal perUnitKgCo2e, BigDecimal sharePercent, String otherProductsPlan) {
    }

    public record StageLine(String stage, boolean included, String omissionReason) {
    }

    public record SourceLine(String name, String facility, int category, int scope, Integer scope3Category,
            BigDecimal tco2e, List<GasLine> gases, List<String> factorIds) {
    }

    public record GasLine(String gas, BigDecimal kg, BigDecimal tco2e) {
    }

    public record ScopeTotal(int scope, BigDecimal tco2e) {
    }

    public record CategoryTotal(int category, BigDecimal tco2e) {
    }

    public record GasTotal(String gas, BigDecimal tco2e) {
    }

    public record RemovalLine(String name, String sinkType, BigDecimal removedTco2e, BigDecimal reversalTco2e,
            String rightsEvidence, String monitoring) {
    }

    public record ExclusionLine(String name, int category, BigDecimal estimatedTco2e, String reason) {
    }

    public record VerificationLine(boolean verified, boolean article21Emitter, String body, String accreditation,
            String assuranceLevel, LocalDate statementDate, String reference) {
    }

    public record FactorSetRef(String code, String version, String source) {
    }

    public record ProductLine(String name, BigDecimal quantity, String unit, BigDecimal tco2e, BigDecimal sharePercent) {
    }
}
