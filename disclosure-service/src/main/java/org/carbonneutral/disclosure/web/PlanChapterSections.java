package org.carbonneutral.disclosure.web;

import static org.carbonneutral.disclosure.web.PageFormat.grouped;
import static org.carbonneutral.disclosure.web.PageFormat.orDash;
import static org.carbonneutral.disclosure.web.PageFormat.subjectType;
import static org.carbonneutral.disclosure.web.PageFormat.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.disclosure.domain.CompanyProfile;
import org.carbonneutral.disclosure.domain.Publication;
import org.carbonneutral.disclosure.web.DeclarationPage.Cell;
import org.carbonneutral.disclosure.web.DeclarationPage.Pair;
import org.carbonneutral.disclosure.web.DeclarationPage.Section;
import org.carbonneutral.disclosure.web.DeclarationPage.Table;

/**
 * The six chapters of the management plan (appendix template) on the public page: chapters 1 and 6 from the tenant's
 * profile, chapters 2 to 5 from the approved snapshots, referring to the disclosure items that already show them.
 */
final class PlanChapterSections {

    private PlanChapterSections() {
    }

    /**
     * The chapter's section; {@code summary} is the page's summary, shown again as the results (chapter 5). A number
     * that is not one of the six is a mistake in the page and fails.
     */
    static Section section(Publication.Section chapter, Publication p, List<Pair> summary, PageText t, String title) {
        var inv = p.inventory().snapshot();
        var path = p.pathway().snapshot();
        var profile = p.profile();
        return switch (chapter.number()) {
            case 1 -> basicData(title, p, profile, t);
            case 2 -> quantification(title, p, inv, t);
            case 3 -> new Section(3, title, List.of(new Pair(t.get("assumptions"),
                    orDash(profile == null ? null : profile.assumptionsAndReasons()))), List.of(monitoring(path, t)),
                    List.of(t.get("seeItems") + " (3), (4), (5)"), null);
            case 4 -> new Section(4, title, List.of(), List.of(new Table("expected-credits", List.of(t.get("year"),
                    t.get("quantity"), t.get("type")), path.expectedCredits().stream().map(e -> List.of(
                    Cell.of(String.valueOf(e.year())), Cell.of(e.tonnes().toPlainString()), Cell.of(e.type()))).toList())),
                    seeItems(p, "(6), (7), (8)", t), null);
            case 5 -> new Section(5, title, summary, List.of(), seeItems(p, "(5), (6), (8)", t), null);
            case 6 -> new Section(6, title, List.of(), List.of(),
                    profile == null || profile.outlook() == null ? List.of() : List.of(profile.outlook()), null);
            default -> throw new IllegalArgumentException("there is no chapter " + chapter.number()
                    + " of the management plan; the appendix template has six");
        };
    }

    /** Chapter 2: the standards (CNS/ISO 14067 for a product or service), method, sources, exclusions, removals. */
    private static Section quantification(String title, Publication p, InventorySnapshot inv, PageText t) {
        List<Pair> facts = new ArrayList<>(List.of(new Pair(t.get("standard"), EvidenceFacts.quantificationStandard(p)),
                new Pair(t.get("gwp"), "IPCC " + inv.gwpSet()),
                new Pair(t.get("factorSets"), inv.factorSets().stream().map(f -> f.code() + " " + f.version() + " ("
                        + f.source() + ")").collect(Collectors.joining("; "))),
                new Pair(t.get("inventoryVerification"), verification(inv, t)),
                new Pair(t.get("claimVerification"), EvidenceFacts.claimVerification(p, t)),
                new Pair(t.get("dataManagement"), orDash(p.profile() == null ? null : p.profile().dataManagement()))));
        List<Table> tables = new ArrayList<>(List.of(scopes(inv, t), sources(inv, t), exclusions(inv, t)));
        if (p.subject().type() != SubjectType.ORGANISATION) {
            facts.addAll(EvidenceFacts.productSubject(inv, t));
            tables.addAll(EvidenceFacts.stages(inv, t));
        }
        tables.addAll(EvidenceFacts.removals(inv, t));
        return new Section(2, title, facts, tables, List.of(), null);
    }

