package org.carbonneutral.inventory.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.inventory.factors.FactorKind;
import org.carbonneutral.inventory.factors.GwpSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The inventory as entered (ISO/CNS 14064-1): boundary approach and facilities, the GWP set, every source with its
 * category and activity data (each naming its emission factors, directly or by a lookup), exclusions with estimates,
 * verification, removals in the boundary, and for a product or service subject the products table (INV-4).
 */
@Schema(description = "Inventory content of a declaration")
public record InventoryContent(
        @NotNull @Schema(examples = "OPERATIONAL_CONTROL") BoundaryApproach boundaryApproach,
        @NotNull @Schema(description = "GWP set used to weigh every gas (INV-10)", examples = "AR5") GwpSet gwpSet,
        @Schema(description = "Which scope-2 method the footprint counts; every imported-energy source must then give a "
                + "figure by it (when absent, each source counts by its own method)", examples = "MARKET_BASED")
        Scope2Method scope2Basis,
        @Min(1990) @Max(2100) @Schema(examples = "2020") Integer baseYear,
        @Size(max = 1000) @Schema(description = "Facilities in the boundary") List<@NotBlank @Size(max = 300) String> facilities,
        @NotNull @Size(max = 10000) @Schema(description = "Emission sources") List<@NotNull @Valid Source> sources,
        @Size(max = 10000) @Schema(description = "Sources left out, with an estimate and the reason (INV-8)")
        List<@NotNull @Valid Exclusion> exclusions,
        @Valid @Schema(description = "Verification of the inventory (INV-6)") Verification verification,
        @Size(max = 1000) @Schema(description = "Removals in the boundary (INV-7)") List<@NotNull @Valid Removal> removals,
        @Size(max = 10000) @Schema(description = "Product/service subject: every product of the organisation in the period")
        List<@NotNull @Valid Product> products,
        @Size(max = 2000) @Schema(examples = "physical: by mass of product shipped") String allocationMethod,
        @Size(max = 4000) String subjectChoiceReason,
        @Valid @Schema(description = "Product/service subject (ISO/CNS 14067): declared unit, market, life cycle")
        ProductSubject productSubject,
        @Valid @Schema(description = "Organisation subject narrower than the whole organisation (one site, one branch): "
                + "what it covers and the whole organisation's emissions, so that its share is shown; the reason it was "
                + "chosen is subjectChoiceReason (INV-5). Absent: the subject is the whole organisation")
        OrganisationPart organisationPart,
        @Valid @Schema(description = "Product/service subject: the organisation's own inventory of the same period as a "
                + "cited, verified statement (INV-1); not needed when the suite holds an approved organisation inventory "
                + "of the same tenant and period")
        OrganisationStatement organisationInventory) {

    /** This content with {@code sources} as its emission sources; the one copy of a content, field for field. */
    public InventoryContent withSources(List<Source> sources) {
        return new InventoryContent(boundaryApproach, gwpSet, scope2Basis, baseYear, facilities, sources, exclusions,
                verification, removals, products, allocationMethod, subjectChoiceReason, productSubject, organisationPart,
                organisationInventory);
    }

    @Schema(description = "The part of the organisation an organisation subject covers, against the whole (INV-5)")
    public record OrganisationPart(
            @NotBlank @Size(max = 300) @Schema(description = "What the subject covers", examples = "Taoyuan plant only")
            String covers,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 6)
            @Schema(description = "The whole organisation's emissions in the period, tCO2e; the subject's share is its "
                    + "total ÷ this", examples = "5200") BigDecimal organisationTco2e,
            @Size(max = 4000) @Schema(description = "How the rest of the organisation will follow (a small share is "
                    + "flagged without it)") String otherPartsPlan) {
    }

    @Schema(description = "A verified statement of the organisation's own inventory (INV-1): year, scope 1 and 2 totals, "
            + "verifier and the statement's reference")
    public record OrganisationStatement(
            @NotNull @Min(1990) @Max(2100) @Schema(description = "Year of the inventory; must be the period's", examples = "2025")
            Integer year,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6) @Schema(examples = "313.769") BigDecimal scope1Tco2e,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6) @Schema(examples = "1185") BigDecimal scope2Tco2e,
            @NotBlank @Size(max = 300) @Schema(description = "Verification body", examples = "SGS Taiwan") String verifier,
            @NotBlank @Size(max = 300) @Schema(description = "Reference of the verification statement", examples = "GHG-2026-0412")
            String reference) {
    }

    public enum Market {
        B2C,
        B2B
    }

    public enum LifeCycleStage {
        RAW_MATERIAL_ACQUISITION,
        PRODUCTION,
        DISTRIBUTION,
        USE,
        END_OF_LIFE
    }

    @Schema(description = "The product or service the declaration is about")
    public record ProductSubject(
            @NotBlank @Size(max = 300) @Schema(examples = "one 600 ml bottle of tea") String declaredUnit,
            @NotNull @Schema(description = "B2C: whole life cycle; B2B: may stop at the gate (INV-9)") Market market,
            @NotNull @Size(min = 1, max = 5) List<@NotNull @Valid Stage> stages,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 6)
            @Schema(description = "Declared units produced or sold in the period", examples = "1000000") BigDecimal quantity,
            @Size(max = 4000) @Schema(description = "How the organisation's other products will follow (INV-5)")
            String otherProductsPlan) {
    }

    @Schema(description = "A life-cycle stage and whether it is in the footprint")
    public record Stage(
            @NotNull LifeCycleStage stage,
            @NotNull Boolean included,
            @Size(max = 2000) @Schema(description = "Why an omitted stage is left out") String omissionReason) {
    }

    public enum BoundaryApproach {
        OPERATIONAL_CONTROL,
        FINANCIAL_CONTROL,
        EQUITY_SHARE
    }

    public enum Scope2Method {
        LOCATION_BASED,
        MARKET_BASED
    }

    public enum AssuranceLevel {
        REASONABLE,
        LIMITED
    }

    @Schema(description = "One emission source: activity data × emission factor × GWP, or a figure quantified elsewhere")
    public record Source(
            @NotBlank @Size(max = 300) @Schema(examples = "Emergency generators, Taoyuan plant") String name,
            @Size(max = 300) @Schema(examples = "Taoyuan plant") String facility,
            @NotNull @Min(1) @Max(6) @Schema(description = "ISO 14064-1 category 1-6 (1 direct, 2 imported energy, "
                    + "3-6 indirect); scope 1, 2 or 3 follows", examples = "1") Integer category,
            @Min(1) @Max(15) @Schema(description = "GHG Protocol scope-3 category, for categories 3-6") Integer scope3Category,
            @Schema(description = "For category 2: location- or market-based") Scope2Method scope2Method,
            @Size(max = 100000) List<@NotNull @Valid Activity> activities,
            @Size(max = 100000) @Schema(description = "Category 2, dual reporting: the same energy quantified by the "
                    + "other scope-2 method") List<@NotNull @Valid Activity> otherMethodActivities,
            @DecimalMin("0") @Digits(integer = 12, fraction = 6)
            @Schema(description = "A figure quantified elsewhere, tCO2e; it names no factor, which INV-10 blocks")
            BigDecimal tco2e) {

        /** This source with {@code activities} as its activity data; the one copy of a source, field for field. */
        public Source withActivities(List<Activity> activities) {
            return new Source(name, facility, category, scope3Category, scope2Method, activities, otherMethodActivities,
                    tco2e);
        }
    }

    @Schema(description = "Activity data with its unit, period and evidence, naming its factors or how to look them up")
    public record Activity(
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 6) @Schema(examples = "120") BigDecimal quantity,
            @NotBlank @Size(max = 20) @Schema(description = "L, kL, m3, kg, t, kWh, 度, MWh, GWh, MJ, GJ, TJ, kcal, km; "
                    + "kg BOD, t BOD, kg COD, t COD, person, tkm, pkm, TWD, kTWD, USD, EUR, item, night (a room·night of a "
                    + "hotel stay) (these convert only within their own family; currencies never into each other)",
                    examples = "kL") String unit,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Size(max = 500) @Schema(examples = "Fuel invoices 2025, ERP export FI-2025-12") String evidence,
            @Size(max = 20) @Schema(description = "Factor ids, one per gas") List<@NotBlank String> factorIds,
            @Valid FactorLookup lookup,
            @Valid @Schema(description = "Refrigerant leak by the equipment method (MOENV 6.0.4 表8): the quantity is "
                    + "the equipment's charge (kg) and the leak is charge × this rate") LeakRate leakRate,
            @Valid @Schema(description = "Septic tank by person-hours (MOENV 6.0.4 表6 化糞池): the quantity is the number "
                    + "of persons (unit person) and the BOD load is derived from these parameters") SepticTank septicTank,
            @Valid @Schema(description = "A refrigerant blend that MOENV 表4-4 does not list, by its composition (instead of "
                    + "factorIds or a lookup): kg of the blend, each component weighed by its GWP in the inventory's set")
            Blend blend) {

        /** Activity data that names its factors or a lookup, with no derivation. */
        public Activity(BigDecimal quantity, String unit, LocalDate periodStart, LocalDate periodEnd, String evidence,
                List<String> factorIds, FactorLookup lookup) {
            this(quantity, unit, periodStart, periodEnd, evidence, factorIds, lookup, null, null, null);
        }
    }

    @Schema(description = "A refrigerant blend by composition: mass shares summing to exactly 100 %, each component a gas "
            + "of MOENV 表4-4 (its GWP in the inventory's set; AR6 from IPCC AR6)")
    public record Blend(
            @NotBlank @Size(max = 100) @Schema(examples = "R-4xxA (supplier blend)") String name,
            @NotNull @Size(min = 2, max = 10) List<@NotNull @Valid BlendComponent> components,
            @NotBlank @Size(max = 1000) @Schema(description = "Where the composition comes from",
                    examples = "Supplier safety data sheet SDS-2025-113, section 3") String source) {
    }

    @Schema(description = "One component of a blend: a gas of MOENV 表4-4 and its mass share, %")
    public record BlendComponent(
            @NotBlank @Size(max = 100) @Schema(examples = "HFC-32") String gas,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 6)
            @Schema(examples = "50") BigDecimal percent) {
    }

    @Schema(description = "The annual leak rate of refrigeration or air-conditioning equipment, as a percentage of its "
            + "charge (MOENV 6.0.4 表8 設備之冷媒逸散率排放因子, IPCC 2006 Vol. 3 Table 7.9)")
    public record LeakRate(
            @NotBlank @Size(max = 200) @Schema(description = "Equipment type as 表8 names it, Chinese or English",
                    examples = "冰水機") String equipment,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 6)
            @Schema(description = "% of the charge leaked per year; 表8 gives a range per type", examples = "2") BigDecimal percent,
            @Size(max = 2000) @Schema(description = "Why this point (表8: developed countries the low end, developing the "
                    + "high end); required, and what a rate outside the range rests on",
                    examples = "Annual maintenance log 2025: no top-up needed; low end for a maintained chiller")
            String justification) {
    }

    @Schema(description = "A septic tank's BOD load from the people using it (MOENV 6.0.4 表6 化糞池): persons × working "
            + "days × hours per day × litres per person-hour × BOD mg/L; each parameter's source is cited")
    public record SepticTank(
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 4, fraction = 3)
            @Schema(examples = "250") BigDecimal workingDays,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 3)
            @Schema(examples = "8") BigDecimal hoursPerDay,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 6)
            @Schema(description = "Wastewater per person-hour, L", examples = "15.625") BigDecimal litresPerPersonHour,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 7, fraction = 3)
            @Schema(description = "Mean BOD of the wastewater, mg/L", examples = "200") BigDecimal bodMgPerLitre,
            @NotBlank @Size(max = 2000) @Schema(description = "Where each parameter comes from",
                    examples = "Attendance records 2025 (days, hours); MOENV 6.0.4 表6 example values (15.625 L/h, 200 mg/L)")
            String parameterSources) {
    }

    @Schema(description = "Find the factors (one per gas) of an activity in the factor library")
    public record FactorLookup(
            @NotNull @Schema(description = "FUGITIVE_REFRIGERANT: the activity is kg of a fluorinated gas or blend leaked "
                    + "(measured mass), weighed by its GWP from MOENV 6.0.4 表4-4 (AR6: blends computed from composition). "
                    + "MOBILE_COMBUSTION: per L/kg/m3 (MOENV-EF 6.0.4) or per TJ (MOENV-EF-1130205, 附表一 二). PROCESS "
                    + "(category 1) and INDIRECT (categories 3-6): factors of your own published sets; the kind must fit "
                    + "the source's category (INV-1)", examples = "STATIONARY_COMBUSTION") FactorKind kind,
            @NotBlank @Size(max = 200) @Schema(description = "Fuel or activity, Chinese or English name; for "
                    + "FUGITIVE_REFRIGERANT the gas or blend as MOENV 表4-4 names it (R-410A, HFC-134a, SF6)",
                    examples = "柴油") String activity,
            @Size(max = 100) @Schema(description = "Factor set code (any when absent)", examples = "MOENV-EF") String set,
            @NotNull @Min(1990) @Max(2100) @Schema(description = "Year the factor must be valid for", examples = "2025") Integer year) {
    }

    @Schema(description = "A source left out of the quantified footprint")
    public record Exclusion(
            @NotBlank @Size(max = 300) String name,
            @NotNull @Min(1) @Max(6) Integer category,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6) BigDecimal estimatedTco2e,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "Verification of the inventory")
    public record Verification(
            @NotNull @Schema(description = "Verified by an accredited body") Boolean verified,
            @NotNull @Schema(description = "Listed emitter under Climate Change Response Act Art. 21") Boolean article21Emitter,
            @Size(max = 300) String body,
            @Size(max = 300) String accreditation,
            AssuranceLevel assuranceLevel,
            LocalDate statementDate,
            @Size(max = 300) String reference) {
    }

    @Schema(description = "A removal in the boundary, with evidence of the right to manage the sink")
    public record Removal(
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 100) @Schema(examples = "forest") String sinkType,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6) BigDecimal removedTco2e,
            @DecimalMin("0") @Digits(integer = 12, fraction = 6)
            @Schema(description = "Reversal in the period, counted as emissions") BigDecimal reversalTco2e,
            @Size(max = 500) @Schema(description = "Land ownership or use-rights evidence") String rightsEvidence,
            @Size(max = 500) @Schema(description = "How the sink is monitored") String monitoring) {
    }

    @Schema(description = "One product of the organisation")
    public record Product(
            @NotBlank @Size(max = 300) @Schema(examples = "Bottled tea 600 ml") String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 6)
            @Schema(examples = "1000000") BigDecimal quantity,
            @NotBlank @Size(max = 50) @Schema(examples = "bottle") String unit,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6)
            @Schema(description = "Emissions allocated to the product, tCO2e", examples = "420.0") BigDecimal tco2e) {
    }

    /** Scope of an ISO 14064-1 category: 1 → 1, 2 → 2, 3–6 → 3. */
    public static int scopeOf(int category) {
        return category <= 2 ? category : 3;
    }
}
