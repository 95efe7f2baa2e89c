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
        all.addAll(content.evaluate(facts));
        return all;
    }

    /** The revisions to publish, or null while any blocking finding stands. */
    public PublicationPolicy.Revisions ready(PublicationPolicy.Parts parts, PublicationFacts facts) {
        PublicationPolicy.Revisions revisions = policy.ready(parts);
        return revisions == null || Finding.anyBlocking(content.evaluate(facts)) ? null : revisions;
    }
}
