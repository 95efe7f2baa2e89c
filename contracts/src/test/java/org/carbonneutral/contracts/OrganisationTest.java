package org.carbonneutral.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationTest {

    final Organisation acme = new Organisation("Acme Taiwan Co., Ltd.", List.of("台灣艾克米股份有限公司"), "04595257");

    @Test
    void aNameCountsOnlyWhenItIsExactlyOneOfTheOrganisations() {
        assertTrue(acme.isNamed("ACME TAIWAN CO LTD"));
        assertTrue(acme.isNamed(" acme taiwan co., ltd. "));
        assertTrue(acme.isNamed("台灣艾克米股份有限公司"));
        assertTrue(acme.isNamed("ＡＣＭＥ　Ｔａｉｗａｎ　Ｃｏ．，Ｌｔｄ．"), "full-width is the same name");
        assertFalse(acme.isNamed("corp"), "a part of a name is another name");
        assertFalse(acme.isNamed("Acme"));
        assertFalse(acme.isNamed("Acme Taiwan Co., Ltd. and Globex Corp"), "nor is a longer one containing it");
        assertFalse(acme.isNamed(""));
        assertFalse(acme.isNamed(null));
        assertEquals(List.of("Acme Taiwan Co., Ltd.", "台灣艾克米股份有限公司"), acme.names());
    }

    @Test
    void aBusinessNumberIsMatchedExactly() {
        assertTrue(acme.hasBusinessNumber("04595257"));
        assertFalse(acme.hasBusinessNumber("04595258"));
        assertFalse(new Organisation("Acme", null, null).hasBusinessNumber("04595257"));
    }

    @ParameterizedTest(name = "{0} valid: {1}")
    @CsvSource({
        "04595257, true", // weighted digit sum 40
        "10458575, true", // seventh digit 7: 28 counts as 1 or 0
        "10458576, false",
        "12345678, false",
        "04595258, false",
        "0459525, false",
        "0459525X, false",
        "045952570, false"
    })
    void unifiedBusinessNumbersCarryTheirChecksum(String number, boolean valid) {
        assertEquals(valid, Organisation.isValidBusinessNumber(number));
    }
}
