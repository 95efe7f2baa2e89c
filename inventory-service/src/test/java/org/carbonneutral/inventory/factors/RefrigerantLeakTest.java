package org.carbonneutral.inventory.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Refrigerant leaks (fugitive, method (a) measured mass) against MOENV 6.0.4 表4-4 and the IPCC AR6 values. */
class RefrigerantLeakTest {

    static final FactorLibrary LIBRARY = FactorLibraryTest.LIBRARY;
    static final EmissionCalculator CALCULATOR = new EmissionCalculator(FactorLibraryTest.GWP);

    static EmissionCalculator.Result leak(String gas, String kg, GwpSet set) {
        List<EmissionFactor> f = LIBRARY.lookup(null, FactorKind.FUGITIVE_REFRIGERANT, gas, 2025);
        assertEquals(1, f.size(), gas);
        return CALCULATOR.calculate(new BigDecimal(kg), "kg", f, set);
    }

    @Test
    void threeKilogramsOfR410aUnderEachSet() {
        var ar5 = leak("R-410A", "3", GwpSet.AR5); // 3 × 1,924 ÷ 1000
        assertEquals(new BigDecimal("5.772000"), ar5.tco2e());
        assertEquals(new BigDecimal("1924"), ar5.gases().get(0).gwp());
        assertEquals("MOENV-EF-FGAS:6.0.4:fugitive_refrigerant:R-410A:R-410A", ar5.gases().get(0).factorId());
        assertTrue(ar5.gases().get(0).gwpRef().source().contains("表4-4"));
        assertTrue(ar5.gases().get(0).gwpRef().source().endsWith("R-410A AR5 GWP = 1924"));
        assertEquals(new BigDecimal("6.264000"), leak("R-410A", "3", GwpSet.AR4).tco2e()); // 3 × 2,088
        var ar6 = leak("R-410A", "3", GwpSet.AR6); // 3 × (0.5 × 771 + 0.5 × 3,740) = 3 × 2,255.5
        assertEquals(new BigDecimal("6.766500"), ar6.tco2e());
        assertEquals(0, new BigDecimal("2255.5").compareTo(ar6.gases().get(0).gwp()));
        assertTrue(ar6.gases().get(0).gwpRef().source().contains("computed from composition"));
        assertTrue(ar6.gases().get(0).gwpRef().source().contains("0.5 × 771 (HFC-32) + 0.5 × 3740 (HFC-125)"));
    }

    @Test
    void blendsAndPureGasesOfTheSheet() {
        FluorinatedGases table = FluorinatedGases.load();
        var r404a = table.gas("R404A").orElseThrow();
        assertEquals(List.of("HFC-125", "HFC-143a", "HFC-134a"), List.copyOf(r404a.composition().keySet()));
        assertEquals(new BigDecimal("3943"), r404a.gwp().get(GwpSet.AR5));
        // AR6: 0.44 × 3,740 + 0.52 × 5,810 + 0.04 × 1,530 = 1,645.6 + 3,021.2 + 61.2
        assertEquals(0, new BigDecimal("4728.0").compareTo(table.gwp(GwpSet.AR6, "R-404A", FactorLibraryTest.GWP).value()));
        // R-407C: 0.23 × 771 + 0.25 × 3,740 + 0.52 × 1,530 = 177.33 + 935 + 795.6
        assertEquals(0, new BigDecimal("1907.93").compareTo(table.gwp(GwpSet.AR6, "R-407C", FactorLibraryTest.GWP).value()));
        assertEquals(new BigDecimal("1300"), table.gwp(GwpSet.AR5, "HFC-134a", FactorLibraryTest.GWP).value());
        assertEquals(new BigDecimal("677"), table.gwp(GwpSet.AR5, "R-32", FactorLibraryTest.GWP).value());
        assertEquals(new BigDecimal("1530"), table.gwp(GwpSet.AR6, "HFC-134a", FactorLibraryTest.GWP).value());
        assertEquals(new BigDecimal("23500"), table.gwp(GwpSet.AR5, "SF6", FactorLibraryTest.GWP).value());
        // "<1" and "─" are no exact values: HFC-1234yf has no AR5 value from the sheet
        assertThrows(IllegalArgumentException.class, () -> table.gwp(GwpSet.AR5, "HFC-1234yf", FactorLibraryTest.GWP));
    }

    @Test
    void unknownGasNamesCloseOnes() {
        assertTrue(LIBRARY.lookup(null, FactorKind.FUGITIVE_REFRIGERANT, "R-410X", 2025).isEmpty());
        String close = LIBRARY.closeNames(FactorKind.FUGITIVE_REFRIGERANT, "R-410X");
        assertTrue(close.contains("R-410A") && close.contains("R-410B"), close);
    }
}
