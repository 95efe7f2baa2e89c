package org.carbonneutral.disclosure.service;

import jakarta.inject.Singleton;
import java.util.List;
import org.carbonneutral.disclosure.domain.PublicationPolicy;
import org.carbonneutral.platform.rules.RuleSet;

/** The DIS rules disclosure-service checks. */
@Singleton
public class DisclosureRules extends RuleSet<PublicationPolicy.Parts> {

    public DisclosureRules() {
        super(List.of(new PublicationPolicy()));
    }
}
