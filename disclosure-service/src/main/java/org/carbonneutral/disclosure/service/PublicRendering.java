package org.carbonneutral.disclosure.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One stored representation of one published version: its bytes, their gzip form and the SHA-256 of each (the strong
 * entity tags).
 */
public record PublicRendering(int version, byte[] body, byte[] gzip, String etag, String etagGzip) {

    public static final String JSON = "json";

    /** The page's representation in {@code language} (zh-TW or en). */
    public static String html(String language) {
        return "html:" + language;
    }

    /** A representation of freshly rendered bytes: gzip-compressed and digested once. */
    public static PublicRendering of(int version, byte[] body) {
        byte[] gzip = gzip(body);
        return new PublicRendering(version, body, gzip, sha256(body), sha256(gzip));
    }

    /** The size held in memory, for the cache's bound. */
    int weight() {
        return body.length + gzip.length + 256;
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
