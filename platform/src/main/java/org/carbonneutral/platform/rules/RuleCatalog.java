package org.carbonneutral.platform.rules;

import java.util.List;

/** Each service provides one bean listing the rules it checks, built from its rule classes. */
public interface RuleCatalog {
    List<RuleDescription> rules();
}
