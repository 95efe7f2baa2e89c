package org.carbonneutral.disclosure.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleCatalog;
import org.carbonneutral.platform.rules.RuleDescription;
import org.carbonneutral.platform.rules.RuleSet;

/**
 * Decides whether a declaration can be published now, and lists what blocks it: first the approvals it rests on
 * (DIS-5), then the content the publication would have (DIS-2 the eight items, DIS-3 the six chapters), the
 * reminders it would carry (DIS-4, never blocking), the claim's own check (DIS-7) and its standard being in force
 * (DIS-8). Asked after every approval, revocation and profile change,
 * whatever order they came in; the same facts always give the same decision. Also the catalogue of the DIS rules.
 */
public final class PublicationPolicy implements RuleCatalog {

    private final Rule<PublicationFacts> approvals = new SameRevisionsApproved();
    private final RuleSet<PublicationFacts> content = new RuleSet<>(List.of(new DisclosureItems(),
            new ManagementPlanChapters(), new ReportingReminders(), new ClaimCheckedByAnother(), new StandardInForce()));

    /**
     * What was decided: the revisions to publish (empty while any blocking finding stands) and every finding, the
     * approvals' (DIS-5) first, then the content's (DIS-2..DIS-4, DIS-7, DIS-8, warnings included).
     */
    public record Decision(Optional<ApprovedRevisions> revisions, List<Finding> findings) {
    }

    /** The rules in catalogue order: DIS-2, DIS-3, DIS-4, DIS-7, DIS-8, DIS-5. */
    @Override
    public List<RuleDescription> rules() {
        List<RuleDescription> all = new ArrayList<>(content.rules());
        all.add(approvals.description());
        return List.copyOf(all);
    }

    public Decision decide(PublicationFacts facts) {
        List<Finding> findings = new ArrayList<>(approvals.check(facts));
        findings.addAll(content.evaluate(facts));
        Optional<ApprovedRevisions> revisions = Finding.anyBlocking(findings) ? Optional.empty()
                : Optional.of(facts.parts().approved());
        return new Decision(revisions, List.copyOf(findings));
    }
}
