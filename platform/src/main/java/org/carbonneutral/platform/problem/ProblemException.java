package org.carbonneutral.platform.problem;

import java.util.List;
import org.carbonneutral.contracts.Finding;

/** Thrown anywhere in a request to answer with a problem+json response; nothing of the request is committed. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Violation> violations;
    private final List<Finding> findings;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.Violation> violations,
            List<Finding> findings) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(field, message, null);
    }

    public static ProblemException invalid(String field, String message, String rule) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new Problem.Violation(field, message, rule)), null);
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return new ProblemException(400, "validation", "Invalid request", detail, violations, null);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found", null, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null, null);
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail, null, null);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail, null, null);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "precondition-required", "Precondition required", detail, null, null);
    }

    public static ProblemException blockedByFindings(String detail, List<Finding> findings) {
        return new ProblemException(422, "blocking-findings", "Blocking findings", detail, null, findings);
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), violations, findings);
    }

    public int status() {
        return status;
    }
}
