package org.carbonneutral.offset.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carbonneutral.platform.csv.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerialNumbersTest {

    static final Path SAMPLES = Path.of("../reference-data/offsetsdb-samples");

    /** Registry, file, serial column, quantity column, rows expected. */
    static final List<Object[]> FILES = List.of(
            new Object[] {Registry.VERRA, "verra/transactions.csv", "Serial Number", "Quantity Issued", 200},
            new Object[] {Registry.GOLD_STANDARD, "gold-standard/retirements.csv", "Serial Number", "Quantity", 100},
            new Object[] {Registry.ACR, "american-carbon-registry/retirements.csv", "Credit Serial Numbers",
                    "Quantity of Credits", 100},
            new Object[] {Registry.CAR, "climate-action-reserve/retirements.csv", "Offset Credit Serial Numbers",
                    "Quantity of Offset Credits", 100},
            new Object[] {Registry.ART_TREES, "art-trees/retirements.csv", "Credit Serial Numbers", "Quantity of Credits", 8});

    static List<Map<String, String>> rows(String file) throws IOException {
        try (InputStream in = Files.newInputStream(SAMPLES.resolve(file))) {
            return CsvReader.keyedByHeader(in);
        }
    }

    @Test
    void everySampleRowOfEveryRegistryParsesToItsStatedQuantity() throws IOException {
        for (Object[] f : FILES) {
            Registry registry = (Registry) f[0];
            List<Map<String, String>> rows = rows((String) f[1]);
            assertEquals(f[4], rows.size(), f[1] + " rows");
            List<SerialBlock> blocks = new ArrayList<>();
            for (Map<String, String> row : rows) {
                long quantity = Long.parseLong(row.get((String) f[3]).replace(",", ""));
                SerialBlock block = SerialNumbers.parse(registry, row.get((String) f[2]), quantity);
                assertEquals(quantity, block.quantity(), row.get((String) f[2]));
                blocks.add(block);
            }
            // distinct real retirements never overlap in the numbering space chosen for the registry
            for (int i = 0; i < blocks.size(); i++) {
                for (int j = i + 1; j < blocks.size(); j++) {
                    assertFalse(blocks.get(i).overlaps(blocks.get(j)), blocks.get(i).describe() + " / " + blocks.get(j).describe());
                }
            }
        }
    }

    @Test
    void fieldsEncodedInTheSerial() {
        SerialBlock moenv = SerialNumbers.parse(Registry.MOENV, "TW-2-1-030172798-030173019-00-00-A0000070", null);
        assertEquals(222, moenv.quantity());
        assertEquals("A0000070", moenv.projectId());
        assertEquals(55, SerialNumbers.parse(Registry.MOENV, "TW-2-2-023900288-023900342-00-00-B0000083", 55L).quantity());
        SerialBlock verra = SerialNumbers.parse(Registry.VERRA,
                "19380-941382555-941382741-VCS-VCU-1310-VER-CN-13-3005-01012022-31102022-0", null);
        assertEquals(List.of("3005", 2022, "VCU", 941382555L, 941382741L, 187L), List.of(verra.projectId(),
                verra.vintageYear(), verra.batchKey(), verra.start(), verra.end(), verra.quantity()));
        SerialBlock gs = SerialNumbers.parse(Registry.GOLD_STANDARD, "GS1-1-KE-GS11603-16-2025-30256-110-5463", null);
        assertEquals(List.of("GS11603", 2025, "batch 30256", 5354L), List.of(gs.projectId(), gs.vintageYear(), gs.batchKey(),
                gs.quantity()));
        SerialBlock car = SerialNumbers.parse(Registry.CAR, "CAR-ROC-US-1316-105-276-CA-2025-9388-1 to 1", 1L);
        assertEquals(List.of("CAR1316", 2025, 1L), List.of(car.projectId(), car.vintageYear(), car.quantity()));
        assertEquals(1000, SerialNumbers.parse(Registry.CDM, "CN-5-123456789-123457788-2-2-0-1234", null).quantity());
        SerialBlock puro = SerialNumbers.parse(Registry.PURO_EARTH, "PURO-CORC-2024-000123", 40L);
        assertEquals(List.of(1L, 40L), List.of(puro.start(), puro.end()));
    }

    @Test
    void offByOneBoundaries() {
        SerialBlock single = SerialNumbers.parse(Registry.MOENV, "TW-2-1-030172798-030172798-00-00-A0000070", 1L);
        assertEquals(1, single.quantity());
        SerialBlock a = SerialNumbers.parse(Registry.MOENV, "TW-2-1-000000100-000000199-00-00-A0000070", null);
        SerialBlock adjacent = SerialNumbers.parse(Registry.MOENV, "TW-2-1-000000200-000000299-00-00-A0000070", null);
        SerialBlock sharesOne = SerialNumbers.parse(Registry.MOENV, "TW-2-1-000000199-000000250-00-00-A0000070", null);
        assertFalse(a.overlaps(adjacent));
        assertTrue(a.overlaps(sharesOne));
        assertTrue(sharesOne.overlaps(adjacent));
        assertTrue(a.overlaps(SerialNumbers.parse(Registry.MOENV, "TW-2-2-000000150-000000150-00-00-B0000083", null)),
                "MOENV numbers are one registry-wide sequence");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MOENV|TW-2-1-030173019-030172798-00-00-A0000070|serialNumber",
        "MOENV|TW-2-1-30172798-030173019-00-00-A0000070|serialNumber",
        "MOENV|19385-941467007-941467431-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1|serialNumber",
        "VERRA|19385-941467007-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1|serialNumber",
        "GOLD_STANDARD|GS1-1-KE-GS11603-16-2025-30256-110|serialNumber",
        "ACR|ACR-FR-1129-2025-2917-30932-35143|serialNumber",
        "PURO_EARTH|PURO-CORC-2024-000123|quantity",
        "PACM|' '|serialNumber"})
    void malformedSerialsNameTheExpectedPattern(Registry registry, String serial, String field) {
        var e = assertThrows(SerialNumbers.InvalidSerialException.class, () -> SerialNumbers.parse(registry, serial, null));
        assertEquals(field, e.field());
        if (field.equals("serialNumber") && !serial.isBlank()) {
            assertTrue(e.getMessage().contains(registry.example()) || e.getMessage().contains("end must not be below"),
                    e.getMessage());
        }
    }

    @Test
    void aQuantityThatDoesNotMatchTheBlockIsRefused() {
        var e = assertThrows(SerialNumbers.InvalidSerialException.class, () -> SerialNumbers.parse(Registry.MOENV,
                "TW-2-1-030172798-030173019-00-00-A0000070", 223L));
        assertEquals("the serial TW-2-1-030172798-030173019-00-00-A0000070 names 222 credits (30172798..30173019), not 223",
                e.getMessage());
    }
}
