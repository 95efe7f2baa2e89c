package org.carbonneutral.offset.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.offset.domain.RegistryStatus;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ExportReaderTest {

    static final Path SAMPLES = Path.of("../reference-data/offsetsdb-samples");
    static final String GS_HEADER = "Vintage,Credit Status,Quantity,GSID,Issuance Date,Retirement Date,Monitoring Period Start,"
            + "Monitoring Period End,Serial Number,Note,Use Case,Using Entity\n";
    static final String GS_ROW = "2025,Retired,5354,11603,2026-03-31,2026-04-10,2024-03-02,2025-03-10,"
            + "GS1-1-KE-GS11603-16-2025-30256-110-5463,For 2025,Voluntary,Hilti Corporation\n";

    static ExportReader.Export read(Registry registry, String file) throws Exception {
        return ExportReader.read(registry, file, Files.readAllBytes(SAMPLES.resolve(file)));
    }

    static List<Problem.Violation> refused(Registry registry, byte[] bytes) {
        ProblemException e = assertThrows(ProblemException.class, () -> ExportReader.read(registry, "test", bytes));
        assertEquals(422, e.status());
        assertTrue(e.getMessage().contains("nothing was imported"), e.getMessage());
        return e.toProblem().violations();
    }

    static List<Problem.Violation> refused(Registry registry, String csv) {
        return refused(registry, csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRealExportsOfEachRegistryAreReadWhole() throws Exception {
        assertEquals(List.of(200, 100), counts(read(Registry.VERRA, "verra/transactions.csv")));
        assertEquals(List.of(100, 100), counts(read(Registry.GOLD_STANDARD, "gold-standard/retirements.csv")));
        assertEquals(List.of(100, 100), counts(read(Registry.ACR, "american-carbon-registry/retirements.csv")));
        assertEquals(List.of(100, 100), counts(read(Registry.CAR, "climate-action-reserve/retirements.csv")));
        assertEquals(List.of(8, 8), counts(read(Registry.ART_TREES, "art-trees/retirements.csv")));
        ExportReader.Export moenv = ExportReader.read(Registry.MOENV, "simulator", Files.readAllBytes(
                Path.of("../registry-simulator/src/main/resources/moenv/retirements.csv")));
        assertEquals(List.of(4, 4), counts(moenv));
        RegistryRecord first = moenv.retirements().get(0);
        assertEquals(List.of("A0000070", 1000L, "碳中和", "113年度組織碳中和宣告", "範例科技股份有限公司", LocalDate.of(2025, 2, 14)),
                Arrays.asList(first.projectId(), first.quantity(), first.retirementType(), first.purpose(),
                        first.beneficiary(), first.retiredOn()));
    }

    static List<Integer> counts(ExportReader.Export export) {
        return List.of(export.rows(), export.retirements().size());
    }

    @Test
    void eachRegistrysFactsLandInTheirFields() throws Exception {
        List<RegistryRecord> gs = read(Registry.GOLD_STANDARD, "gold-standard/retirements.csv").retirements();
        RegistryRecord g = gs.get(0);
        assertEquals(Arrays.asList("GS1-1-KE-GS11603-16-2025-30256-110-5463", 5354L, RegistryStatus.RETIRED, 2025,
                LocalDate.of(2024, 3, 2), LocalDate.of(2025, 3, 10), "11603", LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 10), "Hilti Corporation", null, null, "Voluntary", 2, 0),
                Arrays.asList(g.serialNumber(), g.quantity(), g.status(), g.vintageYear(), g.vintageStart(), g.vintageEnd(),
                        g.projectId(), g.issuedOn(), g.retiredOn(), g.beneficiary(), g.beneficiaryId(), g.accountHolder(),
                        g.retirementType(), g.line(), g.version()));
        assertTrue(g.purpose().startsWith("Retirement on behalf of Hilti Corporation"), g.purpose());
        assertEquals(6, gs.stream().filter(r -> r.status() == RegistryStatus.CANCELLED && r.retiredOn() == null).count());

        RegistryRecord v = read(Registry.VERRA, "verra/transactions.csv").retirements().get(2);
        assertEquals(Arrays.asList(28571L, 2022, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 10, 31), "3005",
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 6), "Lindblad Expeditions Family of Companies",
                "Environmental Benefit", 4),
                Arrays.asList(v.quantity(), v.vintageYear(), v.vintageStart(), v.vintageEnd(), v.projectId(), v.issuedOn(),
                        v.retiredOn(), v.beneficiary(), v.retirementType(), v.line()));

        RegistryRecord a = read(Registry.ACR, "american-carbon-registry/retirements.csv").retirements().get(0);
        assertEquals(Arrays.asList(4212L, 2025, LocalDate.of(2025, 2, 7), LocalDate.of(2025, 3, 19), "ACR1129",
                LocalDate.of(2025, 6, 30), LocalDate.of(2026, 4, 13), "AWS", "1423", "Environmental Benefit"),
                Arrays.asList(a.quantity(), a.vintageYear(), a.vintageStart(), a.vintageEnd(), a.projectId(), a.issuedOn(),
                        a.retiredOn(), a.beneficiary(), a.accountHolder(), a.retirementType()));

        RegistryRecord c = read(Registry.CAR, "climate-action-reserve/retirements.csv").retirements().get(0);
        assertEquals(Arrays.asList(5000L, 2025, "CAR1335", LocalDate.of(2025, 10, 27),
                "Retired on behalf of Kinaxis Inc. F2024 period", "ClimeCo Corp MCK NAP2, LLC.", "On Behalf of Third Party"),
                Arrays.asList(c.quantity(), c.vintageYear(), c.projectId(), c.retiredOn(), c.beneficiary(),
                        c.accountHolder(), c.retirementType()));

        RegistryRecord t = read(Registry.ART_TREES, "art-trees/retirements.csv").retirements().get(0);
        assertEquals(Arrays.asList(46404L, 2023, "ART130", LocalDate.of(2026, 4, 8), "Emergent retiring on behalf of Chanel",
                "Emergent Forest Finance Accelerator"),
                Arrays.asList(t.quantity(), t.vintageYear(), t.projectId(), t.retiredOn(), t.beneficiary(),
                        t.accountHolder()));
    }

    @Test
    void moenvKeepsTheRetirementTypeAndARegistrationNumberAndReadsRocDates() {
        String csv = "註銷持有名稱,統一編號,申請時間,註銷之減量額度(公噸),註銷之類型,註銷原因 / 用途,使用額度編碼,使用額度\n"
                + "範例科技股份有限公司,12345678,114/03/15,20,碳中和,宣告,TW-2-1-030172798-030172817-00-00-A0000070,20\n";
        RegistryRecord r = ExportReader.read(Registry.MOENV, "test", csv.getBytes(StandardCharsets.UTF_8)).retirements().get(0);
        assertEquals(Arrays.asList("12345678", LocalDate.of(2025, 3, 15), "碳中和", "A0000070", RegistryStatus.RETIRED),
                Arrays.asList(r.beneficiaryId(), r.retiredOn(), r.retirementType(), r.projectId(), r.status()));
    }

    @Test
    void invalidUtf8IsRefusedNamingTheLineAndByteOffset() {
        byte[] head = GS_HEADER.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = 'A';
        bytes[head.length + 1] = (byte) 0xC3;
        bytes[head.length + 2] = (byte) 0x28;
        Problem.Violation v = refused(Registry.GOLD_STANDARD, bytes).get(0);
        assertEquals("line 2", v.field());
        assertTrue(v.message().contains("invalid UTF-8 at byte offset " + (head.length + 1) + " (0xC3)"), v.message());
    }

    @Test
    void whatIsNotACsvExportWithRowsIsRefused() {
        assertEquals("line 1", refused(Registry.VERRA, "").get(0).field());
        assertEquals("line 2", refused(Registry.GOLD_STANDARD, GS_HEADER).get(0).field());
        assertTrue(refused(Registry.GOLD_STANDARD, GS_HEADER).get(0).message().startsWith("no rows"));
        assertTrue(refused(Registry.VERRA, "<!DOCTYPE html><html><body>Maintenance</body></html>").get(0).message()
                .startsWith("not CSV"));
        Problem.Violation unclosed = refused(Registry.GOLD_STANDARD, GS_HEADER + GS_ROW + "2025,\"Retired,1\n").get(0);
        assertEquals("line 3", unclosed.field());
        assertTrue(unclosed.message().startsWith("not CSV: a quoted field is not closed"), unclosed.message());
        assertEquals("line 3", refused(Registry.GOLD_STANDARD, GS_HEADER + GS_ROW + GS_ROW.replace("\n", ",x,y\n"))
                .get(0).field());
    }

    @Test
    void aGoldStandardExportWithoutItsStatusColumnIsRefusedNamingIt() {
        List<Problem.Violation> v = refused(Registry.GOLD_STANDARD, "Serial Number,Quantity,Retirement Date,Using Entity\n"
                + "GS1-1-KE-GS11603-16-2025-30256-110-5463,5354,2026-04-10,Hilti Corporation\n");
        assertEquals(1, v.size());
        assertEquals("line 1, column Credit Status", v.get(0).field());
        assertTrue(v.get(0).message().contains("[Serial Number, Quantity, Credit Status, Retirement Date, Using Entity]"),
                v.get(0).message());
    }

    @Test
    void everyStatusMustBeKnown() {
        List<Problem.Violation> v = refused(Registry.GOLD_STANDARD, GS_HEADER + GS_ROW.replace("Retired", "Issued")
                .replace("110-5463", "5464-5500").replace("5354", "37") + GS_ROW.replace("Retired", "Frozen")
                + GS_ROW.replace("Retired", ""));
        assertEquals(List.of("line 3, column Credit Status", "line 4, column Credit Status"),
                v.stream().map(Problem.Violation::field).toList());
        assertEquals("unknown status 'Frozen'; expected one of [Canceled, Cancelled, Issued, Retired]", v.get(0).message());
        assertTrue(v.get(1).message().startsWith("no status"));
    }

    @Test
    void aQuantityContradictingTheSerialOrAnUnreadableDateIsRefusedNamingLineColumnAndValues() {
        List<Problem.Violation> v = refused(Registry.GOLD_STANDARD, GS_HEADER + GS_ROW
                + GS_ROW.replace(",5354,", ",5000,").replace("110-5463", "6000-10993")
                + GS_ROW.replace("2026-04-10", "10.04.2026").replace("110-5463", "20000-25353"));
        assertEquals(List.of("line 3, column Quantity", "line 4, column Retirement Date"),
                v.stream().map(Problem.Violation::field).toList());
        assertTrue(v.get(0).message().contains("names 4994 credits (6000..10993), not 5000"), v.get(0).message());
        assertTrue(v.get(1).message().startsWith("'10.04.2026' is not a date"), v.get(1).message());
        assertEquals("line 2, column Credit Serial Numbers", refused(Registry.ACR, "Credit Serial Numbers,"
                + "Quantity of Credits,Status Effective (GMT),Retired on Behalf of\nACR-1129,5,4/13/2026,AWS\n").get(0).field());
    }

    @Test
    void aSerialListedTwiceWithOtherFactsIsRefusedTheSameTwiceIsOne() {
        assertEquals(1, ExportReader.read(Registry.GOLD_STANDARD, "t", (GS_HEADER + GS_ROW + GS_ROW)
                .getBytes(StandardCharsets.UTF_8)).retirements().size());
        Problem.Violation v = refused(Registry.GOLD_STANDARD, GS_HEADER + GS_ROW + GS_ROW.replace("Hilti", "Acme"))
                .get(0);
        assertEquals("line 3, column Serial Number", v.field());
        assertTrue(v.message().contains("also on line 2"), v.message());
    }
}
