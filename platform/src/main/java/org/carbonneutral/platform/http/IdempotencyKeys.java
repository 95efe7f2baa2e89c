package org.carbonneutral.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.carbonneutral.platform.problem.Problem;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on every POST marked {@link Idempotent} (IETF draft-ietf-httpapi-idempotency-key-header): the first request with a
 * key is processed and its successful (2xx) answer — status, body, Location, ETag — kept for 24 hours per tenant and
 * key; a repeat of the same request (same path, same body) gets that answer again with {@code Idempotent-Replayed:
 * true} and changes nothing. The same key with another body or path is a 422; a repeat while the first is still being
 * processed is a 409 with Retry-After. An answer that is not a success is not kept, so the request may be corrected
 * and sent again under the same key. Requests without a key, and unauthenticated ones, pass untouched.
 */
@Singleton
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final Duration KEPT = Duration.ofHours(24);
    /** A request still "processing" after this long was lost (its process stopped); its key may be used again. */
    static final Duration ABANDONED = Duration.ofMinutes(2);
    private static final String CLAIMED = IdempotencyKeys.class.getName() + ".claimed";

    private final Pool pool;
    private final ObjectMapper mapper;
    private final CurrentIdentityAssociation identity;

    public IdempotencyKeys(Pool pool, ObjectMapper mapper, CurrentIdentityAssociation identity) {
        this.pool = pool;
        this.mapper = mapper;
        this.identity = identity;
    }

    private record Claim(String tenant, String key) {
    }

    @Idempotent
    @ServerRequestFilter(readBody = true, priority = Priorities.USER + 100)
    public Uni<Response> claim(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return Uni.createFrom().nullItem();
        }
        if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            return Uni.createFrom().item(problem(400, "validation", "Invalid request", HEADER + ": 1 to 255 visible ASCII "
                    + "characters, e.g. a UUID", null));
        }
        byte[] body = body(request);
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String hash = sha256(path, body);
        return identity.getDeferredIdentity().onItem().transformToUni(id -> {
            String tenant = tenant(id);
            if (tenant == null) {
                return Uni.createFrom().<Response>nullItem();
            }
            return pool.preparedQuery("insert into idempotency_key (tenant, key, request_hash, path, created_at) "
                            + "values ($1, $2, $3, $4, now()) on conflict (tenant, key) do update set request_hash = "
                            + "excluded.request_hash, path = excluded.path, state = 'processing', status = null, "
                            + "content_type = null, body = null, location = null, etag = null, created_at = now() "
                            + "where idempotency_key.created_at < now() - $5 * interval '1 second' or (idempotency_key.state = "
                            + "'processing' and idempotency_key.created_at < now() - $6 * interval '1 second') returning key")
                    .execute(Tuple.of(tenant, key, hash, path, KEPT.toSeconds(), ABANDONED.toSeconds()))
                    .onItem().transformToUni(inserted -> {
                        if (inserted.rowCount() == 1) {
                            request.setProperty(CLAIMED, new Claim(tenant, key));
                            return Uni.createFrom().<Response>nullItem();
                        }
                        return pool.preparedQuery("select request_hash, path, state, status, content_type, body, location, "
                                + "etag from idempotency_key where tenant = $1 and key = $2")
                                .execute(Tuple.of(tenant, key)).map(rows -> earlier(rows, hash, path));
                    });
        });
    }

    private static Response earlier(RowSet<Row> rows, String hash, String path) {
        if (!rows.iterator().hasNext()) {
            return problem(409, "idempotency-key-in-use", "Conflict", "a request with this " + HEADER + " is being "
                    + "processed; send it again shortly", "1");
        }
        Row r = rows.iterator().next();
        if (!r.getString("request_hash").equals(hash)) {
            return problem(422, "idempotency-key-reused", "Idempotency-Key reused", "this " + HEADER + " was used for "
                    + "another request (" + (r.getString("path").equals(path) ? "another body" : "POST " + r.getString("path"))
                    + "); use a new key for a new request", null);
        }
        if (!"done".equals(r.getString("state"))) {
            return problem(409, "idempotency-key-in-use", "Conflict", "the first request with this " + HEADER + " is still "
                    + "being processed; send it again shortly", "1");
        }
        Response.ResponseBuilder replay = Response.status(r.getInteger("status")).header(REPLAYED, "true");
        if (r.getString("body") != null) {
            replay.entity(r.getString("body")).type(r.getString("content_type"));
        }
        if (r.getString("location") != null) {
            replay.header(HttpHeaders.LOCATION, r.getString("location"));
        }
        if (r.getString("etag") != null) {
            replay.header(HttpHeaders.ETAG, r.getString("etag"));
        }
        return replay.build();
    }

    @Idempotent
    @ServerResponseFilter
    public Uni<Void> keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claim claim)) {
            return Uni.createFrom().voidItem();
        }
        request.removeProperty(CLAIMED);
        if (response.getStatus() < 200 || response.getStatus() > 299) {
            return pool.preparedQuery("delete from idempotency_key where tenant = $1 and key = $2 and state = 'processing'")
                    .execute(Tuple.of(claim.tenant(), claim.key())).replaceWithVoid();
        }
        Object entity = response.getEntity();
        String body;
        try {
            body = entity == null ? null : entity instanceof String s ? s : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            body = null;
        }
        String type = response.getMediaType() == null ? null : response.getMediaType().toString();
        return pool.preparedQuery("update idempotency_key set state = 'done', status = $3, content_type = $4, body = $5, "
                        + "location = $6, etag = $7 where tenant = $1 and key = $2")
                .execute(Tuple.tuple().addString(claim.tenant()).addString(claim.key()).addInteger(response.getStatus())
                        .addString(type).addString(body).addString(header(response, HttpHeaders.LOCATION))
                        .addString(header(response, HttpHeaders.ETAG)))
                .replaceWithVoid();
    }

    private static String header(ContainerResponseContext response, String name) {
        Object v = response.getHeaders().getFirst(name);
        return v == null ? null : v.toString();
    }

    private static String tenant(SecurityIdentity id) {
        if (id == null || id.isAnonymous() || !(id.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        Object claim = jwt.getClaim("tenant");
        String tenant = claim == null ? null : claim.toString().replace("\"", "");
        return tenant == null || tenant.isBlank() ? null : tenant;
    }

    private static byte[] body(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return new byte[0];
        }
        try {
            byte[] bytes = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(bytes));
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String path, byte[] body) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(path.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(body);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response problem(int status, String slug, String title, String detail, String retryAfter) {
        Response.ResponseBuilder b = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + slug, title, status, detail, null, null));
        if (retryAfter != null) {
            b.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return b.build();
    }
}
