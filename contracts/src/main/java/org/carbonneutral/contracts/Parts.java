package org.carbonneutral.contracts;

/** The names of a declaration's parts, as approvals name each other's revisions. */
public final class Parts {

    public static final String INVENTORY = "inventory";
    public static final String PATHWAY = "pathway";
    public static final String OFFSETS = "offsets";

    private Parts() {
    }
}
