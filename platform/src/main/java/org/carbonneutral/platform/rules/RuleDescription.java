package org.carbonneutral.platform.rules;

import org.carbonneutral.contracts.Severity;

/** A rule as listed at {@code GET /api/rules}: id from the rule catalogue, severity, text in en and zh-TW, source. */
public record RuleDescription(String id, Severity severity, String textEn, String textZh, String source) {
}
