package org.carbonneutral.offset.registry;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSV file with a header row, read as one map per row (quoted fields may span lines; a leading BOM is dropped). */
public final class CsvTable {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private CsvTable() {
    }

    public static List<Map<String, String>> read(Reader in) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(',');
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema).readValues(in)) {
            while (it.hasNext()) {
                Map<String, String> row = new LinkedHashMap<>();
                it.next().forEach((k, v) -> row.put(k.startsWith("\uFEFF") ? k.substring(1).trim() : k.trim(), v));
                rows.add(row);
            }
        }
        return rows;
    }
}
