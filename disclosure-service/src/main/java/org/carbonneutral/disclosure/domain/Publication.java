package org.carbonneutral.disclosure.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Organisation;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.PathwayApproved;

/**
 * The content of one published version, built only from approved snapshots and the tenant's profile: the claim, the
 * summary figures (the offsets' share of the total), the eight disclosure items of G肆.二 and the six chapters of the
 * appendix template (numbered and labelled, each naming where its content is), the DIS-4 reminders (and the DIS-7
 * warning of an unverified claim), the three approvals themselves, and the claim's own verification or validation
 * (DIS-7), which alone words the claim: a verified inventory is not a verified claim. Stored as canonical JSON; its
 * SHA-256 digest is recomputable by anyone from the stored text.
 */
public record Publication(
        UUID declarationId,
        int version,
        OffsetDateTime publishedAt,
        Subject subject,
        Claim claim,
        CompanyProfile profile,
        Summary summary,
        List<Section> items,
        List<Section> chapters,
        List<Finding> reminders,
        InventoryApproved inventory,
        PathwayApproved pathway,
        OffsetsApproved offsets,
        ClaimVerification claimVerification) {

    /** The subject, and the organisation that declares it (its legal name, other names and business number). */
    public record Subject(SubjectType type, String name, String boundary, LocalDate periodStart, LocalDate periodEnd,
            Organisation organisation) {
    }

    /** The claim's sentence, worded by {@link ClaimStatement} from the claim's own verification or validation. */
    public record Claim(ClaimStandard standard, String statementEn, String statementZh) {
    }

    /**
     * Totals in tCO2e as approved; {@code offsetSharePercent} is the residual covered by credits as a share of total
     * emissions (2 decimals HALF_UP); {@code verified} whether the inventory is third-party verified.
     */
    public record Summary(BigDecimal totalTco2e, BigDecimal removalsTco2e, BigDecimal residualTco2e,
            long creditsRetiredTonnes, BigDecimal offsetSharePercent, boolean verified, String verificationBody) {
    }

    /** A numbered item or chapter, its labels, and the parts of this document that hold its content. */
    public record Section(int number, String titleEn, String titleZh, List<String> content) {
    }

    static final List<List<String>> ITEM_CONTENT = List.of(
            List.of("subject", "inventory.snapshot.boundaryApproach", "inventory.snapshot.facilities"),
            List.of("inventory.snapshot.products", "inventory.snapshot.subjectChoiceReason", "inventory.snapshot.productSubject",
                    "inventory.snapshot.allocationMethod"),
            List.of("pathway.snapshot.shortTermTargetYear", "pathway.snapshot.netZeroYear", "pathway.snapshot.trajectory",
                    "pathway.snapshot.measures", "pathway.snapshot.scienceBasedReference",
                    "pathway.snapshot.referenceAnnualRate", "pathway.snapshot.impliedAnnualRate", "pathway.snapshot.timeline",
                    "pathway.snapshot.bestAvailableTechniques", "pathway.snapshot.bestAvailableTechniquesApplied"),
            List.of("pathway.snapshot.baselineTco2e", "pathway.snapshot.baselineByScope", "pathway.snapshot.baselineSource",
                    "inventory.snapshot.verification"),
            List.of("pathway.snapshot.measures"),
            List.of("summary.residualTco2e", "summary.offsetSharePercent", "inventory.snapshot.removals"),
            List.of("offsets.snapshot.retirements[].registry", "offsets.snapshot.retirements[].project",
                    "offsets.snapshot.retirements[].project.methodology", "offsets.snapshot.retirements[].vintageYear"),
            List.of("offsets.snapshot.retirements[].retiredOn", "offsets.snapshot.retirements[].serialNumber",
                    "offsets.snapshot.retirements[].beneficiary", "offsets.snapshot.retirements[].purpose",
                    "offsets.snapshot.retirements[].publicReference", "offsets.snapshot.registryChecks",
                    "offsets.snapshot.requiredTonnes"));

    static final List<List<String>> CHAPTER_CONTENT = List.of(
            List.of("profile.company", "profile.company.representative", "profile.processesAndProducts",
                    "profile.organisationChart", "profile.policyStatement", "profile.commitment", "profile.team",
                    "profile.planOwner", "subject"),
            List.of("subject.type", "inventory.snapshot.gwpSet", "inventory.snapshot.factorSets", "inventory.snapshot.sources",
                    "inventory.snapshot.exclusions", "inventory.snapshot.removals", "inventory.snapshot.productSubject",
                    "inventory.snapshot.allocationMethod", "inventory.snapshot.verification", "claimVerification",
                    "profile.dataManagement"),
            List.of("pathway.snapshot", "profile.assumptionsAndReasons"),
            List.of("pathway.snapshot.expectedCredits", "offsets.snapshot"),
            List.of("summary", "pathway.snapshot.trajectory", "offsets.snapshot.retirements"),
            List.of("profile.outlook"));

    public static Publication of(UUID declarationId, int version, OffsetDateTime publishedAt, PublicationFacts f,
            List<Finding> findings) {
        var inv = f.inventory().snapshot();
        var off = f.offsets().snapshot();
        var verification = inv.verification();
        boolean verified = verification != null && verification.verified();
        Summary summary = new Summary(inv.totalTco2e(), inv.removalsTco2e(), inv.residualTco2e(), off.retiredTonnes(),
                off.residualSharePercent(), verified, verified ? verification.body() : null);
        List<Section> items = new ArrayList<>();
        for (int i = 0; i < DisclosureItems.ITEMS.size(); i++) {
            items.add(new Section(i + 1, DisclosureItems.ITEMS.get(i)[0], DisclosureItems.ITEMS.get(i)[1],
                    ITEM_CONTENT.get(i)));
        }
        List<Section> chapters = new ArrayList<>();
        for (int i = 0; i < ManagementPlanChapters.CHAPTERS.size(); i++) {
            chapters.add(new Section(i + 1, ManagementPlanChapters.CHAPTERS.get(i)[0],
                    ManagementPlanChapters.CHAPTERS.get(i)[1], CHAPTER_CONTENT.get(i)));
        }
        return new Publication(declarationId, version, publishedAt,
                new Subject(f.subjectType(), f.subjectName(), f.boundary(), f.periodStart(), f.periodEnd(),
                        f.organisation()),
                ClaimStatement.of(f.claimStandard(), f.subjectName(), f.periodStart(), f.periodEnd(),
                        f.claimVerification(), off.requiredTonnes() > 0 || !off.retirements().isEmpty()), f.profile(), summary, items, chapters,
                findings.stream().filter(x -> x.severity() == Severity.WARN).toList(), f.inventory(), f.pathway(),
                f.offsets(), f.claimVerification());
    }
}
