package org.carbonneutral.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carbonneutral.contracts.json.Json;
import org.junit.jupiter.api.Test;

class AsyncApiDocumentTest {

    @Test
    void checkedInDocumentMatchesThePayloadRecords() throws Exception {
        Path file = Path.of("asyncapi.json");
        String expected = AsyncApiDocument.generate();
        assertEquals(expected, Files.readString(file),
                "contracts/asyncapi.json is stale: regenerate it with AsyncApiDocument.main(\"asyncapi.json\")");
    }

    @Test
    void everyEventTypeHasAMessageWithEveryPayloadField() throws Exception {
        JsonNode doc = Json.mapper().readTree(AsyncApiDocument.generate());
        for (EventType type : EventType.values()) {
            JsonNode payload = doc.at("/components/messages/" + type.payloadType().getSimpleName() + "/payload/properties");
            assertTrue(payload.isObject(), "no message for " + type);
            for (var rc : type.payloadType().getRecordComponents()) {
                assertTrue(payload.has(rc.getName()), type + " lacks " + rc.getName());
            }
            assertEquals(type.topic(), doc.at("/channels/" + type.topic().replace('.', '_') + "/address").asText());
        }
        assertEquals("number", doc.at("/components/messages/InventoryApproved/payload/properties/snapshot/properties/residualTco2e/type").asText());
        assertEquals("uuid", doc.at("/components/messages/DeclarationOpened/payload/properties/declarationId/format").asText());
    }
}
