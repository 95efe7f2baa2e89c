package org.carbonneutral.disclosure.web;

import static org.carbonneutral.disclosure.web.PageFormat.grouped;
import static org.carbonneutral.disclosure.web.PageFormat.orDash;
import static org.carbonneutral.disclosure.web.PageFormat.percent;
import static org.carbonneutral.disclosure.web.PageFormat.subjectType;
import static org.carbonneutral.disclosure.web.PageFormat.tonnes;
import static org.carbonneutral.disclosure.web.PageFormat.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.OffsetsSnapshot;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.disclosure.domain.Publication;
import org.carbonneutral.disclosure.web.DeclarationPage.Cell;
import org.carbonneutral.disclosure.web.DeclarationPage.Pair;
import org.carbonneutral.disclosure.web.DeclarationPage.Section;
import org.carbonneutral.disclosure.web.DeclarationPage.Table;

/** The eight disclosure items of G肆.二 on the public page, each from the approved snapshots it names. */
final class DisclosureItemSections {

    private DisclosureItemSections() {
    }

    /** The item's section; a number that is not one of the eight is a mistake in the page and fails. */
    static Section section(Publication.Section item, Publication p, PageText t, String title) {
        var inv = p.inventory().snapshot();
        var path = p.pathway().snapshot();
        var off = p.offsets().snapshot();
        return switch (item.number()) {
            case 1 -> new Section(1, title, List.of(new Pair(t.get("organisation"), organisation(p.subject(), t)),
                    new Pair(t.get("boundary"), p.subject().boundary()),
                    new Pair(t.get("approach"), t.label(inv.boundaryApproach())),
                    new Pair(t.get("period"), p.subject().periodStart() + " – " + p.subject().periodEnd()),
                    new Pair(t.get("facilities"), String.join(", ", inv.facilities()))), List.of(), List.of(), null);
            case 2 -> products(title, p, inv, t);
            case 3 -> pathway(title, path, t);
            case 4 -> baseline(title, p, path, inv, t);
            case 5 -> new Section(5, title, List.of(), List.of(measures(path, t)), List.of(), null);
            case 6 -> new Section(6, title, List.of(new Pair(t.get("total"), tonnes(inv.totalTco2e(), t)),
                    new Pair(t.get("removals"), tonnes(inv.removalsTco2e(), t)),
                    new Pair(t.get("residual"), tonnes(off.residualTco2e(), t)),
                    new Pair(t.get("offsetShare"), percent(off.residualSharePercent())),
                    new Pair(t.get("credits"), grouped(BigDecimal.valueOf(off.retiredTonnes()), "#,##0") + " t")),
                    EvidenceFacts.removals(inv, t), noCredits(off, t), null);
            case 7 -> new Section(7, title, List.of(), List.of(creditSources(off, t)), noCredits(off, t), null);
            case 8 -> new Section(8, title, List.of(), List.of(retirements(off, t)), concat(noCredits(off, t),
                    registryChecks(off, t)), null);
            default -> throw new IllegalArgumentException("there is no disclosure item " + item.number()
                    + "; G肆.二 has eight");
        };
    }

