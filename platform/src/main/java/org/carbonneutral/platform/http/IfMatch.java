package org.carbonneutral.platform.http;

import org.carbonneutral.platform.problem.ProblemException;

/**
 * The one reading of an {@code If-Match} header against a revision number (RFC 9110 §13.1.1): a strong or weak
 * entity tag {@code "n"} / {@code W/"n"}, a list of them, or {@code *}. A missing header is 428, a tag that is not
 * the current revision 412, so no one overwrites a change they have not seen.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** Throws a problem unless {@code header} names {@code currentRevision} (or is {@code *}). */
    public static void require(String header, int currentRevision, String what) {
        if (header == null || header.isBlank()) {
            throw ProblemException.preconditionRequired("send If-Match with the current " + what + " revision (ETag \""
                    + currentRevision + "\") so that no one else's change is overwritten");
        }
        if (!matches(header, currentRevision)) {
            throw ProblemException.preconditionFailed("If-Match " + header + " does not match the current revision \""
                    + currentRevision + "\"; someone changed it: reload and reapply");
        }
    }

    /** Whether {@code header} (not blank) names {@code revision}. */
    public static boolean matches(String header, int revision) {
        String wanted = String.valueOf(revision);
        for (String part : header.split(",")) {
            String tag = part.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
