package org.carbonneutral.inventory.factors;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the reference tables (RFC 4180 CSV, quoted multi-line cells, optional BOM) into rows of trimmed cells. */
final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private Csv() {
    }

    static List<List<String>> rows(String resource) {
        try (InputStream in = Csv.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference table " + resource + " is missing");
            }
            return rows(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> rows(InputStream in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(in)) {
            while (it.hasNext()) {
                String[] cells = it.next();
                List<String> row = new ArrayList<>(cells.length);
                for (String c : cells) {
                    row.add(c == null ? "" : c.replace("\uFEFF", "").trim());
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }
}
