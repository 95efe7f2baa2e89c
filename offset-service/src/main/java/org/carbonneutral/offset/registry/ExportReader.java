package org.carbonneutral.offset.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.offset.domain.RegistryStatus;
import org.carbonneutral.offset.registry.ExportShape.Fact;
import org.carbonneutral.offset.registry.ExportShape.Retirements;
import org.carbonneutral.offset.registry.ExportValues.Unreadable;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.offset.serial.SerialBlock;
import org.carbonneutral.offset.serial.SerialNumbers;
import org.carbonneutral.platform.csv.CsvReader;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * Reads a registry's public retirement export whole, or refuses it: every row must be understood — UTF-8 CSV with the
 * registry's columns, a known status, a serial of the registry's format whose range matches the quantity column, dates
 * that parse — otherwise it is a 422 naming each problem's line, column and reason (at most {@value #MAX_LISTED}), and
 * nothing of it is used. Pure: no I/O beyond the bytes given.
 */
public final class ExportReader {

    static final int MAX_LISTED = 50;

    /** The rows of an export and the retirements (and cancellations) among them, each at its line. */
    public record Export(int rows, List<RegistryRecord> retirements) {
    }

    private final ExportShape shape;
    private final List<Problem.Violation> violations = new ArrayList<>();
    private final Map<Fact, Integer> index = new EnumMap<>(Fact.class);
    private final Map<Fact, String> column = new EnumMap<>(Fact.class);

    private ExportReader(Registry registry) {
        this.shape = ExportShape.of(registry);
    }

    /** The export's rows and retirements; a 422 naming every problem when any row is not understood. */
    public static Export read(Registry registry, String source, byte[] bytes) {
        return new ExportReader(registry).read(source, bytes);
    }

    private Export read(String source, byte[] bytes) {
        List<RegistryRecord> records = new ArrayList<>();
        int rows = 0;
        try {
            rows = readRows(bytes, records);
        } catch (Unreadable e) {
            violation(e.line(), null, e.getMessage());
        }
        if (!violations.isEmpty()) {
            int n = violations.size();
            Problem.Violation first = violations.get(0);
            throw new ProblemException(422, "invalid-registry-export", "Registry export not understood",
                    shape.registry().title() + " export from " + source + ": " + (n >= MAX_LISTED ? MAX_LISTED + "+" : n)
                            + " problem" + (n == 1 ? "" : "s") + " (first: " + first.field() + ": " + first.message()
                            + "); nothing was imported and the records imported before are kept", violations, null);
        }
        return new Export(rows, List.copyOf(records));
    }

    private int readRows(byte[] bytes, List<RegistryRecord> records) throws Unreadable {
        if (bytes.length == 0) {
            throw new Unreadable("the export is empty", 1);
        }
        ExportValues.utf8(bytes);
        CsvReader csv = new CsvReader(new ByteArrayInputStream(bytes));
        try {
            String[] header = csv.next();
            if (header == null || header.length == 1 && header[0].isBlank()) {
                throw new Unreadable("the export is empty", 1);
            }
            String first = header[0].strip();
            if (first.startsWith("<") || first.startsWith("{") || first.startsWith("[")) {
                throw new Unreadable("not CSV: the export starts with '" + first.charAt(0)
                        + "' (an HTML, XML or JSON document, not a table with a header row)", 1);
            }
            if (!columns(header)) {
                return 0;
            }
            Map<String, RegistryRecord> seen = new HashMap<>();
            int rows = 0;
            for (String[] cells = csv.next(); cells != null; cells = csv.next()) {
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                rows++;
                long line = csv.recordLine();
                if (cells.length > header.length && !(cells.length == header.length + 1 && cells[header.length].isEmpty())) {
                    violation(line, null, "not CSV: " + cells.length + " cells, but the header names " + header.length
                            + " columns");
                    continue;
                }
                RegistryRecord record = row(cells, line);
                if (record != null) {
                    RegistryRecord earlier = seen.putIfAbsent(record.serialNumber(), record);
                    if (earlier == null) {
                        records.add(record);
                    } else if (!earlier.sameFacts(record)) {
                        violation(line, Fact.SERIAL, "the serial " + record.serialNumber() + " is also on line "
                                + earlier.line() + ", with other facts");
                    }
                }
            }
            if (rows == 0) {
                throw new Unreadable("no rows: the export has a header and no records", 2);
            }
            return rows;
        } catch (IOException e) {
            String message = e.getMessage() == null ? "not CSV" : e.getMessage();
            long line = message.matches("(?s)line \\d+: .*") ? Long.parseLong(message.substring(5, message.indexOf(':'))) : 0;
            throw new Unreadable("not CSV: " + (line > 0 ? message.substring(message.indexOf(':') + 2) : message), line);
        }
    }

    /** Finds each fact's column; false (with a violation naming each) when a required one is missing. */
    private boolean columns(String[] header) {
        for (var entry : shape.columns().entrySet()) {
            for (String name : entry.getValue()) {
                for (int i = 0; i < header.length && !index.containsKey(entry.getKey()); i++) {
                    if (header[i].strip().equals(name)) {
                        index.put(entry.getKey(), i);
                        column.put(entry.getKey(), name);
                    }
                }
            }
        }
        boolean complete = true;
        for (Fact fact : shape.columns().keySet()) {
            if (shape.required().contains(fact) && !index.containsKey(fact)) {
                complete = false;
                column.put(fact, shape.columns().get(fact).get(0));
                violation(1, fact, "missing column '" + column.get(fact) + "'; a " + shape.registry().title()
                        + " export has the columns " + shape.requiredColumns());
            }
        }
        return complete;
    }

