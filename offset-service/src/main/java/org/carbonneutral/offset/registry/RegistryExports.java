package org.carbonneutral.offset.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.offset.serial.SerialBlock;
import org.carbonneutral.offset.serial.SerialNumbers;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * The public retirement/cancellation exports of each registry, as CSV with their own headers: Verra's transactions
 * (rows with a retirement/cancellation date are retirements), Gold Standard's retirements (status Retired or
 * Canceled), ACR's, Climate Action
 * Reserve's and ART TREES' retired-credit reports, and MOENV's 註銷額度公告 (one row per serial: 註銷持有名稱, 申請時間,
 * 註銷之減量額度(公噸), 註銷之類型, 註銷原因 / 用途, 使用額度編碼, 使用額度). Other registries use the columns serial,
 * quantity, retired_on, beneficiary, purpose. Every retirement row must parse; otherwise nothing is imported.
 */
public final class RegistryExports {

    /** Column names of one registry's export. */
    record Shape(String serial, String quantity, String date, List<String> beneficiary, String purpose, String status) {
    }

    private static final int MAX_LISTED = 50;
    /** Statuses of a credit that can never be used again. */
    private static final java.util.Set<String> USED = java.util.Set.of("retired", "canceled", "cancelled");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);

    private RegistryExports() {
    }

    static Shape shape(Registry registry) {
        return switch (registry) {
            case VERRA -> new Shape("Serial Number", "Quantity Issued", "Retirement/Cancellation Date",
                    List.of("Retirement Beneficiary"), "Retirement Details", null);
            case GOLD_STANDARD -> new Shape("Serial Number", "Quantity", "Retirement Date", List.of("Using Entity"), "Note",
                    "Credit Status");
            case ACR -> new Shape("Credit Serial Numbers", "Quantity of Credits", "Status Effective (GMT)",
                    List.of("Retired on Behalf of"), "Purpose of Retirement", null);
            case CAR -> new Shape("Offset Credit Serial Numbers", "Quantity of Offset Credits", "Status Effective",
                    List.of("Account Holder", "Retirement Reason Details"), "Retirement Reason Details", null);
            case ART_TREES -> new Shape("Credit Serial Numbers", "Quantity of Credits", "Status Effective",
                    List.of("Retired on Behalf of"), "Purpose of Retirement", null);
            case MOENV -> new Shape("使用額度編碼", "使用額度", "申請時間", List.of("註銷持有名稱"), "註銷原因 / 用途", null);
            case CDM, PURO_EARTH, GCC, PACM -> new Shape("serial", "quantity", "retired_on", List.of("beneficiary"),
                    "purpose", null);
        };
    }

    /** The retirements among {@code rows}; rows that are issuances or other statuses are left out. */
    public static List<RegistryRecord> retirements(Registry registry, UUID importId, List<Map<String, String>> rows) {
        Shape shape = shape(registry);
        List<Problem.Violation> violations = new ArrayList<>();
        if (!rows.isEmpty()) {
            List<String> missing = new ArrayList<>();
            for (String column : columns(shape)) {
                if (!rows.get(0).containsKey(column)) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                throw new ProblemException(422, "invalid-registry-export", "Not a " + registry.title() + " export",
                        "missing columns " + missing + "; a " + registry.title() + " export has " + columns(shape),
                        List.of(new Problem.Violation("$", "missing columns " + missing)), null);
            }
        }
        List<RegistryRecord> records = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            int number = i + 1;
            String date = value(row, shape.date());
            String status = shape.status() == null ? null : value(row, shape.status());
            boolean used = shape.status() == null ? date != null
                    : status != null && USED.contains(status.toLowerCase(Locale.ROOT));
            if (!used) {
                continue;
            }
            try {
                String quantityText = value(row, shape.quantity());
                Long quantity = quantityText == null ? null : Long.parseLong(quantityText.replace(",", ""));
                SerialBlock block = SerialNumbers.parse(registry, value(row, shape.serial()), quantity);
                records.add(new RegistryRecord(importId, number, block, value(row, shape.serial()),
                        date == null ? null : date(date),
                        beneficiary(row, shape), value(row, shape.purpose())));
            } catch (SerialNumbers.InvalidSerialException | NumberFormatException | DateTimeParseException e) {
                if (violations.size() < MAX_LISTED) {
                    violations.add(new Problem.Violation("row " + number, e.getMessage()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(422, "invalid-registry-export", "Rows of the export do not parse",
                    violations.size() + (violations.size() == MAX_LISTED ? "+" : "") + " rows do not parse; nothing was "
                            + "imported", violations, null);
        }
        return records;
    }

    private static List<String> columns(Shape shape) {
        List<String> columns = new ArrayList<>(List.of(shape.serial(), shape.quantity(), shape.date()));
        columns.addAll(shape.beneficiary());
        return columns.stream().distinct().toList();
    }

    private static String beneficiary(Map<String, String> row, Shape shape) {
        List<String> parts = shape.beneficiary().stream().map(c -> value(row, c)).filter(v -> v != null).toList();
        return parts.isEmpty() ? null : String.join(" / ", parts);
    }

    private static String value(Map<String, String> row, String column) {
        String v = column == null ? null : row.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** ISO dates (2026-04-10), US dates with or without a time (4/13/2026 7:17:56 PM, 04/08/2026). */
    static LocalDate date(String text) {
        String day = text.trim().split("[ T]")[0];
        return day.contains("/") ? LocalDate.parse(day, US) : LocalDate.parse(day);
    }
}
