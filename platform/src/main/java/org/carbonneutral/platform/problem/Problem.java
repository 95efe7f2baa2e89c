package org.carbonneutral.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.carbonneutral.contracts.Finding;

/**
 * An RFC 9457 problem detail. {@code violations} names each offending field (and the rule it breaks, where one
 * applies); {@code findings} carries rule findings when an action is refused because of them.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> violations,
        List<Finding> findings) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://carbon-neutrality-suite.org/problems/";

    /** One offending field: its JSON path in the request, what is wrong, and the rule id where a rule applies. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String field, String message, String rule) {
        public Violation(String field, String message) {
            this(field, message, null);
        }
    }
}
