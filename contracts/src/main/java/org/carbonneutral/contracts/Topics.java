package org.carbonneutral.contracts;

/** One topic per producing service; record key = declaration id. */
public final class Topics {
    public static final String INVENTORY = "inventory.events";
    public static final String PATHWAY = "pathway.events";
    public static final String OFFSET = "offset.events";
    public static final String DISCLOSURE = "disclosure.events";

    private Topics() {
    }
}
