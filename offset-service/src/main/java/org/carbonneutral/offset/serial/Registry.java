package org.carbonneutral.offset.serial;

/**
 * The crediting programmes whose credits a declaration may retire, each with its serial-number format. Ranged formats
 * encode the inclusive block start..end (quantity = end − start + 1); the others name a unit or batch whose quantity is
 * stated beside it.
 */
public enum Registry {

    MOENV("MOENV (Taiwan domestic: 抵換專案, 先期專案, 自願減量專案)",
            "TW-<kind>-<sub-kind>-<block start, 9 digits>-<block end, 9 digits>-<nn>-<nn>-<project, letter + 7 digits>",
            "TW-2-1-030172798-030173019-00-00-A0000070", true, true),
    VERRA("Verra Verified Carbon Standard",
            "<issuance>-<block start>-<block end>-VCS-VCU-<n>-VER-<country>-<sectoral scope>-<project id>-<vintage start DDMMYYYY>-<vintage end DDMMYYYY>-<0|1>",
            "19385-941467007-941467431-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1", true, false),
    GOLD_STANDARD("Gold Standard",
            "GS<n>-<n>-<country>-GS<project id>-<sectoral scope>-<vintage year>-<batch>-<block start>-<block end>",
            "GS1-1-KE-GS11603-16-2025-30256-110-5463", true, false),
    ACR("ACR (American Carbon Registry)", "ACR-<country>-<project id>-<vintage year>-<batch>-<block start> to <block end>",
            "ACR-FR-1129-2025-2917-30932 to 35143", true, false),
    CAR("Climate Action Reserve",
            "CAR-<programme>-<country>-<project id>-<n>-<n>-<state>-<vintage year>-<batch>-<block start> to <block end>",
            "CAR-1-US-1335-31-983-KS-2025-9205-1 to 5000", true, false),
    ART_TREES("ART TREES (Architecture for REDD+ Transactions)",
            "<programme>-<country>-<programme id>-<vintage year>-<batch>-<block start> to <block end>",
            "FCPF-CI-130-2023-20-1 to 46404", true, false),
    CDM("Clean Development Mechanism (UNFCCC)",
            "<originating party>-<unit type>-<block start>-<block end>-<original commitment period>-<applicable commitment period>-<LULUCF activity>-<project id>",
            "CN-5-123456789-123457788-2-2-0-1234", true, false),
    PURO_EARTH("Puro.earth (CO2 Removal Certificates)", "<certificate or batch identifier>, with its quantity",
            "PURO-CORC-2024-000123", false, false),
    GCC("Global Carbon Council", "<certificate or batch identifier>, with its quantity", "GCC-VER-TR-2022-000456",
            false, false),
    PACM("Paris Agreement Crediting Mechanism (Article 6.4)", "<A6.4ER identifier>, with its quantity",
            "A6.4ER-2025-000789", false, false);

    private final String title;
    private final String pattern;
    private final String example;
    private final boolean ranged;
    private final boolean domestic;

    Registry(String title, String pattern, String example, boolean ranged, boolean domestic) {
        this.title = title;
        this.pattern = pattern;
        this.example = example;
        this.ranged = ranged;
        this.domestic = domestic;
    }

    public String title() {
        return title;
    }

    /** The serial number's expected pattern, as a 422 names it. */
    public String pattern() {
        return pattern;
    }

    public String example() {
        return example;
    }

    /** Whether the serial encodes its block; otherwise the quantity is stated beside it. */
    public boolean ranged() {
        return ranged;
    }

    /** Taiwan's domestic credits (OFF-11). */
    public boolean domestic() {
        return domestic;
    }
}
