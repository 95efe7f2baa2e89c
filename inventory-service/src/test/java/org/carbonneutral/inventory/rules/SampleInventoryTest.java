package org.carbonneutral.inventory.rules;

import static org.carbonneutral.inventory.rules.InventoryRulesTest.CALCULATOR;
import static org.carbonneutral.inventory.rules.InventoryRulesTest.RULES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.junit.jupiter.api.Test;

/**
 * The sample `suite up` publishes and the system tests take through the suite (deploy/local/sample/inventory.json,
 * Acme Taiwan 2025, organisation, ISO 14068-1) has no finding and keeps the figures the system tests assert.
 */
class SampleInventoryTest {

    @Test
    void theSampleInventoryApprovesWithItsFigures() throws Exception {
        var content = Json.read(Files.readString(Path.of("../deploy/local/sample/inventory.json")), InventoryContent.class);
        var quantified = CALCULATOR.quantify(SubjectType.ORGANISATION, content);
        assertEquals(List.of(), quantified.violations());
        assertEquals(List.of(), RULES.evaluate(new InventoryFacts(SubjectType.ORGANISATION, "Acme Taiwan",
                ClaimStandard.ISO_14068_1, content, quantified.snapshot(), 2025, false)));
        // diesel 120 kL: CO2 312.72 t + CH4 12.72 kg × 30 (fossil methane, INV-10) + N2O 2.52 kg × 265 = 313.7694 t;
        // electricity 2,500,000 kWh × 0.474 = 1,185 t; residual 1,498.7694 t → 1,499 credits (OFF-1)
        assertEquals(new BigDecimal("1498.769"), quantified.snapshot().residualTco2e());
        assertEquals(0, new BigDecimal("1498.7694").compareTo(quantified.snapshot().residualExactTco2e()));
        assertEquals(new BigDecimal("1499"), quantified.snapshot().residualExactTco2e().setScale(0, RoundingMode.CEILING));
    }
}
