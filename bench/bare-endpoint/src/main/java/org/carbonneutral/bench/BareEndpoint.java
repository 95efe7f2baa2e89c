package org.carbonneutral.bench;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** One row by key through the reactive PostgreSQL client, answered as a line of JSON: the least a read can do. */
@Path("/bare")
public class BareEndpoint {

    private final Pool pool;

    public BareEndpoint(Pool pool) {
        this.pool = pool;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<String> row(@PathParam("id") UUID id) {
        return pool.preparedQuery("select version, digest from published_declaration where declaration_id = $1 "
                + "order by version desc limit 1").execute(Tuple.of(id)).map(rows -> {
                    if (rows.size() == 0) {
                        throw new NotFoundException();
                    }
                    Row row = rows.iterator().next();
                    return "{\"version\":" + row.getInteger("version") + ",\"digest\":\"" + row.getString("digest")
                            + "\"}";
                });
    }
}
