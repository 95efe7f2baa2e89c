package org.carbonneutral.platform.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeSet;

/**
 * The difference between two JSON documents as a JSON Patch (RFC 6902): the {@code add}, {@code remove} and
 * {@code replace} operations that turn {@code from} into {@code to}, with JSON Pointer paths (RFC 6901). Objects are
 * compared member by member (in name order), arrays element by element; a number compares by value and scale, so
 * {@code 1.50} and {@code 1.5} differ as the documents do.
 */
public final class JsonPatch {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonPatch() {
    }

    public static ArrayNode diff(JsonNode from, JsonNode to) {
        ArrayNode ops = NODES.arrayNode();
        diff("", missingAsNull(from), missingAsNull(to), ops);
        return ops;
    }

    private static JsonNode missingAsNull(JsonNode node) {
        return node == null || node.isMissingNode() ? NODES.nullNode() : node;
    }

    private static void diff(String path, JsonNode from, JsonNode to, ArrayNode ops) {
        if (from.isObject() && to.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            from.fieldNames().forEachRemaining(names::add);
            to.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = path + "/" + escape(name);
                if (!to.has(name)) {
                    ops.add(op("remove", child, null));
                } else if (!from.has(name)) {
                    ops.add(op("add", child, to.get(name)));
                } else {
                    diff(child, from.get(name), to.get(name), ops);
                }
            }
        } else if (from.isArray() && to.isArray()) {
            int common = Math.min(from.size(), to.size());
            for (int i = 0; i < common; i++) {
                diff(path + "/" + i, from.get(i), to.get(i), ops);
            }
            for (int i = common; i < to.size(); i++) {
                ops.add(op("add", path + "/-", to.get(i)));
            }
            // removed from the end, last first, so that each index is still valid when it is applied
            for (int i = from.size() - 1; i >= common; i--) {
                ops.add(op("remove", path + "/" + i, null));
            }
        } else if (!sameValue(from, to)) {
            ops.add(op("replace", path, to));
        }
    }

    /** Leaves compare by value; numbers also by scale (Jackson's own equality ignores it). */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().equals(b.decimalValue());
        }
        return a.equals(b);
    }

    private static ObjectNode op(String op, String path, JsonNode value) {
        ObjectNode node = NODES.objectNode().put("op", op).put("path", path);
        if (value != null) {
            node.set("value", value);
        }
        return node;
    }

    /** RFC 6901: "~" is "~0" and "/" is "~1". */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Applies {@code patch} (as {@link #diff} writes it) to a copy of {@code document}: what a reader would do with it. */
    public static JsonNode apply(JsonNode document, ArrayNode patch) {
        JsonNode root = missingAsNull(document).deepCopy();
        for (JsonNode op : patch) {
            String path = op.get("path").asText();
            if (path.isEmpty()) {
                root = op.get("value").deepCopy();
                continue;
            }
            int slash = path.lastIndexOf('/');
            JsonNode parent = root.at(path.substring(0, slash));
            String last = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
            String kind = op.get("op").asText();
            if (parent instanceof ObjectNode object) {
                if (kind.equals("remove")) {
                    object.remove(last);
                } else {
                    object.set(last, op.get("value").deepCopy());
                }
            } else if (parent instanceof ArrayNode array) {
                if (kind.equals("remove")) {
                    array.remove(Integer.parseInt(last));
                } else if (last.equals("-")) {
                    array.add(op.get("value").deepCopy());
                } else {
                    array.set(Integer.parseInt(last), op.get("value").deepCopy());
                }
            } else {
                throw new IllegalArgumentException("no container at " + path);
            }
        }
        return root;
    }
}