    /** The record of one row when it is a retirement, null when it is another kind of row or not understood. */
    private RegistryRecord row(String[] cells, long line) {
        int before = violations.size();
        RegistryStatus status = status(cells, line);
        SerialBlock block = block(cells, line);
        LocalDate retiredOn = date(cells, line, Fact.RETIRED_ON);
        if (shape.retirements() == Retirements.EVERY_ROW && value(cells, Fact.RETIRED_ON) == null) {
            violation(line, Fact.RETIRED_ON, "no date: every row of a " + shape.registry().title()
                    + " retirement export is a retirement and states its date");
        }
        LocalDate vintageStart = date(cells, line, Fact.VINTAGE_START);
        LocalDate vintageEnd = date(cells, line, Fact.VINTAGE_END);
        LocalDate issuedOn = date(cells, line, Fact.ISSUED_ON);
        Integer vintageYear = vintageEnd != null ? Integer.valueOf(vintageEnd.getYear()) : year(cells, line);
        Long batchQuantity = batchQuantity(cells, line, block);
        if (status == null || block == null || violations.size() > before) {
            return null;
        }
        String projectId = value(cells, Fact.PROJECT_ID);
        if (projectId == null && shape.registry() == Registry.MOENV) {
            projectId = block.projectId();
        }
        return new RegistryRecord(shape.registry(), value(cells, Fact.SERIAL), block, block.quantity(), status,
                vintageYear, vintageStart, vintageEnd, projectId, issuedOn, retiredOn, value(cells, Fact.BENEFICIARY),
                value(cells, Fact.BENEFICIARY_ID), value(cells, Fact.ACCOUNT_HOLDER), value(cells, Fact.PURPOSE),
                value(cells, Fact.RETIREMENT_TYPE), value(cells, Fact.ISSUANCE_BATCH), batchQuantity, Math.toIntExact(line),
                0, null);
    }

    /** The issuance batch's size, where stated: never below the credits retired from it on this row. */
    private Long batchQuantity(String[] cells, long line, SerialBlock block) {
        String text = value(cells, Fact.BATCH_QUANTITY);
        if (text == null) {
            return null;
        }
        try {
            long quantity = ExportValues.quantity(text);
            if (block != null && quantity < block.quantity()) {
                violation(line, Fact.BATCH_QUANTITY, "the batch holds " + quantity + " credits, fewer than the "
                        + block.quantity() + " retired from it on this line");
            }
            return quantity;
        } catch (Unreadable e) {
            violation(line, Fact.BATCH_QUANTITY, e.getMessage());
            return null;
        }
    }

    /** The row's status when it is a retirement or cancellation; null otherwise (or with a violation). */
    private RegistryStatus status(String[] cells, long line) {
        return switch (shape.retirements()) {
            case EVERY_ROW -> RegistryStatus.RETIRED;
            case BY_DATE -> value(cells, Fact.RETIRED_ON) == null ? null : RegistryStatus.RETIRED;
            case BY_STATUS -> {
                String value = value(cells, Fact.STATUS);
                if (value == null || !shape.knownStatus(value)) {
                    violation(line, Fact.STATUS, (value == null ? "no status" : "unknown status '" + value + "'")
                            + "; expected one of " + shape.knownStatuses());
                    yield null;
                }
                yield shape.status(value);
            }
        };
    }

    private SerialBlock block(String[] cells, long line) {
        String serial = value(cells, Fact.SERIAL);
        String quantityText = value(cells, Fact.QUANTITY);
        if (serial == null) {
            violation(line, Fact.SERIAL, "no serial number");
        }
        if (quantityText == null) {
            violation(line, Fact.QUANTITY, "no quantity");
        }
        if (serial == null || quantityText == null) {
            return null;
        }
        try {
            return SerialNumbers.parse(shape.registry(), serial, ExportValues.quantity(quantityText));
        } catch (Unreadable e) {
            violation(line, Fact.QUANTITY, e.getMessage());
        } catch (SerialNumbers.InvalidSerialException e) {
            violation(line, "quantity".equals(e.field()) ? Fact.QUANTITY : Fact.SERIAL, e.getMessage());
        }
        return null;
    }

    private LocalDate date(String[] cells, long line, Fact fact) {
        String value = value(cells, fact);
        try {
            return value == null ? null : ExportValues.date(value);
        } catch (Unreadable e) {
            violation(line, fact, e.getMessage());
            return null;
        }
    }

    private Integer year(String[] cells, long line) {
        String value = value(cells, Fact.VINTAGE);
        try {
            return value == null ? null : ExportValues.year(value);
        } catch (Unreadable e) {
            violation(line, Fact.VINTAGE, e.getMessage());
            return null;
        }
    }

    private String value(String[] cells, Fact fact) {
        Integer i = index.get(fact);
        String v = i == null || i >= cells.length ? null : cells[i];
        return v == null || v.isBlank() ? null : v.strip();
    }

    private void violation(long line, Fact fact, String message) {
        if (violations.size() < MAX_LISTED) {
            String where = line > 0 ? "line " + line : "$";
            violations.add(new Problem.Violation(fact == null ? where : where + ", column " + column.get(fact), message));
        }
    }
}
