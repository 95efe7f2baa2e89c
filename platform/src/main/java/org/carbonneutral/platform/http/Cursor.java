package org.carbonneutral.platform.http;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * A position in a list ordered newest first by (time, id): opaque to clients (base64url of "time|id"), stable while
 * rows are added, and never skipping or repeating a row. A page of {@code limit} rows carries a {@code Link} header
 * with {@code rel="next"} when more follow.
 */
public record Cursor(OffsetDateTime at, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back; a 400 naming {@code cursor} when it is not one the suite gave. */
    public static Cursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            return new Cursor(OffsetDateTime.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw ProblemException.invalid("cursor", "not a cursor of this list: pass the one in the previous page's "
                    + "Link header (rel=\"next\") unchanged");
        }
    }

    /** The Link header value of the next page: {@code <path?limit=n&cursor=c>; rel="next"}. */
    public static String nextLink(String path, int limit, Cursor next) {
        return "<" + path + "?limit=" + limit + "&cursor=" + next.encode() + ">; rel=\"next\"";
    }
}
