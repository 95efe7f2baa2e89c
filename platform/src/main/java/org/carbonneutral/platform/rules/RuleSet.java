package org.carbonneutral.platform.rules;

import java.util.List;
import org.carbonneutral.contracts.Finding;

/** A service's rules, in catalogue order: lists them for {@code GET /api/rules} and evaluates them all. */
public class RuleSet<F> implements RuleCatalog {

    private final List<Rule<F>> rules;

    public RuleSet(List<Rule<F>> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public List<RuleDescription> rules() {
        return rules.stream().map(Rule::description).toList();
    }

    public List<Finding> evaluate(F facts) {
        return rules.stream().flatMap(r -> r.check(facts).stream()).toList();
    }
}
