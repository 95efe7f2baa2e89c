package org.carbonneutral.contracts;

import java.util.Collection;
import java.util.Objects;

/**
 * The result of one rule check: the rule id from the rule catalogue, its severity, a message in English and in
 * Traditional Chinese, and the path of the offending field in the part's content.
 */
public record Finding(String ruleId, Severity severity, String messageEn, String messageZh, String field) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messageZh, "messageZh");
    }

    public static Finding block(String ruleId, String field, String messageEn, String messageZh) {
        return new Finding(ruleId, Severity.BLOCK, messageEn, messageZh, field);
    }

    public static Finding warn(String ruleId, String field, String messageEn, String messageZh) {
        return new Finding(ruleId, Severity.WARN, messageEn, messageZh, field);
    }

    public boolean blocking() {
        return severity == Severity.BLOCK;
    }

    public static boolean anyBlocking(Collection<Finding> findings) {
        return findings.stream().anyMatch(Finding::blocking);
    }
}
