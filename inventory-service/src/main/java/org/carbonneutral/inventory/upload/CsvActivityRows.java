package org.carbonneutral.inventory.upload;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.carbonneutral.platform.csv.CsvReader;

/**
 * CSV activity rows: the header names the columns, in any order (case and spaces aside); an unknown column or a missing
 * required one (source, quantity, unit) is an error of line 1. Streams through the suite's {@link CsvReader}.
 */
final class CsvActivityRows implements ActivityRows {

    private static final List<String> REQUIRED = List.of("source", "quantity", "unit");

    private final CsvReader records;
    /** For each of {@link ActivityRowValidator#COLUMNS}, its position in the file, or -1. */
    private final int[] index = new int[ActivityRowValidator.COLUMNS.size()];

    CsvActivityRows(Reader in, Consumer<RowError> errors) throws IOException {
        this.records = new CsvReader(in);
        Arrays.fill(index, -1);
        String[] header = records.next();
        if (header == null) {
            return;
        }
        for (int i = 0; i < header.length; i++) {
            String name = header[i].trim().toLowerCase(Locale.ROOT);
            int known = ActivityRowValidator.COLUMNS.indexOf(name);
            if (known < 0) {
                errors.accept(new RowError(1, name, "unknown column; columns are " + ActivityRowValidator.COLUMNS));
            } else {
                index[known] = i;
            }
        }
        for (String required : REQUIRED) {
            if (index[ActivityRowValidator.COLUMNS.indexOf(required)] < 0) {
                errors.accept(new RowError(1, required, "missing column"));
            }
        }
    }

    @Override
    public String[] next() throws IOException {
        String[] cells = records.next();
        if (cells == null) {
            return null;
        }
        String[] row = new String[index.length];
        for (int k = 0; k < index.length; k++) {
            int i = index[k];
            row[k] = i < 0 || i >= cells.length ? "" : cells[i];
        }
        return row;
    }

    @Override
    public long line() {
        return records.recordLine();
    }
}
