package org.carbonneutral.disclosure.domain;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * DIS-3: the management plan follows the appendix template's six chapters. Chapter 1 and 6 come from the tenant's
 * profile; chapters 2–5 from the approved snapshots. A chapter without its content blocks with a finding naming it.
 * Chapter 5 needs credits retired only where there are credits to retire: a residual of 0 needs none (OFF-1).
 */
public class ManagementPlanChapters implements Rule<PublicationFacts> {

    /** The six chapters of the appendix template: English and Traditional Chinese titles. */
    public static final List<String[]> CHAPTERS = List.of(
            new String[] {"Basic data", "基本資料"},
            new String[] {"Quantification", "碳排放量化"},
            new String[] {"Reduction pathway", "減量路徑"},
            new String[] {"Offset plan", "抵銷規劃"},
            new String[] {"Results", "執行成果"},
            new String[] {"Outlook", "未來展望"});

    private static final RuleDescription DESCRIPTION = new RuleDescription("DIS-3", Severity.BLOCK,
            "The plan follows the appendix template: ch.1 basic data (company, team, subject), ch.2 quantification "
                    + "(standard, method, sources, exclusions, verification), ch.3 pathway (targets, measures, monitoring), "
                    + "ch.4 offset plan, ch.5 results, ch.6 outlook.",
            "管理計畫應依附錄範本：第一章基本資料、第二章碳排放量化、第三章減量路徑、第四章抵銷規劃、第五章執行成果、第六章未來展望。",
            "G附錄");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(PublicationFacts f) {
        List<Finding> findings = new ArrayList<>();
        var profile = f.profile();
        if (profile == null) {
            findings.add(missing(1, "profile", "the company profile, commitment, team and contact (PUT …/profile)",
                    "公司基本資料、高階承諾、推動小組及聯絡人"));
        } else if (profile.team() == null || profile.team().isEmpty()) {
            findings.add(missing(1, "profile.team", "the carbon-neutrality team", "碳中和推動小組"));
        }
        if (f.complete()) {
            var inv = f.inventory().snapshot();
            if (DisclosureItems.blank(inv.gwpSet()) || inv.factorSets() == null || inv.factorSets().isEmpty()
                    || inv.sources() == null || inv.sources().isEmpty() || inv.verification() == null) {
                findings.add(missing(2, "inventory", "the standard, method, factor sources, emission sources and "
                        + "verification", "量化標準、方法、係數來源、排放源及查證"));
            }
            var path = f.pathway().snapshot();
            if (path.measures() == null || path.measures().isEmpty()
                    || path.measures().stream().anyMatch(m -> DisclosureItems.blank(m.monitoringIndicator()))) {
                findings.add(missing(3, "pathway", "the measures with their monitoring", "減量措施及其監測"));
            }
            if (path.expectedCredits() == null || path.expectedCredits().isEmpty()) {
                findings.add(missing(4, "pathway", "the expected credits per year", "預計使用之額度"));
            }
            var off = f.offsets().snapshot();
            if (off.retirements().isEmpty() && off.requiredTonnes() > 0) {
                findings.add(missing(5, "offsets", "the credits retired", "已註銷之額度"));
            }
        }
        if (profile != null && DisclosureItems.blank(profile.outlook())) {
            findings.add(missing(6, "profile.outlook", "the outlook", "未來展望"));
        }
        return findings;
    }

    private static Finding missing(int chapter, String field, String en, String zh) {
        String[] title = CHAPTERS.get(chapter - 1);
        return Finding.block("DIS-3", field, "Management plan chapter " + chapter + " (" + title[0] + "): missing " + en
                + ".", "管理計畫第" + chapter + "章（" + title[1] + "）：缺少" + zh + "。");
    }
}
