package org.carbonneutral.inventory.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.carbonneutral.platform.csv.CsvReader;

/**
 * CSV activity rows: the header names the columns, in any order (case and spaces aside); an unknown column or a missing
 * required one (source, quantity, unit) is an error of line 1. Streams through the suite's {@link CsvReader}, whose
 * cells it offers as bytes ({@link #bytes()}) as well as decoded.
 */
final class CsvActivityRows implements ActivityRows, ActivityRows.RowBytes {

    private static final List<String> REQUIRED = List.of("source", "quantity", "unit");

    private final CsvReader records;
    /** For each of {@link ActivityRowValidator#COLUMNS}, its position in the file, or -1. */
    private final int[] index = new int[ActivityRowValidator.COLUMNS.size()];

    CsvActivityRows(InputStream in, Consumer<RowError> errors) throws IOException {
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
    public boolean next() throws IOException {
        return records.nextRecord();
    }

    @Override
    public String[] cells() {
        String[] row = new String[index.length];
        for (int k = 0; k < index.length; k++) {
            int i = index[k];
            row[k] = i < 0 ? "" : records.cell(i);
        }
        return row;
    }

    @Override
    public RowBytes bytes() {
        return this;
    }

    @Override
    public byte[] buffer() {
        return records.buffer();
    }

    @Override
    public int start(int column) {
        int i = index[column];
        return i < 0 || i >= records.cells() ? 0 : records.start(i);
    }

    @Override
    public int end(int column) {
        int i = index[column];
        return i < 0 || i >= records.cells() ? 0 : records.end(i);
    }

    @Override
    public long line() {
        return records.recordLine();
    }
}
