package org.carbonneutral.disclosure.web;

import static org.carbonneutral.disclosure.PublicationFactsFixture.PROFILE;
import static org.carbonneutral.disclosure.PublicationFactsFixture.inventory;
import static org.carbonneutral.disclosure.PublicationFactsFixture.offsets;
import static org.carbonneutral.disclosure.PublicationFactsFixture.pathway;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.UserTagSectionHelper;
import io.quarkus.qute.ValueResolvers;
import io.quarkus.qute.Variant;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.events.PathwaySnapshot;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.PublicationFactsFixture;
import org.carbonneutral.disclosure.SnapshotVariants;
import org.carbonneutral.disclosure.domain.ClaimVerification;
import org.carbonneutral.disclosure.domain.Publication;
import org.carbonneutral.disclosure.domain.PublicationFacts;
import org.carbonneutral.disclosure.domain.PublicationPolicy;
import org.carbonneutral.disclosure.service.PublicDeclarationView;
import org.carbonneutral.disclosure.service.PublicIndexEntry;
import org.junit.jupiter.api.Test;

/**
 * The public page, built from a stored publication and rendered with the service's own templates in both languages:
 * every word is there, and a section number the page does not know fails.
 */
class DeclarationPagesTest {

    static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2026, 3, 2, 1, 30, 0, 0, ZoneOffset.UTC);

    /** The templates as the service has them (src/main/resources/templates): HTML, escaped, rendered strictly. */
    static final Engine TEMPLATES = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
            .addValueResolver(ValueResolvers.rawResolver()).addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .addSectionHelper(new UserTagSectionHelper.Factory("sectionBody", "tags/sectionBody.html"))
            .addLocator(DeclarationPagesTest::template).strictRendering(true).build();

    static Optional<TemplateLocation> template(String id) {
        URL url = DeclarationPagesTest.class.getResource("/templates/" + id);
        return Optional.ofNullable(url).map(u -> new TemplateLocation() {
            @Override
            public Reader read() {
                try {
                    return new InputStreamReader(u.openStream(), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(Variant.forContentType(Variant.TEXT_HTML));
            }
        });
    }

    /** Version 1 of the sample declaration, published (or withdrawn) from its approvals. */
    static PublicDeclarationView published(SubjectType subject, boolean withdrawn) {
        var inventory = inventory(1);
        var pathway = pathway(1, 1);
        var offsets = offsets(1, 1, 1);
        return published(PublicationFactsFixture.facts(subject, PROFILE,
                PublicationFactsFixture.parts(inventory, pathway, offsets), inventory, pathway, offsets), withdrawn);
    }

    static PublicDeclarationView published(PublicationFacts facts, boolean withdrawn) {
        Publication publication = Publication.of(PublicationFactsFixture.ID, 1, PUBLISHED, facts,
                new PublicationPolicy().decide(facts).findings());
        String digest = Json.sha256Hex(Json.canonical(publication));
        OffsetDateTime withdrawnAt = withdrawn ? PUBLISHED.plusDays(1) : null;
        String reason = withdrawn ? "inventory approval of revision 1 revoked: activity data corrected" : null;
        return new PublicDeclarationView(PublicationFactsFixture.ID, withdrawn ? "WITHDRAWN" : "PUBLISHED", 1, digest,
                PUBLISHED, withdrawnAt, reason, Json.read(Json.canonical(publication), JsonNode.class),
                List.of(new PublicDeclarationView.VersionSummary(1, digest, PUBLISHED, withdrawnAt, reason)));
    }

    static String render(PublicDeclarationView view, String language) {
        return TEMPLATES.getTemplate("declaration.html").data("p", DeclarationPages.build(view, language)).render();
    }

    @Test
    void theDeclarationPageRendersInBothLanguages() {
        for (String language : List.of(PageText.ZH, PageText.EN)) {
            PageText t = PageText.of(language);
            for (SubjectType subject : List.of(SubjectType.ORGANISATION, SubjectType.PRODUCT)) {
                for (boolean withdrawn : List.of(false, true)) {
                    String page = render(published(subject, withdrawn), language);
                    String what = language + ", " + subject + (withdrawn ? ", withdrawn" : "");
                    assertFalse(page.contains("null"), what + ": " + page);
                    for (int n = 1; n <= 8; n++) {
                        assertTrue(page.contains("data-item=\"" + n + "\""), what + ": item " + n);
                    }
                    for (int n = 1; n <= 6; n++) {
                        assertTrue(page.contains("data-chapter=\"" + n + "\""), what + ": chapter " + n);
                    }
                    assertTrue(page.contains(t.get("items")) && page.contains(t.get("plan"))
                            && page.contains(t.get("reminders")), what);
                    assertTrue(page.contains("Acme Taiwan Co., Ltd. (" + t.get("businessNumber") + " 04595257)"),
                            what + ": the declaring organisation with its business number");
                    assertEquals(withdrawn, page.contains("id=\"withdrawn-banner\""), what);
                }
            }
        }
    }

    @Test
    void theIndexPageRendersInBothLanguages() {
        var entry = new PublicIndexEntry(PublicationFactsFixture.ID, "Acme", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), 1, "WITHDRAWN", "digest", PUBLISHED, PUBLISHED.plusDays(1),
                "/public/declarations/" + PublicationFactsFixture.ID, "/api/public/declarations/" + PublicationFactsFixture.ID);
        for (String language : List.of(PageText.ZH, PageText.EN)) {
            PageText t = PageText.of(language);
            String page = TEMPLATES.getTemplate("index.html").data("entries", List.of(entry)).data("tenant", "acme")
                    .data("t", t).data("htmlLang", "x").render();
            assertFalse(page.contains("null"), language + ": " + page);
            assertTrue(page.contains(t.get("company")) && page.contains("class=\"withdrawn\""), language);
        }
    }

    @Test
    void anItemOrChapterNumberThePageDoesNotKnowFails() {
        PublicDeclarationView view = published(SubjectType.ORGANISATION, false);
        ObjectNode ninthItem = view.content().deepCopy();
        ((ObjectNode) ninthItem.get("items").get(7)).put("number", 9);
        var item = assertThrows(IllegalArgumentException.class, () -> DeclarationPages.build(with(view, ninthItem),
                PageText.EN));
        assertTrue(item.getMessage().contains("disclosure item 9"), item.getMessage());
        ObjectNode seventhChapter = view.content().deepCopy();
        ((ObjectNode) seventhChapter.get("chapters").get(5)).put("number", 7);
        var chapter = assertThrows(IllegalArgumentException.class, () -> DeclarationPages.build(with(view, seventhChapter),
                PageText.ZH));
        assertTrue(chapter.getMessage().contains("chapter 7"), chapter.getMessage());
    }

    static PublicationFacts facts(SubjectType type, InventoryApproved inventory, OffsetsApproved offsets) {
        var pathway = pathway(1, 1);
        return PublicationFactsFixture.facts(type, PROFILE, PublicationFactsFixture.parts(inventory, pathway, offsets),
                inventory, pathway, offsets);
    }

    @Test
    void aProductPageShowsCnsIso14067AndItsDeclaredUnit() {
        var view = published(facts(SubjectType.PRODUCT, SnapshotVariants.productInventory(), offsets(1, 1, 1)), false);
        for (String language : List.of(PageText.ZH, PageText.EN)) {
            PageText t = PageText.of(language);
            String page = render(view, language);
            assertFalse(page.contains("null"), language);
            assertTrue(page.contains("CNS 14067 / ISO 14067:2018"), language + ": the product standard");
            assertFalse(page.contains("ISO 14064-1:2018"), language + ": not the organisation standard");
            assertTrue(page.contains(t.get("declaredUnit") + "</dt><dd>1 reel of 10,000 MLCC 0402"), language);
            assertTrue(page.contains(t.get("perUnit") + "</dt><dd>1.500 kg CO2e / 1 reel of 10,000 MLCC 0402"), language);
            assertTrue(page.contains("id=\"life-cycle-stages\"")
                    && page.contains("B2B: cradle to gate, the customer&#39;s use is unknown"), language + ": stages");
            assertTrue(page.contains(t.get("allocation") + "</dt><dd>Physical allocation by kWh metered per line"), language);
        }
        assertTrue(render(published(SubjectType.ORGANISATION, false), PageText.EN).contains("CNS 14064-1 / ISO 14064-1:2018"));
    }

    @Test
    void thePageShowsBeneficiaryPurposeMethodologyRemovalsAndTheBaselineVerification() {
        var view = published(facts(SubjectType.PRODUCT, SnapshotVariants.productInventory(), offsets(1, 1, 1)), false);
        for (String language : List.of(PageText.ZH, PageText.EN)) {
            PageText t = PageText.of(language);
            String page = render(view, language);
            assertTrue(page.contains("<th>" + t.get("beneficiary") + "</th>") && page.contains("<td>Acme Taiwan</td>"),
                    language + ": item (8) beneficiary");
            assertTrue(page.contains("<th>" + t.get("purpose") + "</th>") && page.contains("<td>Carbon neutrality 2025</td>"),
                    language + ": item (8) use");
            assertTrue(page.contains("<th>" + t.get("methodology") + "</th>") && page.contains("<td>AMS-III.B</td>"),
                    language + ": item (7) methodology");
            assertTrue(page.contains("id=\"removals\"") && page.contains("Land title deed 104-Taoyuan-0031"),
                    language + ": removals with their rights evidence");
            assertTrue(page.contains(t.get("baselineVerification") + "</dt><dd>" + t.get("baselineVerificationNotHeld")),
                    language + ": the cited baseline's verification is not held");
        }
        assertTrue(view.content().at("/items/7/content").toString().contains("beneficiary"), "public JSON names it");
    }

    @Test
    void aZeroResidualPageSaysNoCreditsNeeded() {
        var view = published(facts(SubjectType.ORGANISATION, inventory(1), PublicationFactsFixture.zeroResidual(1)), false);
        for (String language : List.of(PageText.ZH, PageText.EN)) {
            String page = render(view, language);
            assertFalse(page.contains("null"), language);
            assertTrue(page.contains(PageText.of(language).get("noCreditsNeeded")), language);
        }
        assertTrue(render(view, PageText.EN).contains("The residual is 0: no credits needed"));
        assertTrue(render(view, PageText.ZH).contains("無須使用減量額度"));
        assertTrue(render(view, PageText.EN).contains("leaving no residual emissions to offset (no credits needed)"), "the claim");
        assertFalse(render(view, PageText.EN).contains("offsetting of residual emissions"), "nothing was offset");
    }

    @Test
    void theClaimOnThePageIsNeverStrongerThanItsEvidence() {
        var unverified = published(PublicationFactsFixture.facts(ClaimStandard.ISO_14068_1, LocalDate.of(2025, 1, 1), null),
                false);
        assertTrue(render(unverified, PageText.EN).contains("have not been verified (unverified claim)"));
        assertTrue(render(unverified, PageText.EN).contains("The claim is unverified"));
        assertTrue(render(unverified, PageText.ZH).contains("本宣告及其報告未經查證"));
        var self = published(PublicationFactsFixture.facts(ClaimStandard.PAS_2060, LocalDate.of(2025, 1, 1),
                new ClaimVerification(null, new ClaimVerification.Validation(ClaimVerification.ValidationType.SELF,
                        "Acme Taiwan Co., Ltd.", null, "board minutes 2026-03", LocalDate.of(2026, 4, 15)))), false);
        String en = render(self, PageText.EN);
        assertTrue(en.contains("(self-validated)"), en);
        assertFalse(en.contains("ndependent"), "never independent without a third party");
        assertFalse(render(self, PageText.ZH).contains("獨立第三方"));
        String verified = render(published(SubjectType.ORGANISATION, false), PageText.EN);
        assertTrue(verified.contains("verified by SGS Taiwan Ltd. (TAF 0006) under ISO 14064-3:2019"), verified);
    }

    @Test
    void aVerifiedInventoryIsNotAVerifiedClaimAndTheBaselineVerificationIsShownWhereHeld() {
        var verified = SnapshotVariants.verifiedInventory();
        var ownBaseline = SnapshotVariants.baselineFromOwnInventory();
        var o = offsets(1, 1, 1);
        var view = published(PublicationFactsFixture.facts(SubjectType.ORGANISATION, ClaimStandard.ISO_14068_1,
                LocalDate.of(2025, 1, 1), null, PROFILE, PublicationFactsFixture.parts(verified, ownBaseline, o), verified,
                ownBaseline, o), false);
        for (String language : List.of(PageText.ZH, PageText.EN)) {
            PageText t = PageText.of(language);
            String page = render(view, language);
            assertTrue(page.contains(t.get("inventoryVerification") + "</dt><dd>" + t.get("verified") + " (BSI Taiwan)"),
                    language + ": the inventory is verified");
            assertTrue(page.contains(t.get("claimVerification") + "</dt><dd>" + t.get("claimUnverified")),
                    language + ": the claim is not");
            assertTrue(page.contains(t.get("baselineVerification") + "</dt><dd>" + t.get("verified") + ": BSI Taiwan"),
                    language + ": the baseline is this declaration's verified inventory");
            assertFalse(page.contains("ndependent") || page.contains("獨立"), language);
        }
    }

    private static PublicDeclarationView with(PublicDeclarationView view, JsonNode content) {
        return new PublicDeclarationView(view.declarationId(), view.status(), view.version(), view.digest(),
                view.publishedAt(), view.withdrawnAt(), view.withdrawReason(), content, view.versions());
    }
}