    /** "No credits needed" where the residual is 0 and nothing was retired (OFF-1), else nothing. */
    static List<String> noCredits(OffsetsSnapshot off, PageText t) {
        return EvidenceFacts.noCreditsNeeded(off) ? List.of(t.get("noCreditsNeeded")) : List.of();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Section products(String title, Publication p, InventorySnapshot inv, PageText t) {
        if (p.subject().type() == SubjectType.ORGANISATION) {
            return new Section(2, title, List.of(new Pair(t.get("subjectType"), t.get("organisation"))), List.of(),
                    List.of(t.get("notApplicable")), null);
        }
        List<List<Cell>> rows = inv.products() == null ? List.of() : inv.products().stream()
                .map(pr -> List.of(Cell.of(pr.name()), Cell.of(pr.quantity() == null ? "—" : pr.quantity().toPlainString()
                        + (pr.unit() == null ? "" : " " + pr.unit())), Cell.of(pr.tco2e() == null ? "—" : tonnes(pr.tco2e(), t)),
                        Cell.of(percent(pr.sharePercent())))).toList();
        List<Pair> facts = new ArrayList<>(List.of(new Pair(t.get("subjectType"), subjectType(p.subject().type(), t)),
                new Pair(t.get("choiceReason"), orDash(inv.subjectChoiceReason()))));
        facts.addAll(EvidenceFacts.productSubject(inv, t));
        List<Table> tables = new ArrayList<>(List.of(new Table("products", List.of(t.get("products"),
                t.get("productQuantity"), t.get("tco2e"), "%"), rows)));
        tables.addAll(EvidenceFacts.stages(inv, t));
        return new Section(2, title, facts, tables, List.of(), null);
    }

    private static Section pathway(String title, PathwaySnapshot path, PageText t) {
        List<Pair> facts = new ArrayList<>();
        facts.add(new Pair(t.get("reference"), t.label(path.scienceBasedReference())));
        facts.add(new Pair(t.get("scopes"), path.targetScopes().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        if (path.shortTermTargetTco2e() != null) {
            facts.add(new Pair(t.get("shortTerm"), path.shortTermTargetYear() + ": " + tonnes(path.shortTermTargetTco2e(), t)));
        }
        if (path.impliedAnnualRate() != null) {
            facts.add(new Pair(t.get("impliedRate"), path.impliedAnnualRate().movePointRight(2)
                    .setScale(2, RoundingMode.HALF_UP).toPlainString() + " %/yr"));
        }
        if (path.intensityTarget() != null) {
            var it = path.intensityTarget();
            facts.add(new Pair(t.get("intensity"), path.shortTermTargetYear() + ": " + it.targetIntensity().toPlainString()
                    + " tCO2e/" + it.unit() + " (" + it.metric() + ")"));
        }
        facts.add(new Pair(t.get("netZero"), String.valueOf(path.netZeroYear())));
        facts.add(new Pair(t.get("timeline"), orDash(path.timeline())));
        facts.addAll(PathwayRationale.facts(path, t));
        var trajectory = path.trajectory();
        if (trajectory != null && trajectory.milestoneMet() != null) {
            facts.add(new Pair(t.get("milestone"), trajectory.milestoneYear() + ": " + trajectory.milestone().toPlainString()
                    + " " + trajectory.unit() + " — " + (trajectory.milestoneMet() ? t.get("milestoneMet")
                    : t.get("milestoneNotMet"))));
        }
        String chart = PathwayChart.svg(trajectory, t.get("chart"), t.get("targetSeries"), t.get("actualSeries"),
                t.get("milestone"));
        List<Table> tables = new ArrayList<>(List.of(new Table("pathway-measures", List.of(t.get("measure"), t.get("type"),
                t.get("scopes")), path.measures().stream().map(m -> List.of(Cell.of(m.name()), Cell.of(t.label(m.type())),
                Cell.of(m.scopes().stream().map(String::valueOf).collect(Collectors.joining(", "))))).toList())));
        tables.addAll(PathwayRationale.tables(path, t));
        return new Section(3, title, facts, tables, List.of(), chart);
    }

    private static Section baseline(String title, Publication p, PathwaySnapshot path, InventorySnapshot inv, PageText t) {
        var source = path.baselineSource();
        String from = source == null ? "—" : source.citation() != null ? source.citation()
                : "inventory " + source.inventoryDeclarationId() + " rev. " + source.inventoryRevision();
        List<Pair> facts = List.of(new Pair(t.get("baseYear"), String.valueOf(path.baseYear())),
                new Pair(t.get("baseline"), tonnes(path.baselineTco2e(), t)), new Pair(t.get("baselineSource"), from),
                new Pair(t.get("baselineVerification"), EvidenceFacts.baselineVerification(p, path, inv, t)),
                new Pair(t.get("inventoryVerification"), verification(inv, t)));
        Table byScope = new Table("baseline-scopes", List.of(t.get("scope"), t.get("tco2e")), path.baselineByScope().stream()
                .map(b -> List.of(Cell.of(String.valueOf(b.scope())), Cell.of(grouped(b.tco2e(), "#,##0.000")))).toList());
        return new Section(4, title, facts, List.of(byScope), List.of(), null);
    }

    /** Item (5): each measure with its before/after, basis and method, result, since when, and the evidence of it. */
    private static Table measures(PathwaySnapshot path, PageText t) {
        return new Table("measures", List.of(t.get("measure"), t.get("type"), t.get("beforeAfter"), t.get("expected"),
                t.get("achieved"), t.get("implementedOn"), t.get("basisAndMethod"), t.get("measureEvidence"), t.get("status"),
                t.get("indicator")), path.measures().stream().map(m -> List.of(Cell.of(m.name()), Cell.of(t.label(m.type())),
                        Cell.of(m.beforeTco2e() == null || m.afterTco2e() == null ? "—"
                                : tonnes(m.beforeTco2e(), t) + " → " + tonnes(m.afterTco2e(), t)),
                        Cell.of(m.expectedReductionTco2e() == null ? "—" : tonnes(m.expectedReductionTco2e(), t)),
                        Cell.of(m.achievedReductionTco2e() == null ? "—" : tonnes(m.achievedReductionTco2e(), t)),
                        Cell.of(m.implementedOn() == null ? "—" : m.implementedOn().toString()),
                        Cell.of(String.join("; ", java.util.stream.Stream.of(m.calculationBasis(), m.quantificationMethod())
                                .filter(x -> x != null && !x.isBlank()).toList())),
                        Cell.of(orDash(m.evidenceReference())), Cell.of(t.label(m.status())),
                        Cell.of(orDash(m.monitoringIndicator())))).toList());
    }

    private static Table creditSources(OffsetsSnapshot off, PageText t) {
        return new Table("credit-sources", List.of(t.get("registry"), t.get("project"), t.get("projectId"), t.get("type"),
                t.get("methodology"), t.get("location"), t.get("developer"), t.get("participants"), t.get("vintage"), t.get("verification")),
                off.retirements().stream().map(r -> {
                    var p = r.project();
                    return List.of(Cell.of(r.registry()), Cell.of(p.name()), Cell.of(p.id()), Cell.of(t.label(p.type())),
                            Cell.of(orDash(p.methodology())), Cell.of(orDash(p.location())), Cell.of(orDash(p.developer())),
                            Cell.of(p.participants() == null ? "—" : String.join(", ", p.participants())),
                            Cell.of(String.valueOf(r.vintageYear())), Cell.of(p.verified() ? t.get("verified") + " ("
                                    + p.verificationBody() + ")" : t.get("notVerified")));
                }).toList());
    }

    private static Table retirements(OffsetsSnapshot off, PageText t) {
        return new Table("credits", List.of(t.get("retiredOn"), t.get("serials"), t.get("quantity"), t.get("beneficiary"),
                t.get("purpose"), t.get("publicRecord"), t.get("registryConfirmed")), off.retirements().stream()
                .map(r -> List.of(Cell.of(String.valueOf(r.retiredOn())), Cell.code(r.serialNumber()),
                        Cell.of(String.valueOf(r.quantity())), Cell.of(orDash(r.beneficiary())), Cell.of(orDash(r.purpose())),
                        Cell.link(r.publicReference()),
                        Cell.of(r.confirmedByRegistryRecords() ? t.get("yes") : t.get("no")))).toList());
    }

    private static List<String> registryChecks(OffsetsSnapshot off, PageText t) {
        if (off.registryChecks() == null || off.registryChecks().isEmpty()) {
            return List.of();
        }
        return List.of(t.get("registryChecks") + ": " + off.registryChecks().stream().map(c -> c.registry() + " "
                + (c.source() == null ? "" : c.source() + " ") + "SHA-256 " + c.sha256().substring(0, 16) + "…")
                .collect(Collectors.joining("; ")));
    }

    /** The declaring organisation: its names and business number, as the registries' records must name it (OFF-2). */
    static String organisation(Publication.Subject subject, PageText t) {
        var o = subject.organisation();
        if (o == null) {
            return "—";
        }
        return String.join(" / ", o.names()) + (o.businessNumber() == null ? ""
                : " (" + t.get("businessNumber") + " " + o.businessNumber() + ")");
    }
}
