package org.carbonneutral.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.contracts.events.DeclarationOpened;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.PathwayApproved;
import org.carbonneutral.contracts.json.Json;
import org.junit.jupiter.api.Test;

class EventsTest {

    @Test
    void envelopeRoundTripsThroughJson() {
        UUID id = UUID.randomUUID();
        var opened = new DeclarationOpened(id, SubjectType.ORGANISATION, "Acme", "All sites", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), ClaimStandard.PAS_2060);
        CloudEvent event = Events.envelope(EventType.DECLARATION_OPENED, "/disclosure-service", "t1", id, opened);
        CloudEvent parsed = Events.parse(Json.write(event));
        assertEquals("1.0", parsed.specversion());
        assertEquals("disclosure.DeclarationOpened", parsed.type());
        assertEquals(id, parsed.declarationId());
        assertEquals("t1", parsed.tenant());
        assertEquals(opened, Events.payload(parsed, DeclarationOpened.class));
        assertEquals("2025-12-31", parsed.data().get("periodEnd").asText());
    }

    @Test
    void anApprovalNamesWhatItWasCheckedAgainstWithoutCarryingItTwice() {
        UUID id = UUID.randomUUID();
        var approved = new PathwayApproved(id, 4, 2, "digest", "approver", OffsetDateTime.parse("2026-01-05T10:00:00Z"),
                List.of(), null);
        assertEquals(Map.of(Parts.INVENTORY, 2), approved.checkedAgainst());
        CloudEvent event = Events.envelope(EventType.PATHWAY_APPROVED, "/pathway-service", "t1", id, approved);
        assertFalse(event.data().has("checkedAgainst"), "the event carries inventoryRevision once");
        assertEquals(approved, Events.payload(Events.parse(Json.write(event)), PathwayApproved.class));
        assertEquals(Map.of(), new InventoryApproved(id, 1, "d", "a", OffsetDateTime.now(), List.of(), null).checkedAgainst());
    }

    @Test
    void rejectsWhatIsNotASuiteEvent() {
        assertThrows(IllegalArgumentException.class, () -> Events.parse("not json"));
        assertThrows(IllegalArgumentException.class, () -> Events.parse("{\"specversion\":\"1.0\"}"));
        assertThrows(IllegalArgumentException.class, () -> Events.parse(
                "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"x\",\"subject\":\"not-a-uuid\","
                        + "\"tenant\":\"t\",\"data\":{}}"));
    }

    @Test
    void digestIsCanonicalWhateverTheKeyOrder() {
        String a = Json.sha256(Map.of("b", new BigDecimal("1.500"), "a", "x"));
        String b = Json.sha256(Json.read("{\"a\":\"x\",\"b\":1.500}", Object.class));
        assertEquals(a, b);
        assertNotEquals(a, Json.sha256(Map.of("b", new BigDecimal("1.501"), "a", "x")));
        assertEquals(64, a.length());
    }
}
