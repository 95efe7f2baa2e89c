package org.carbonneutral.platform.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Reads the columns of a native query's row, whichever Java type the driver hands a value as. */
public final class NativeRows {

    private NativeRows() {
    }

    /** A {@code timestamptz} column as an instant in UTC. */
    public static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime l) {
            return l.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }

    /** A {@code uuid} column. */
    public static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    /** A {@code date} column, or null. */
    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : value instanceof java.sql.Date d ? d.toLocalDate()
                : LocalDate.parse(value.toString());
    }
}
