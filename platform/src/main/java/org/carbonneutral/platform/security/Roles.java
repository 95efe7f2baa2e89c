package org.carbonneutral.platform.security;

/**
 * The groups a token may carry. Preparers edit, approvers approve (never what they last edited), viewers read;
 * operators run the suite (replaying dead letters, fetching registries' public records) and see no tenant's drafts.
 */
public final class Roles {
    public static final String PREPARER = "preparer";
    public static final String APPROVER = "approver";
    public static final String VIEWER = "viewer";
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
