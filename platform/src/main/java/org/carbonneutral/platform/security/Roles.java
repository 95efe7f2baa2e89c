package org.carbonneutral.platform.security;

/** The groups a token may carry. Preparers edit, approvers approve (never what they last edited), viewers read. */
public final class Roles {
    public static final String PREPARER = "preparer";
    public static final String APPROVER = "approver";
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
