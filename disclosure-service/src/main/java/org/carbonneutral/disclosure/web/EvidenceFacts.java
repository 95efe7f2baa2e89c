package org.carbonneutral.disclosure.web;

import static org.carbonneutral.disclosure.web.PageFormat.grouped;
import static org.carbonneutral.disclosure.web.PageFormat.orDash;
import static org.carbonneutral.disclosure.web.PageFormat.percent;
import static org.carbonneutral.disclosure.web.PageFormat.tonnes;
import static org.carbonneutral.disclosure.web.PageFormat.verification;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.OffsetsSnapshot;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.disclosure.domain.Publication;
import org.carbonneutral.disclosure.web.DeclarationPage.Cell;
import org.carbonneutral.disclosure.web.DeclarationPage.Pair;
import org.carbonneutral.disclosure.web.DeclarationPage.Table;

/**
 * The evidence behind the claim as the page shows it, shared by the disclosure items and the plan's chapters: the
 * claim's own verification or validation (DIS-7), a product or service subject's CNS/ISO 14067 facts (declared unit,
 * footprint per unit, life-cycle stages, allocation), removals with their rights evidence (INV-7), the baseline's
 * verification where the suite holds it (item 4), and a residual of 0 that needs no credits (OFF-1).
 */
final class EvidenceFacts {

    private EvidenceFacts() {
    }

    /** The quantification standard of the subject: CNS/ISO 14064-1 for an organisation, CNS/ISO 14067 otherwise. */
    static String quantificationStandard(Publication p) {
        String subject = p.subject().type() == SubjectType.ORGANISATION ? "CNS 14064-1 / ISO 14064-1:2018"
                : "CNS 14067 / ISO 14067:2018";
        return subject + " · " + (p.claim().standard() == ClaimStandard.PAS_2060 ? "PAS 2060:2014" : "ISO 14068-1:2023");
    }

    /** Who checked the claim itself, with the evidence; or that nobody did. Never the inventory's verification. */
    static String claimVerification(Publication p, PageText t) {
        var checked = p.claimVerification();
        if (p.claim().standard() == ClaimStandard.PAS_2060) {
            var v = checked == null ? null : checked.validation();
            if (v == null) {
                return t.get("claimNotValidated");
            }
            return t.label(v.type().name()) + ": " + v.validator() + (blank(v.accreditation()) ? "" : " ("
                    + v.accreditation() + ")") + ", " + v.date() + ", " + v.evidence();
        }
        var v = checked == null ? null : checked.verification();
        if (v == null) {
            return t.get("claimUnverified");
        }
        return t.get("claimVerifiedBy") + ": " + v.body() + (blank(v.accreditation()) ? "" : " (" + v.accreditation()
                + ")") + ", " + v.standard() + ", " + t.label(v.assuranceLevel().name()) + ", " + v.statementDate() + ", "
                + v.reference();
    }

    /** A product or service subject's declared unit, footprint per unit, share, and allocation method. */
    static List<Pair> productSubject(InventorySnapshot inv, PageText t) {
        List<Pair> facts = new ArrayList<>();
        var ps = inv.productSubject();
        if (ps != null) {
            facts.add(new Pair(t.get("declaredUnit"), orDash(ps.declaredUnit())));
            facts.add(new Pair(t.get("market"), t.label(ps.market())));
            facts.add(new Pair(t.get("productQuantity"), ps.quantity() == null ? "—" : grouped(ps.quantity(), "#,##0.###")));
            facts.add(new Pair(t.get("subjectEmissions"), tonnes(ps.subjectTco2e(), t)));
            facts.add(new Pair(t.get("perUnit"), ps.perUnitKgCo2e() == null ? "—" : grouped(ps.perUnitKgCo2e(),
                    "#,##0.000###") + " kg CO2e / " + orDash(ps.declaredUnit())));
            facts.add(new Pair(t.get("subjectShare"), percent(ps.sharePercent())));
            if (!blank(ps.otherProductsPlan())) {
                facts.add(new Pair(t.get("otherProductsPlan"), ps.otherProductsPlan()));
            }
        }
        facts.add(new Pair(t.get("allocation"), orDash(inv.allocationMethod())));
        return facts;
    }

    /** The life-cycle stages of a product or service subject, with the reason for each omitted one. */
    static List<Table> stages(InventorySnapshot inv, PageText t) {
        var ps = inv.productSubject();
        if (ps == null || ps.stages() == null || ps.stages().isEmpty()) {
            return List.of();
        }
        return List.of(new Table("life-cycle-stages", List.of(t.get("stage"), t.get("included"), t.get("omissionReason")),
                ps.stages().stream().map(s -> List.of(Cell.of(t.label(s.stage())), Cell.of(s.included() ? t.get("yes")
                        : t.get("no")), Cell.of(s.included() ? "" : orDash(s.omissionReason())))).toList()));
    }

    /** Removals in the boundary with the evidence of the rights to manage them and their monitoring (INV-7). */
    static List<Table> removals(InventorySnapshot inv, PageText t) {
        if (inv.removals() == null || inv.removals().isEmpty()) {
            return List.of();
        }
        return List.of(new Table("removals", List.of(t.get("removals"), t.get("sinkType"), t.get("removed"),
                t.get("reversal"), t.get("rightsEvidence"), t.get("monitoring")), inv.removals().stream()
                .map(r -> List.of(Cell.of(r.name()), Cell.of(t.label(r.sinkType())), Cell.of(tonnes(r.removedTco2e(), t)),
                        Cell.of(tonnes(r.reversalTco2e(), t)), Cell.of(orDash(r.rightsEvidence())),
                        Cell.of(orDash(r.monitoring())))).toList()));
    }

    /**
     * The baseline's verification: held when the baseline is this declaration's approved inventory revision (its
     * verification is the inventory's); otherwise the suite does not hold it and the page says so.
     */
    static String baselineVerification(Publication p, PathwaySnapshot path, InventorySnapshot inv, PageText t) {
        var source = path.baselineSource();
        boolean held = source != null && p.declarationId().equals(source.inventoryDeclarationId())
                && source.inventoryRevision() != null && source.inventoryRevision() == p.inventory().revision();
        return held ? verification(inv, t) : t.get("baselineVerificationNotHeld");
    }

    /** Whether the residual needed no credits at all (a residual of 0, nothing retired): OFF-1. */
    static boolean noCreditsNeeded(OffsetsSnapshot off) {
        return off.requiredTonnes() == 0 && off.retirements().isEmpty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
