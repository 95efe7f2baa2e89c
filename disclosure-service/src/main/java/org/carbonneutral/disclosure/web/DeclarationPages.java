package org.carbonneutral.disclosure.web;

import static org.carbonneutral.disclosure.web.PageFormat.grouped;
import static org.carbonneutral.disclosure.web.PageFormat.percent;
import static org.carbonneutral.disclosure.web.PageFormat.time;
import static org.carbonneutral.disclosure.web.PageFormat.tonnes;

import java.math.BigDecimal;
import java.util.List;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.domain.Publication;
import org.carbonneutral.disclosure.service.PublicDeclarationView;
import org.carbonneutral.disclosure.service.PublicationService;
import org.carbonneutral.disclosure.web.DeclarationPage.Pair;
import org.carbonneutral.disclosure.web.DeclarationPage.Section;

/**
 * Builds the public page of a published version in one language, from the stored publication only: the claim, the
 * summary, the eight disclosure items, the six chapters of the management plan, the reminders and the version
 * history. Figures keep the approved values (tCO2e with 3 decimals, grouped); times in Taiwan's time zone.
 */
public final class DeclarationPages {

    private DeclarationPages() {
    }

    public static DeclarationPage build(PublicDeclarationView view, String lang) {
        return build(view, publication(view), lang);
    }

    /** The publication {@code view} shows, read once for the pages of every language. */
    public static Publication publication(PublicDeclarationView view) {
        return Json.mapper().convertValue(view.content(), Publication.class);
    }

    /** The page of {@code view} in {@code lang}, {@code p} being its {@link #publication(PublicDeclarationView)}. */
    public static DeclarationPage build(PublicDeclarationView view, Publication p, String lang) {
        PageText t = PageText.of(lang);
        boolean en = PageText.EN.equals(lang);
        var s = p.summary();
        List<Pair> summary = List.of(
                new Pair(t.get("period"), p.subject().periodStart() + " – " + p.subject().periodEnd()),
                new Pair(t.get("total"), tonnes(s.totalTco2e(), t)),
                new Pair(t.get("removals"), tonnes(s.removalsTco2e(), t)),
                new Pair(t.get("residual"), tonnes(s.residualTco2e(), t)),
                new Pair(t.get("credits"), grouped(BigDecimal.valueOf(s.creditsRetiredTonnes()), "#,##0") + " t"),
                new Pair(t.get("offsetShare"), percent(s.offsetSharePercent())),
                new Pair(t.get("inventoryVerification"), s.verified() ? t.get("verified") + " (" + s.verificationBody()
                        + ")" : t.get("notVerified")),
                new Pair(t.get("claimVerification"), EvidenceFacts.claimVerification(p, t)));
        List<Section> items = p.items().stream().map(item -> DisclosureItemSections.section(item, p, t,
                "(" + item.number() + ") " + (en ? item.titleEn() : item.titleZh()))).toList();
        List<Section> chapters = p.chapters().stream().map(ch -> PlanChapterSections.section(ch, p, summary, t,
                t.get("chapter").replace("{n}", String.valueOf(ch.number())) + " " + (en ? ch.titleEn() : ch.titleZh())))
                .toList();
        List<String> reminders = p.reminders() == null ? List.of()
                : p.reminders().stream().map(f -> en ? f.messageEn() : f.messageZh()).toList();
        String path = PublicationService.publicPath(view.declarationId());
        List<DeclarationPage.Version> versions = view.versions().stream().map(v -> new DeclarationPage.Version(v.version(),
                v.digest(), time(v.publishedAt()), v.withdrawnAt() == null ? "" : time(v.withdrawnAt()),
                path + "?version=" + v.version() + "&lang=" + lang, v.version() == view.version())).toList();
        return new DeclarationPage(lang, en ? "en" : "zh-Hant-TW", en ? PageText.ZH : PageText.EN, en ? "中文" : "English",
                t, view.declarationId().toString(), p.subject().name(), en ? p.claim().statementEn() : p.claim().statementZh(),
                "WITHDRAWN".equals(view.status()), view.withdrawnAt() == null ? null : time(view.withdrawnAt()),
                view.withdrawReason(), view.version(), view.digest(), time(view.publishedAt()), summary, items, chapters,
                reminders, versions);
    }
}