    private static List<String> seeItems(Publication p, String items, PageText t) {
        List<String> paragraphs = new ArrayList<>(DisclosureItemSections.noCredits(p.offsets().snapshot(), t));
        paragraphs.add(t.get("seeItems") + " " + items);
        return paragraphs;
    }

    private static Section basicData(String title, Publication p, CompanyProfile profile, PageText t) {
        List<Pair> facts = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        if (profile != null) {
            var c = profile.company();
            facts.add(new Pair(t.get("company"), c.name()));
            facts.add(new Pair(t.get("businessNumber"), orDash(c.businessNumber())));
            facts.add(new Pair(t.get("representative"), orDash(c.representative())));
            facts.add(new Pair(t.get("address"), c.address()));
            facts.add(new Pair(t.get("industry"), orDash(c.industry())));
            facts.add(new Pair(t.get("processes"), orDash(profile.processesAndProducts())));
            facts.add(new Pair(t.get("organisationChart"), organisationChart(profile.organisationChart())));
            facts.add(new Pair(t.get("policyStatement"), orDash(profile.policyStatement())));
            facts.add(new Pair(t.get("contact"), profile.planOwner().name()
                    + (profile.planOwner().title() == null ? "" : ", " + profile.planOwner().title()) + " — "
                    + profile.planOwner().email() + (profile.planOwner().phone() == null ? "" : ", "
                    + profile.planOwner().phone())));
            paragraphs.add(t.get("commitment") + ": “" + profile.commitment().statement() + "” — "
                    + profile.commitment().signedBy() + ", " + profile.commitment().title() + ", "
                    + profile.commitment().date());
            tables.add(new Table("team", List.of(t.get("team"), t.get("type"), ""),
                    profile.team() == null ? List.of() : profile.team().stream().map(m -> List.of(Cell.of(m.name()),
                            Cell.of(m.role()), Cell.of(orDash(m.department())))).toList()));
        }
        facts.add(new Pair(t.get("subjectType"), subjectType(p.subject().type(), t)));
        return new Section(1, title, facts, tables, paragraphs, null);
    }

    /** The organisation chart: where it is, and what it shows. */
    private static String organisationChart(CompanyProfile.OrganisationChart chart) {
        if (chart == null) {
            return "—";
        }
        boolean reference = chart.reference() != null && !chart.reference().isBlank();
        boolean description = chart.description() != null && !chart.description().isBlank();
        return reference && description ? chart.reference() + " — " + chart.description()
                : orDash(reference ? chart.reference() : chart.description());
    }

    private static Table monitoring(PathwaySnapshot path, PageText t) {
        return new Table("monitoring", List.of(t.get("measure"), t.get("indicator"), t.get("frequency")),
                path.measures().stream().map(m -> List.of(Cell.of(m.name()), Cell.of(orDash(m.monitoringIndicator())),
                        Cell.of(orDash(m.monitoringFrequency())))).toList());
    }

    private static Table scopes(InventorySnapshot inv, PageText t) {
        return new Table("scopes", List.of(t.get("scope"), t.get("tco2e")), inv.totalsByScope().stream()
                .map(s -> List.of(Cell.of(String.valueOf(s.scope())), Cell.of(grouped(s.tco2e(), "#,##0.000")))).toList());
    }

    private static Table sources(InventorySnapshot inv, PageText t) {
        return new Table("sources", List.of(t.get("source"), t.get("scope"), t.get("category"), t.get("tco2e")),
                inv.sources().stream().map(s -> List.of(Cell.of(s.name()), Cell.of(String.valueOf(s.scope())),
                        Cell.of(String.valueOf(s.category())), Cell.of(grouped(s.tco2e(), "#,##0.000")))).toList());
    }

    private static Table exclusions(InventorySnapshot inv, PageText t) {
        return new Table("exclusions", List.of(t.get("exclusions"), t.get("category"), t.get("tco2e"), ""),
                inv.exclusions() == null ? List.of() : inv.exclusions().stream().map(e -> List.of(Cell.of(e.name()),
                        Cell.of(String.valueOf(e.category())), Cell.of(e.estimatedTco2e() == null ? "—"
                                : grouped(e.estimatedTco2e(), "#,##0.000")), Cell.of(orDash(e.reason())))).toList());
    }
}
