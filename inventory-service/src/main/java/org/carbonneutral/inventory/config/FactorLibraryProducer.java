package org.carbonneutral.inventory.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.carbonneutral.inventory.domain.InventoryCalculator;
import org.carbonneutral.inventory.factors.EmissionCalculator;
import org.carbonneutral.inventory.factors.FactorLibrary;
import org.carbonneutral.inventory.factors.GwpTable;

/** The reference factor library and GWP table, read once from the shipped public tables. */
public class FactorLibraryProducer {

    @Produces
    @Singleton
    FactorLibrary library() {
        return FactorLibrary.reference();
    }

    @Produces
    @Singleton
    GwpTable gwp() {
        return GwpTable.load();
    }

    @Produces
    @Singleton
    InventoryCalculator calculator(FactorLibrary library, GwpTable gwp) {
        return new InventoryCalculator(library, new EmissionCalculator(gwp));
    }
}
