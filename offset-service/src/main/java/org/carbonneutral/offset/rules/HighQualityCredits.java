package org.carbonneutral.offset.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/** OFF-12 (warn): credits from a project without the ICVCM Core Carbon Principles label are flagged. */
public class HighQualityCredits implements Rule<OffsetsFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("OFF-12", Severity.WARN,
            "Later pathway stage: only high-quality credits (e.g. ICVCM CCP-labelled) — flag others.",
            "路徑後期階段：僅使用高品質額度（如經ICVCM核心碳原則標示者），其他者予以標示。", "ISO");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(OffsetsFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (int j : facts.projectsUsed()) {
            var p = facts.content().projects().get(j);
            if (!Boolean.TRUE.equals(p.ccpLabel())) {
                findings.add(Finding.warn("OFF-12", "projects[" + j + "].ccpLabel", "Project " + p.id() + " (" + p.name()
                        + ") has no ICVCM CCP label: at a later stage of the pathway only high-quality credits should be used.",
                        "專案 " + p.id() + "（" + p.name() + "）未經ICVCM核心碳原則標示：路徑後期應僅使用高品質額度。"));
            }
        }
        return findings;
    }
}
