package org.carbonneutral.platform.edge;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.carbonneutral.platform.problem.Problem;
import org.jboss.logging.Logger;

/**
 * The first handler of every request, in every service (OWASP API4 and API8, 2023):
 * <ul>
 * <li>unauthenticated public reads and refused tokens (401 to a request carrying one) are limited per client address (token buckets,
 * {@link EdgeConfig}): beyond the limit a 429 problem+json with {@code Retry-After};</li>
 * <li>a body announced larger than {@code suite.edge.max-body} is a 413 before it is read (uploads stream and are
 * exempt by path);</li>
 * <li>every answer carries the security headers: a {@code Content-Security-Policy} without inline script or style
 * and {@code frame-ancestors 'none'}, {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy},
 * {@code X-Frame-Options}, and HSTS on answers sent over TLS (directly, or behind a proxy when
 * {@code quarkus.http.proxy.*} trusts its forwarded headers).</li>
 * </ul>
 * The client address is the connection's peer, or the forwarded one where the proxy is trusted; a proxy not
 * configured as trusted cannot spoof it.
 */
@Singleton
public class EdgeGuard {

    private static final Logger LOG = Logger.getLogger(EdgeGuard.class);

    /** Pages and documents: nothing but the service's own style sheets and images, never framed. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";
    /** Swagger UI runs its own inline script: it keeps only the framing rule. */
    static final String CSP_TOOLS = "frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final EdgeConfig config;
    private final TokenBuckets publicReads;
    private final TokenBuckets tokenFailures;
    private final Pattern streamed;

    public EdgeGuard(EdgeConfig config) {
        this.config = config;
        this.publicReads = new TokenBuckets(config.publicReads().burst(), config.publicReads().perSecond());
        this.tokenFailures = new TokenBuckets(config.tokenFailures().burst(), config.tokenFailures().perSecond());
        this.streamed = config.streamedPaths().map(Pattern::compile).orElse(null);
    }

    void install(@Observes Router router, Vertx vertx) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::handle);
        vertx.setPeriodic(60_000, id -> {
            publicReads.sweep();
            tokenFailures.sweep();
        });
    }

    void started(@Observes StartupEvent event) {
        LOG.debugf("edge limits: public reads %s, token failures %s, max body %d bytes", config.publicReads().enabled(),
                config.tokenFailures().enabled(), config.maxBody());
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = request.path();
        String client = client(request);
        boolean authenticated = request.headers().contains(HttpHeaders.AUTHORIZATION);
        rc.addHeadersEndHandler(v -> headersEnd(rc, path, client, authenticated));
        if (authenticated && config.tokenFailures().enabled()) {
            long wait = tokenFailures.take(client, 0);
            if (wait > 0) {
                refuse(rc, 429, "too-many-requests", "Too many requests", "Too many requests with a token that was "
                        + "refused came from this address; try again after " + wait + " s (Retry-After).", wait);
                return;
            }
        }
        if (!authenticated && config.publicReads().enabled() && isPublicRead(request.method(), path)) {
            long wait = publicReads.take(client);
            if (wait > 0) {
                refuse(rc, 429, "too-many-requests", "Too many requests", "This address reads the public pages faster "
                        + "than allowed; try again after " + wait + " s (Retry-After).", wait);
                return;
            }
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && (streamed == null || !streamed.matcher(path).matches())) {
            long bytes;
            try {
                bytes = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                bytes = -1;
            }
            if (bytes > config.maxBody()) {
                refuse(rc, 413, "body-too-large", "Request body too large", "This endpoint accepts bodies of at most "
                        + config.maxBody() + " bytes; this one announces " + bytes + ".", 0);
                return;
            }
        }
        rc.next();
    }

    private void headersEnd(RoutingContext rc, String path, String client, boolean authenticated) {
        HttpServerResponse response = rc.response();
        boolean tools = path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev-ui");
        response.headers()
                .set("Content-Security-Policy", tools ? CSP_TOOLS : CSP)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("X-Frame-Options", "DENY");
        if (rc.request().isSSL() || "https".equalsIgnoreCase(rc.request().scheme())) {
            response.headers().set("Strict-Transport-Security", HSTS);
        }
        if (authenticated && response.getStatusCode() == 401 && config.tokenFailures().enabled()) {
            tokenFailures.take(client);
        }
    }

    static boolean isPublicRead(HttpMethod method, String path) {
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && (path.startsWith("/public/") || path.startsWith("/api/public/"));
    }

    private static String client(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    private static void refuse(RoutingContext rc, int status, String type, String title, String detail, long retryAfter) {
        HttpServerResponse response = rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (retryAfter > 0) {
            response.putHeader("Retry-After", Long.toString(retryAfter));
        }
        if (status == 413) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end("{\"type\":\"" + Problem.TYPE_BASE + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
