package org.carbonneutral.inventory.upload;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import org.carbonneutral.contracts.json.Json;

/**
 * JSON-lines activity rows: one object a line, blank lines skipped. A line that is not a JSON object, or a field that
 * is not one of the columns, is an error of that line; a value is taken as text (numbers as written), null as "".
 */
final class JsonLinesActivityRows implements ActivityRows {

    private final BufferedReader lines;
    private final Consumer<RowError> errors;
    private long line;
    private long rowLine;
    private String[] row;

    JsonLinesActivityRows(InputStream in, Consumer<RowError> errors) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.errors = errors;
    }

    @Override
    public boolean next() throws IOException {
        row = read();
        return row != null;
    }

    @Override
    public String[] cells() {
        return row;
    }

    private String[] read() throws IOException {
        String text;
        do {
            text = lines.readLine();
            line++;
        } while (text != null && text.isBlank());
        if (text == null) {
            return null;
        }
        long at = line;
        rowLine = at;
        JsonNode node;
        try {
            node = Json.mapper().readTree(text);
        } catch (IOException e) {
            node = null;
        }
        String[] row = new String[ActivityRowValidator.COLUMNS.size()];
        if (node == null || !node.isObject()) {
            errors.accept(new RowError(at, "", "not a JSON object"));
            Arrays.fill(row, "");
            return row;
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!ActivityRowValidator.COLUMNS.contains(f)) {
                errors.accept(new RowError(at, f, "unknown field; fields are " + ActivityRowValidator.COLUMNS));
            }
        });
        for (int k = 0; k < row.length; k++) {
            JsonNode v = node.path(ActivityRowValidator.COLUMNS.get(k));
            row[k] = v.isNull() || v.isMissingNode() ? "" : v.asText("").trim();
        }
        return row;
    }

    @Override
    public long line() {
        return rowLine;
    }
}
