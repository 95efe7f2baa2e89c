package org.carbonneutral.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class JsonPatchTest {

    static final ObjectMapper MAPPER = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void membersAddedRemovedAndReplacedInNameOrder() throws Exception {
        JsonNode from = json("{\"b\":1,\"a\":{\"x\":\"old\",\"gone\":true},\"s/t\":1}");
        JsonNode to = json("{\"b\":1,\"a\":{\"x\":\"new\",\"new\":[1]},\"s/t\":2}");
        ArrayNode patch = JsonPatch.diff(from, to);
        assertEquals(json("[{\"op\":\"remove\",\"path\":\"/a/gone\"},{\"op\":\"add\",\"path\":\"/a/new\",\"value\":[1]},"
                + "{\"op\":\"replace\",\"path\":\"/a/x\",\"value\":\"new\"},{\"op\":\"replace\",\"path\":\"/s~1t\",\"value\":2}]"),
                patch);
        assertEquals(to, JsonPatch.apply(from, patch));
    }

    @Test
    void arraysElementByElementAndTheirTailsAddedOrRemoved() throws Exception {
        JsonNode from = json("{\"sources\":[{\"q\":1},{\"q\":2},{\"q\":3}]}");
        JsonNode shorter = json("{\"sources\":[{\"q\":1},{\"q\":5}]}");
        JsonNode longer = json("{\"sources\":[{\"q\":1},{\"q\":2},{\"q\":3},{\"q\":4},{\"q\":5}]}");
        assertEquals(json("[{\"op\":\"replace\",\"path\":\"/sources/1/q\",\"value\":5},"
                + "{\"op\":\"remove\",\"path\":\"/sources/2\"}]"), JsonPatch.diff(from, shorter));
        assertEquals(shorter, JsonPatch.apply(from, JsonPatch.diff(from, shorter)));
        assertEquals(longer, JsonPatch.apply(from, JsonPatch.diff(from, longer)));
        assertEquals(from, JsonPatch.apply(longer, JsonPatch.diff(longer, from)));
    }

    @Test
    void aChangedScaleIsAChangeAndEqualDocumentsHaveNone() throws Exception {
        assertEquals(1, JsonPatch.diff(json("{\"t\":1.50}"), json("{\"t\":1.5}")).size());
        assertEquals(0, JsonPatch.diff(json("{\"t\":1.50,\"u\":[]}"), json("{\"u\":[],\"t\":1.50}")).size());
        assertEquals(json("[{\"op\":\"replace\",\"path\":\"\",\"value\":{\"a\":1}}]"), JsonPatch.diff(null, json("{\"a\":1}")));
    }
}
