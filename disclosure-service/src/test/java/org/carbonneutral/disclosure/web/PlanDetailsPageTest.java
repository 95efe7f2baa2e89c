package org.carbonneutral.disclosure.web;

import static org.carbonneutral.disclosure.PublicationFactsFixture.inventory;
import static org.carbonneutral.disclosure.PublicationFactsFixture.offsets;
import static org.carbonneutral.disclosure.web.DeclarationPagesTest.published;
import static org.carbonneutral.disclosure.web.DeclarationPagesTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.ApprovalEvents;
import org.carbonneutral.disclosure.PublicationFactsFixture;
import org.carbonneutral.disclosure.SnapshotVariants;
import org.carbonneutral.disclosure.domain.CompanyProfile;
import org.junit.jupiter.api.Test;

/**
 * The public page in both languages shows what the appendix template's chapters 1.1, 2.2.2 and 3.2 ask for, and item
 * (3)'s how and why with the best available techniques applied (PATH-6); the same facts are in the public JSON.
 */
class PlanDetailsPageTest {

    @Test
    void thePlanShowsChapters11222And32AndItem3HowAndWhyWithTheBestAvailableTechniques() {
        var full = Json.read(ApprovalEvents.FULL_PROFILE, CompanyProfile.class);
        var inventory = inventory(1);
        var pathway = SnapshotVariants.withBestAvailableTechniques();
        var offsets = offsets(1, 1, 1);
        var view = published(PublicationFactsFixture.facts(SubjectType.ORGANISATION, full,
                PublicationFactsFixture.parts(inventory, pathway, offsets), inventory, pathway, offsets), false);
        for (String language : List.of(PageText.ZH, PageText.EN)) {
            PageText t = PageText.of(language);
            String page = render(view, language);
            assertFalse(page.contains("null"), language + ": " + page);
            assertTrue(page.contains(t.get("representative") + "</dt><dd>Lin Mei-Hua</dd>"), language + ": 1.1 representative");
            assertTrue(page.contains(t.get("organisationChart") + "</dt><dd>https://www.acme.example/about/organisation.pdf"
                    + " — Board, president, ESG office</dd>"), language + ": 1.1 organisation chart");
            assertTrue(page.contains(t.get("policyStatement") + "</dt><dd>We save energy"), language + ": 1.1 policy");
            assertTrue(page.contains(t.get("dataManagement") + "</dt><dd>Meter readings entered monthly"), language + ": 2.2.2");
            assertTrue(page.contains(t.get("assumptions") + "</dt><dd>Production stays at the 2025 level"), language + ": 3.2");
            assertTrue(page.contains(t.get("referenceRate") + "</dt><dd>4.20 %/yr</dd>"), language + ": item 3 reference");
            assertTrue(page.contains(t.get("howSet") + "</dt><dd>") && page.contains("2045"), language + ": item 3 how set");
            assertTrue(page.contains(t.get("whySet") + "</dt><dd>" + t.get("whyBelowReference").replace("{implied}", "3.64")
                    .replace("{rate}", "4.20")), language + ": item 3 why");
            assertTrue(page.contains("id=\"targets\""), language + ": the targets by year");
            assertTrue(page.contains("id=\"best-available-techniques\"") && page.contains("<td>Taoyuan plant, line 2</td>")
                    && page.contains("<td>2024-03-01</td>") && page.contains("<td>All dryers already replaced</td>"),
                    language + ": PATH-6 techniques");
            assertTrue(page.contains(t.get("whyNoFurtherAction") + "</dt><dd>Electric kilns for 1,300 °C are not yet available"),
                    language + ": the justification");
        }
        assertEquals("Lin Mei-Hua", view.content().at("/profile/company/representative").asText());
        assertEquals("Heat-pump dryers", view.content().at("/pathway/snapshot/bestAvailableTechniquesApplied/0/technique")
                .asText());
        assertTrue(view.content().at("/chapters/1/content").toString().contains("profile.dataManagement"), "public JSON");
        assertTrue(view.content().at("/items/2/content").toString().contains("bestAvailableTechniquesApplied"));
    }

    @Test
    void aPlanWithoutTheOptionalFactsShowsADash() {
        for (String language : List.of(PageText.ZH, PageText.EN)) {
            PageText t = PageText.of(language);
            String page = render(published(SubjectType.ORGANISATION, false), language);
            for (String key : List.of("representative", "organisationChart", "policyStatement", "dataManagement", "assumptions")) {
                assertTrue(page.contains(t.get(key) + "</dt><dd>—</dd>"), language + ": " + key);
            }
            assertFalse(page.contains("id=\"best-available-techniques\""), language);
        }
    }
}
