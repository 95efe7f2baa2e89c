package org.carbonneutral.platform.rules;

import java.util.List;
import org.carbonneutral.contracts.Finding;

/**
 * One rule of the catalogue, pure Java: its description, and a check that turns the part's facts into findings
 * (none when the rule passes).
 *
 * @param <F> the facts the rule reads
 */
public interface Rule<F> {

    RuleDescription description();

    List<Finding> check(F facts);

    default String id() {
        return description().id();
    }
}
