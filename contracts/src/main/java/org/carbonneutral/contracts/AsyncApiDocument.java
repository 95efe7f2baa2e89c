package org.carbonneutral.contracts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.carbonneutral.contracts.json.Json;

/**
 * Generates the AsyncAPI 3.0 document of the suite's events from the payload records themselves, so the document
 * cannot drift from the code: {@code contracts/asyncapi.json} is checked against this output by a test.
 * Run {@code java -cp contracts/target/classes:... org.carbonneutral.contracts.AsyncApiDocument FILE} to rewrite it.
 */
public final class AsyncApiDocument {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AsyncApiDocument() {
    }

    public static String generate() {
        ObjectNode doc = F.objectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Carbon-neutrality declaration suite events");
        info.put("version", "1");
        info.put("description", "Every record is a CloudEvents 1.0 JSON envelope (structured mode) whose key is the "
                + "declaration id; 'subject' is the declaration id and the extension attribute 'tenant' names the tenant; the "
                + "extension attribute 'traceparent' (CloudEvents Distributed Tracing), also sent as the record header "
                + "'traceparent', is the W3C trace context of the change that recorded the event. "
                + "The schemas below describe the envelope's 'data'. Numbers in tCO2e are exact decimals.");
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode messages = doc.putObject("components").putObject("messages");
        Set<String> topics = new TreeSet<>();
        Arrays.stream(EventType.values()).forEach(t -> topics.add(t.topic()));
        for (String topic : topics) {
            String channelId = topic.replace('.', '_');
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", topic);
            ObjectNode channelMessages = channel.putObject("messages");
            ArrayNode refs = F.arrayNode();
            for (EventType type : EventType.values()) {
                if (!type.topic().equals(topic)) {
                    continue;
                }
                String name = type.payloadType().getSimpleName();
                channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
                refs.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + name);
                ObjectNode message = messages.putObject(name);
                message.put("name", type.ceType());
                message.put("contentType", "application/cloudevents+json");
                message.put("summary", "CloudEvents type " + type.ceType() + " on topic " + topic);
                message.set("payload", schema(type.payloadType()));
            }
            ObjectNode op = operations.putObject("publish_" + channelId);
            op.put("action", "send");
            op.putObject("channel").put("$ref", "#/channels/" + channelId);
            op.set("messages", refs);
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode schema(Type type) {
        ObjectNode s = F.objectNode();
        if (type instanceof ParameterizedType p) {
            s.put("type", "array");
            s.set("items", schema(p.getActualTypeArguments()[0]));
            return s;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            s.put("type", "string");
        } else if (c == UUID.class) {
            s.put("type", "string").put("format", "uuid");
        } else if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
            s.put("type", "integer");
        } else if (c == BigDecimal.class) {
            s.put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            s.put("type", "boolean");
        } else if (c == LocalDate.class) {
            s.put("type", "string").put("format", "date");
        } else if (c == OffsetDateTime.class) {
            s.put("type", "string").put("format", "date-time");
        } else if (c.isEnum()) {
            s.put("type", "string");
            ArrayNode values = s.putArray("enum");
            Arrays.stream(c.getEnumConstants()).forEach(v -> values.add(((Enum<?>) v).name()));
        } else if (c.isRecord()) {
            s.put("type", "object");
            ObjectNode props = s.putObject("properties");
            Set<String> required = new LinkedHashSet<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                props.set(rc.getName(), schema(rc.getGenericType()));
                if (rc.getType().isPrimitive()) {
                    required.add(rc.getName());
                }
            }
            ArrayNode req = s.putArray("required");
            required.forEach(req::add);
        } else {
            throw new IllegalArgumentException("no schema mapping for " + c);
        }
        return s;
    }

    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[0]), generate());
    }
}
