package org.carbonneutral.disclosure.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.OffsetsSnapshot;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.domain.Publication;
import org.carbonneutral.disclosure.rest.PublicDeclarationView;
import org.carbonneutral.disclosure.web.DeclarationPage.Cell;
import org.carbonneutral.disclosure.web.DeclarationPage.Pair;
import org.carbonneutral.disclosure.web.DeclarationPage.Section;
import org.carbonneutral.disclosure.web.DeclarationPage.Table;

/**
 * Builds the public page of a published version in one language, from the stored publication only. Figures keep the
 * approved values (tCO2e with 3 decimals, grouped); times in Taiwan's time zone.
 */
public final class DeclarationPages {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC+8'");

    private DeclarationPages() {
    }

    public static DeclarationPage build(PublicDeclarationView view, String lang) {
        Publication p = Json.mapper().convertValue(view.content(), Publication.class);
        Map<String, String> t = PageText.words(lang);
        boolean en = PageText.EN.equals(lang);
        var inv = p.inventory().snapshot();
        var path = p.pathway().snapshot();
        var off = p.offsets().snapshot();
        var s = p.summary();
        List<Pair> summary = List.of(
                new Pair(t.get("period"), p.subject().periodStart() + " – " + p.subject().periodEnd()),
                new Pair(t.get("total"), tonnes(s.totalTco2e(), t)),
                new Pair(t.get("removals"), tonnes(s.removalsTco2e(), t)),
                new Pair(t.get("residual"), tonnes(s.residualTco2e(), t)),
                new Pair(t.get("credits"), grouped(BigDecimal.valueOf(s.creditsRetiredTonnes()), "#,##0") + " t"),
                new Pair(t.get("offsetShare"), s.offsetSharePercent() == null ? "—" : s.offsetSharePercent().toPlainString() + " %"),
                new Pair(t.get("verification"), s.verified() ? t.get("verified") + " (" + s.verificationBody() + ")"
                        : t.get("notVerified")));

        List<Section> items = new ArrayList<>();
        for (Publication.Section item : p.items()) {
            String title = "(" + item.number() + ") " + (en ? item.titleEn() : item.titleZh());
            items.add(switch (item.number()) {
                case 1 -> new Section(1, title, List.of(new Pair(t.get("boundary"), p.subject().boundary()),
                        new Pair(t.get("approach"), PageText.label(t, inv.boundaryApproach())),
                        new Pair(t.get("period"), p.subject().periodStart() + " – " + p.subject().periodEnd()),
                        new Pair(t.get("facilities"), String.join(", ", inv.facilities()))), List.of(), List.of(), null);
                case 2 -> products(title, p, inv, t);
                case 3 -> pathway(title, path, t);
                case 4 -> baseline(title, path, inv, t);
                case 5 -> new Section(5, title, List.of(), List.of(measures(path, t)), List.of(), null);
                case 6 -> new Section(6, title, List.of(new Pair(t.get("residual"), tonnes(off.residualTco2e(), t)),
                        new Pair(t.get("offsetShare"), off.residualSharePercent() == null ? "—"
                                : off.residualSharePercent().toPlainString() + " %"),
                        new Pair(t.get("credits"), grouped(BigDecimal.valueOf(off.retiredTonnes()), "#,##0") + " t")),
                        List.of(), List.of(), null);
                case 7 -> new Section(7, title, List.of(), List.of(creditSources(off, t)), List.of(), null);
                default -> new Section(8, title, List.of(), List.of(retirements(off, t)), registryChecks(off, t), null);
            });
        }

        List<Section> chapters = new ArrayList<>();
        var profile = p.profile();
        for (Publication.Section ch : p.chapters()) {
            String title = t.get("chapter").replace("{n}", String.valueOf(ch.number())) + " " + (en ? ch.titleEn() : ch.titleZh());
            chapters.add(switch (ch.number()) {
                case 1 -> {
                    List<Pair> facts = new ArrayList<>();
                    List<Table> tables = new ArrayList<>();
                    List<String> paragraphs = new ArrayList<>();
                    if (profile != null) {
                        var c = profile.company();
                        facts.add(new Pair(t.get("company"), c.name()));
                        facts.add(new Pair(t.get("businessNumber"), orDash(c.businessNumber())));
                        facts.add(new Pair(t.get("address"), c.address()));
                        facts.add(new Pair(t.get("industry"), orDash(c.industry())));
                        facts.add(new Pair(t.get("processes"), orDash(profile.processesAndProducts())));
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
                    yield new Section(1, title, facts, tables, paragraphs, null);
                }
                case 2 -> new Section(2, title, List.of(
                        new Pair(t.get("standard"), "ISO 14064-1:2018 / " + (p.claim().standard().name().startsWith("PAS")
                                ? "PAS 2060:2014" : "ISO 14068-1:2023")),
                        new Pair(t.get("gwp"), "IPCC " + inv.gwpSet()),
                        new Pair(t.get("factorSets"), inv.factorSets().stream().map(f -> f.code() + " " + f.version() + " ("
                                + f.source() + ")").collect(Collectors.joining("; "))),
                        new Pair(t.get("verification"), verification(inv, t))),
                        List.of(scopes(inv, t), sources(inv, t), exclusions(inv, t)), List.of(), null);
                case 3 -> new Section(3, title, List.of(), List.of(monitoring(path, t)),
                        List.of(t.get("seeItems") + " (3), (4), (5)"), null);
                case 4 -> new Section(4, title, List.of(), List.of(new Table("expected-credits", List.of(t.get("year"),
                        t.get("quantity"), t.get("type")), path.expectedCredits().stream().map(e -> List.of(
                        Cell.of(String.valueOf(e.year())), Cell.of(e.tonnes().toPlainString()), Cell.of(e.type()))).toList())),
                        List.of(t.get("seeItems") + " (6), (7), (8)"), null);
                case 5 -> new Section(5, title, summary, List.of(), List.of(t.get("seeItems") + " (5), (6), (8)"), null);
                default -> new Section(6, title, List.of(), List.of(),
                        profile == null || profile.outlook() == null ? List.of() : List.of(profile.outlook()), null);
            });
        }

        List<String> reminders = p.reminders() == null ? List.of()
                : p.reminders().stream().map(f -> en ? f.messageEn() : f.messageZh()).toList();
        List<DeclarationPage.Version> versions = view.versions().stream().map(v -> new DeclarationPage.Version(v.version(),
                v.digest(), time(v.publishedAt()), v.withdrawnAt() == null ? "" : time(v.withdrawnAt()),
                "/public/declarations/" + view.declarationId() + "?version=" + v.version() + "&lang=" + lang,
                v.version() == view.version())).toList();
        return new DeclarationPage(lang, en ? "en" : "zh-Hant-TW", en ? PageText.ZH : PageText.EN, en ? "中文" : "English",
                t, view.declarationId().toString(), p.subject().name(), en ? p.claim().statementEn() : p.claim().statementZh(),
                "WITHDRAWN".equals(view.status()), view.withdrawnAt() == null ? null : time(view.withdrawnAt()),
                view.withdrawReason(), view.version(), view.digest(), time(view.publishedAt()), summary, items, chapters,
                reminders, versions);
    }

    private static Section products(String title, Publication p, InventorySnapshot inv, Map<String, String> t) {
        if (p.subject().type() == SubjectType.ORGANISATION) {
            return new Section(2, title, List.of(new Pair(t.get("subjectType"), t.get("organisation"))), List.of(),
                    List.of(t.get("notApplicable")), null);
        }
        List<List<Cell>> rows = inv.products() == null ? List.of() : inv.products().stream()
                .map(pr -> List.of(Cell.of(pr.name()), Cell.of(pr.quantity() == null ? "—" : pr.quantity().toPlainString()
                        + (pr.unit() == null ? "" : " " + pr.unit())), Cell.of(pr.tco2e() == null ? "—" : tonnes(pr.tco2e(), t)),
                        Cell.of(pr.sharePercent() == null ? "—" : pr.sharePercent().toPlainString() + " %"))).toList();
        return new Section(2, title, List.of(new Pair(t.get("subjectType"), subjectType(p.subject().type(), t)),
                new Pair(t.get("choiceReason"), orDash(inv.subjectChoiceReason()))),
                List.of(new Table("products", List.of(t.get("products"), t.get("productQuantity"), t.get("tco2e"), "%"), rows)),
                List.of(), null);
    }

    private static Section pathway(String title, PathwaySnapshot path, Map<String, String> t) {
        List<Pair> facts = new ArrayList<>();
        facts.add(new Pair(t.get("reference"), PageText.label(t, path.scienceBasedReference())));
        facts.add(new Pair(t.get("scopes"), path.targetScopes().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        if (path.shortTermTargetTco2e() != null) {
            facts.add(new Pair(t.get("shortTerm"), path.shortTermTargetYear() + ": " + tonnes(path.shortTermTargetTco2e(), t)));
        }
        if (path.impliedAnnualRate() != null) {
            facts.add(new Pair(t.get("impliedRate"), path.impliedAnnualRate().movePointRight(2)
                    .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " %/yr"));
        }
        if (path.intensityTarget() != null) {
            var it = path.intensityTarget();
            facts.add(new Pair(t.get("intensity"), path.shortTermTargetYear() + ": " + it.targetIntensity().toPlainString()
                    + " tCO2e/" + it.unit() + " (" + it.metric() + ")"));
        }
        facts.add(new Pair(t.get("netZero"), String.valueOf(path.netZeroYear())));
        facts.add(new Pair(t.get("timeline"), orDash(path.timeline())));
        var trajectory = path.trajectory();
        if (trajectory != null && trajectory.milestoneMet() != null) {
            facts.add(new Pair(t.get("milestone"), trajectory.milestoneYear() + ": " + trajectory.milestone().toPlainString()
                    + " " + trajectory.unit() + " — " + (trajectory.milestoneMet() ? t.get("milestoneMet")
                    : t.get("milestoneNotMet"))));
        }
        String chart = PathwayChart.svg(trajectory, t.get("chart"), t.get("targetSeries"), t.get("actualSeries"),
                t.get("milestone"));
        List<Table> tables = List.of(new Table("pathway-measures", List.of(t.get("measure"), t.get("type"), t.get("scopes")),
                path.measures().stream().map(m -> List.of(Cell.of(m.name()), Cell.of(PageText.label(t, m.type())), Cell.of(m.scopes().stream()
                        .map(String::valueOf).collect(Collectors.joining(", "))))).toList()));
        return new Section(3, title, facts, tables, List.of(), chart);
    }

    private static Section baseline(String title, PathwaySnapshot path, InventorySnapshot inv, Map<String, String> t) {
        var source = path.baselineSource();
        String from = source == null ? "—" : source.citation() != null ? source.citation()
                : "inventory " + source.inventoryDeclarationId() + " rev. " + source.inventoryRevision();
        List<Pair> facts = List.of(new Pair(t.get("baseYear"), String.valueOf(path.baseYear())),
                new Pair(t.get("baseline"), tonnes(path.baselineTco2e(), t)), new Pair(t.get("baselineSource"), from),
                new Pair(t.get("verification"), verification(inv, t)));
        Table byScope = new Table("baseline-scopes", List.of(t.get("scope"), t.get("tco2e")), path.baselineByScope().stream()
                .map(b -> List.of(Cell.of(String.valueOf(b.scope())), Cell.of(grouped(b.tco2e(), "#,##0.000")))).toList());
        return new Section(4, title, facts, List.of(byScope), List.of(), null);
    }

    private static Table measures(PathwaySnapshot path, Map<String, String> t) {
        return new Table("measures", List.of(t.get("measure"), t.get("type"), t.get("expected"), t.get("achieved"),
                t.get("status"), t.get("indicator")), path.measures().stream().map(m -> List.of(Cell.of(m.name()),
                        Cell.of(PageText.label(t, m.type())), Cell.of(m.expectedReductionTco2e() == null ? "—" : tonnes(m.expectedReductionTco2e(), t)),
                        Cell.of(m.achievedReductionTco2e() == null ? "—" : tonnes(m.achievedReductionTco2e(), t)),
                        Cell.of(PageText.label(t, m.status())), Cell.of(orDash(m.monitoringIndicator())))).toList());
    }

    private static Table monitoring(PathwaySnapshot path, Map<String, String> t) {
        return new Table("monitoring", List.of(t.get("measure"), t.get("indicator"), t.get("frequency")),
                path.measures().stream().map(m -> List.of(Cell.of(m.name()), Cell.of(orDash(m.monitoringIndicator())),
                        Cell.of(orDash(m.monitoringFrequency())))).toList());
    }

    private static Table creditSources(OffsetsSnapshot off, Map<String, String> t) {
        return new Table("credit-sources", List.of(t.get("registry"), t.get("project"), t.get("projectId"), t.get("type"),
                t.get("location"), t.get("developer"), t.get("participants"), t.get("vintage"), t.get("verification")),
                off.retirements().stream().map(r -> {
                    var p = r.project();
                    return List.of(Cell.of(r.registry()), Cell.of(p.name()), Cell.of(p.id()), Cell.of(PageText.label(t, p.type())),
                            Cell.of(orDash(p.location())), Cell.of(orDash(p.developer())),
                            Cell.of(p.participants() == null ? "—" : String.join(", ", p.participants())),
                            Cell.of(String.valueOf(r.vintageYear())), Cell.of(p.verified() ? t.get("verified") + " ("
                                    + p.verificationBody() + ")" : t.get("notVerified")));
                }).toList());
    }

    private static Table retirements(OffsetsSnapshot off, Map<String, String> t) {
        return new Table("credits", List.of(t.get("retiredOn"), t.get("serials"), t.get("quantity"), t.get("publicRecord"),
                t.get("registryConfirmed")), off.retirements().stream().map(r -> List.of(Cell.of(String.valueOf(r.retiredOn())),
                        Cell.code(r.serialNumber()), Cell.of(String.valueOf(r.quantity())), Cell.link(r.publicReference()),
                        Cell.of(r.confirmedByRegistryRecords() ? t.get("yes") : t.get("no")))).toList());
    }

    private static List<String> registryChecks(OffsetsSnapshot off, Map<String, String> t) {
        if (off.registryChecks() == null || off.registryChecks().isEmpty()) {
            return List.of();
        }
        return List.of(t.get("registryChecks") + ": " + off.registryChecks().stream().map(c -> c.registry() + " "
                + (c.source() == null ? "" : c.source() + " ") + "SHA-256 " + c.sha256().substring(0, 16) + "…")
                .collect(Collectors.joining("; ")));
    }

    private static Table scopes(InventorySnapshot inv, Map<String, String> t) {
        return new Table("scopes", List.of(t.get("scope"), t.get("tco2e")), inv.totalsByScope().stream()
                .map(s -> List.of(Cell.of(String.valueOf(s.scope())), Cell.of(grouped(s.tco2e(), "#,##0.000")))).toList());
    }

    private static Table sources(InventorySnapshot inv, Map<String, String> t) {
        return new Table("sources", List.of(t.get("source"), t.get("scope"), t.get("category"), t.get("tco2e")),
                inv.sources().stream().map(s -> List.of(Cell.of(s.name()), Cell.of(String.valueOf(s.scope())),
                        Cell.of(String.valueOf(s.category())), Cell.of(grouped(s.tco2e(), "#,##0.000")))).toList());
    }

    private static Table exclusions(InventorySnapshot inv, Map<String, String> t) {
        return new Table("exclusions", List.of(t.get("exclusions"), t.get("category"), t.get("tco2e"), ""),
                inv.exclusions() == null ? List.of() : inv.exclusions().stream().map(e -> List.of(Cell.of(e.name()),
                        Cell.of(String.valueOf(e.category())), Cell.of(e.estimatedTco2e() == null ? "—"
                                : grouped(e.estimatedTco2e(), "#,##0.000")), Cell.of(orDash(e.reason())))).toList());
    }

    private static String verification(InventorySnapshot inv, Map<String, String> t) {
        var v = inv.verification();
        if (v == null || !v.verified()) {
            return t.get("notVerified");
        }
        return t.get("verified") + ": " + v.body() + (v.accreditation() == null ? "" : " (" + v.accreditation() + ")")
                + (v.assuranceLevel() == null ? "" : ", " + v.assuranceLevel()) + (v.statementDate() == null ? ""
                : ", " + v.statementDate());
    }

    private static String subjectType(SubjectType type, Map<String, String> t) {
        return type == SubjectType.ORGANISATION ? t.get("organisation") : PageText.label(t, type.name());
    }

    static String tonnes(BigDecimal value, Map<String, String> t) {
        return value == null ? "—" : grouped(value, "#,##0.000") + " " + t.get("tco2e");
    }

    static String grouped(BigDecimal value, String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(value);
    }

    static String time(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(TAIPEI).format(TIME);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
