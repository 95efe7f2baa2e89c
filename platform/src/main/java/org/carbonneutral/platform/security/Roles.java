package org.carbonneutral.platform.security;

/**
 * The groups a token may carry. Preparers edit, approvers approve (never what they last edited), viewers read;
 * operators run the suite itself (e.g. fetch the registries' public records), for no tenant's declarations.
 */
public final class Roles {
    public static final String PREPARER = "preparer";
    public static final String APPROVER = "approver";
    public static final String VIEWER = "viewer";
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
