package org.carbonneutral.offset.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * OFF-3: every credit comes from a project whose due diligence is recorded (matched by registry and project id), with
 * its type, methodology, location and developer, the evidence of its boundary, baseline and project scenario, and of
 * its monitoring (MRV). A removal states how long the carbon is stored.
 */
public class RealProjectsWithMonitoring implements Rule<OffsetsFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("OFF-3", Severity.BLOCK,
            "Real reductions/removals with a clear project boundary, baseline and project scenario; MRV.",
            "減量或移除應真實，具明確之專案邊界、基線情境與專案情境，並經量測、報告與查證（MRV）。", "G參.三(一)1");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(OffsetsFacts facts) {
        List<Finding> findings = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        for (var c : facts.credits()) {
            if (c.project() == null && missing.add(c.block().registry() + " " + c.projectId())) {
                findings.add(Finding.block("OFF-3", c.field("projectId"), c.projectId() == null
                        ? "The serial " + c.retirement().serialNumber() + " names no project: state its project id and "
                                + "record the project's due diligence."
                        : "No due diligence is recorded for " + c.block().registry().title() + " project " + c.projectId()
                                + ": add it to projects.",
                        c.projectId() == null ? "序號 " + c.retirement().serialNumber() + " 未載明專案：請填寫專案編號並記錄專案之審查資料。"
                                : "未記錄 " + c.block().registry().title() + " 專案 " + c.projectId() + " 之審查資料：請加入 projects。"));
            }
        }
        for (int j : facts.projectsUsed()) {
            var p = facts.content().projects().get(j);
            String at = "projects[" + j + "].";
            ProjectEvidence.requireText(findings, "OFF-3", at + "methodology", p, p.methodology(), "its methodology", "方法學");
            ProjectEvidence.requireText(findings, "OFF-3", at + "location", p, p.location(), "its location", "地點");
            ProjectEvidence.requireText(findings, "OFF-3", at + "developer", p, p.developer(), "its developer", "開發者");
            ProjectEvidence.requireEvidence(findings, "OFF-3", at + "boundaryAndBaseline", p, p.boundaryAndBaseline(),
                    "evidence of its boundary, baseline and project scenario", "專案邊界、基線及專案情境之佐證");
            ProjectEvidence.requireEvidence(findings, "OFF-3", at + "monitoring", p, p.monitoring(),
                    "evidence of its monitoring and reporting", "監測與報告之佐證");
            if (p.type() == org.carbonneutral.offset.domain.OffsetsContent.ProjectType.REMOVAL && p.storageYears() == null) {
                findings.add(Finding.block("OFF-3", at + "storageYears", "Removal project " + p.id()
                        + " does not state how long the carbon is stored.", "移除專案 " + p.id() + " 未載明碳封存年限。"));
            }
        }
        return findings;
    }
}
