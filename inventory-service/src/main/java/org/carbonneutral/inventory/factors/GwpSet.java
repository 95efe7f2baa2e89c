package org.carbonneutral.inventory.factors;

/** The IPCC assessment report whose 100-year global warming potentials convert a gas to CO2e (INV-10). */
public enum GwpSet {
    AR4("AR4GWP100"),
    AR5("AR5GWP100"),
    AR6("AR6GWP100");

    private final String column;

    GwpSet(String column) {
        this.column = column;
    }

    /** The column of the GWP table (openclimatedata/globalwarmingpotentials) holding this set. */
    public String column() {
        return column;
    }
}
