package org.carbonneutral.disclosure.service;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.disclosure.domain.DisclosureItems;
import org.carbonneutral.disclosure.domain.ManagementPlanChapters;
import org.carbonneutral.disclosure.domain.PublicationFacts;
import org.carbonneutral.disclosure.domain.PublicationPolicy;
import org.carbonneutral.disclosure.domain.ReportingReminders;
import org.carbonneutral.platform.rules.RuleCatalog;
import org.carbonneutral.platform.rules.RuleDescription;
import org.carbonneutral.platform.rules.RuleSet;

/**
 * The DIS rules disclosure-service checks: the content of the publication (DIS-2 eight items, DIS-3 six chapters,
 * DIS-4 reminders) and the approvals it rests on (DIS-5).
 */
@Singleton
public class DisclosureRules implements RuleCatalog {

    private final RuleSet<PublicationFacts> content = new RuleSet<>(List.of(new DisclosureItems(),
            new ManagementPlanChapters(), new ReportingReminders()));
    private final PublicationPolicy policy = new PublicationPolicy();

    @Override
    public List<RuleDescription> rules() {
        List<RuleDescription> all = new ArrayList<>(content.rules());
        all.add(policy.description());
        return all;
    }

    /** The approvals' blockers (DIS-5), then the content's findings (DIS-2..DIS-4, warnings included). */
    public List<Finding> evaluate(PublicationPolicy.Parts parts, PublicationFacts facts) {
        List<Finding> all = new ArrayList<>(policy.check(parts));
        if (all.isEmpty()) {
            unreadable(all, "inventory", "盤查", facts.inventory());
            unreadable(all, "pathway", "減量路徑", facts.pathway());
            unreadable(all, "offsets", "抵銷", facts.offsets());
            if (facts.offsets() != null && facts.pathway() != null
                    && !java.util.Objects.equals(facts.offsets().snapshot().pathwayRevision(), facts.pathway().revision())) {
                all.add(Finding.block("DIS-5", "offsets", "The offsets were approved after pathway revision "
                        + facts.offsets().snapshot().pathwayRevision() + ", but the approved pathway is revision "
                        + facts.pathway().revision() + "; approve the offsets again.", "抵銷係於減量路徑版本 "
                        + facts.offsets().snapshot().pathwayRevision() + " 後核准，而已核准之減量路徑為版本 "
                        + facts.pathway().revision() + "，須重新核准抵銷。"));
            }
        }
        all.addAll(content.evaluate(facts));
        return all;
    }

    /** The revisions to publish, or null while any blocking finding stands. */
    public PublicationPolicy.Revisions ready(PublicationPolicy.Parts parts, PublicationFacts facts) {
        PublicationPolicy.Revisions revisions = policy.ready(parts);
        return revisions == null || Finding.anyBlocking(evaluate(parts, facts)) ? null : revisions;
    }

    /** An approval held but stored in a shape this version cannot read is approved again before it is published. */
    private static void unreadable(List<Finding> findings, String part, String partZh, Object approval) {
        if (approval == null) {
            findings.add(Finding.block("DIS-5", part, "The " + part + " approval is stored in an earlier format and cannot "
                    + "be published: approve the " + part + " again.", partZh + "之核准紀錄為舊格式，無法公開：請重新核准。"));
        }
    }
}
