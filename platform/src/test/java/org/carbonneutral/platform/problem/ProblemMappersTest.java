package org.carbonneutral.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.impl.NoStackTraceThrowable;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.carbonneutral.contracts.json.Json;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anUnavailableDatabaseIsA503WithRetryAfter() {
        Response r = mappers.unexpected(new RuntimeException(new SQLException("Connection refused", "08001")));
        assertEquals(503, r.getStatus());
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
        assertEquals("5", r.getHeaderString("Retry-After"));
        Problem p = Json.read(r.getEntity().toString(), Problem.class);
        assertEquals(Problem.TYPE_BASE + "unavailable", p.type());
        assertTrue(p.detail().contains("nothing was changed"), p.detail());
        assertEquals(503, mappers.unexpected(new NoStackTraceThrowable("Pool closed")).getStatus());
    }

    @Test
    void aBugIsA500WithAnIncidentAndNoRetryAfter() {
        Response r = mappers.unexpected(new IllegalStateException("bug"));
        assertEquals(500, r.getStatus());
        assertNull(r.getHeaderString("Retry-After"));
        assertTrue(Json.read(r.getEntity().toString(), Problem.class).detail().contains("incident"));
    }
}
