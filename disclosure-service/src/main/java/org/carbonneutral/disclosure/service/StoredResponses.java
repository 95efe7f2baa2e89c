package org.carbonneutral.disclosure.service;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * HTTP answers of stored representations: a strong {@code ETag} (the SHA-256 of the bytes sent), {@code 304} when the
 * client holds them ({@code If-None-Match}), the gzip form when the client accepts it, and caching fit for the URL: a
 * version's URL ({@code ?version=n}) names bytes that are kept as they are, a declaration's URL names whatever version
 * is latest now.
 */
public final class StoredResponses {

    /**
     * A version's own URL ({@code ?version=n}): its claim never changes, but a withdrawal marks its page and a newer
     * version is added to its history, so caches keep it five minutes (and revalidate by ETag), never for good: a
     * withdrawn claim must not go on looking valid from a cache.
     */
    public static final String VERSIONED = "public, max-age=300";
    /** The latest version: a newer one or a withdrawal shows within a minute. */
    public static final String LATEST = "public, max-age=60";

    private StoredResponses() {
    }

    public static RestResponse<byte[]> respond(PublicRendering r, String contentType, boolean versioned,
            String ifNoneMatch, String acceptEncoding, String vary, String contentLanguage) {
        boolean gzip = acceptsGzip(acceptEncoding);
        String etag = '"' + (gzip ? r.etagGzip() : r.etag()) + '"';
        RestResponse.ResponseBuilder<byte[]> answer;
        if (matches(ifNoneMatch, etag)) {
            answer = RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED);
        } else {
            answer = RestResponse.ResponseBuilder.ok(gzip ? r.gzip() : r.body(), contentType);
            if (gzip) {
                answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
        if (contentLanguage != null) {
            answer.header(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
        }
        return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, versioned ? VERSIONED : LATEST)
                .header(HttpHeaders.VARY, vary).build();
    }

    /** Whether Accept-Encoding admits gzip (named, or "*", without q=0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean gzip = false;
        boolean refused = false;
        for (String part : acceptEncoding.split(",")) {
            String[] params = part.split(";");
            String coding = params[0].trim().toLowerCase(Locale.ROOT);
            boolean zero = false;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
                if (p.startsWith("q=")) {
                    try {
                        zero = Double.parseDouble(p.substring(2)) <= 0;
                    } catch (NumberFormatException e) {
                        zero = true;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                if (zero) {
                    refused = true;
                } else {
                    gzip = true;
                }
            } else if (coding.equals("*") && !zero) {
                gzip = true;
            }
        }
        return gzip && !refused;
    }

    /** If-None-Match (weak comparison, as RFC 9110 asks for it): "*" or any listed tag equal to {@code etag}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
