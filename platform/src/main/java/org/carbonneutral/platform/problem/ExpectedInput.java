package org.carbonneutral.platform.problem;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a field of a request body expects, in words, and the JSON type given instead when it is another one
 * ("expected a number, not a string"); never a Java class name.
 */
final class ExpectedInput {

    private enum JsonType {
        STRING("a string"), NUMBER("a number"), BOOLEAN("a boolean"), ARRAY("an array"), OBJECT("an object");

        final String words;

        JsonType(String words) {
            this.words = words;
        }
    }

    /** Jackson names the JSON type it was given in its message: "from String value", "Cannot coerce Integer value". */
    private static final Pattern GIVEN = Pattern.compile("(?:from|coerce) (empty String|blank String|String|Integer"
            + "|Floating-point|Number|number|Boolean|Object|Array)\\b");

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
            Short.class, short.class, Byte.class, byte.class, BigInteger.class);

    private ExpectedInput() {
    }

    static String of(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        JsonType given = given(e);
        return given == null || given == jsonTypeOf(type) ? "expected " + describe(type)
                : "expected " + describe(type) + ", not " + given.words;
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date (yyyy-MM-dd)";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return jsonTypeOf(type).words;
    }

    /** The JSON type a value of {@code type} is written as. */
    private static JsonType jsonTypeOf(Class<?> type) {
        if (type == String.class || type.isEnum() || type == LocalDate.class || type == UUID.class) {
            return JsonType.STRING;
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return JsonType.NUMBER;
        }
        if (type == Boolean.class || type == boolean.class) {
            return JsonType.BOOLEAN;
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return JsonType.ARRAY;
        }
        return JsonType.OBJECT;
    }

    /** The JSON type of the value given, where Jackson tells it. */
    private static JsonType given(MismatchedInputException e) {
        if (e instanceof InvalidFormatException f && f.getValue() != null) {
            Object value = f.getValue();
            return value instanceof String ? JsonType.STRING : value instanceof Number ? JsonType.NUMBER
                    : value instanceof Boolean ? JsonType.BOOLEAN : null;
        }
        Matcher m = GIVEN.matcher(String.valueOf(e.getOriginalMessage()));
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "empty String", "blank String", "String" -> JsonType.STRING;
            case "Integer", "Floating-point", "Number", "number" -> JsonType.NUMBER;
            case "Boolean" -> JsonType.BOOLEAN;
            case "Array" -> JsonType.ARRAY;
            default -> JsonType.OBJECT;
        };
    }
}
