package org.carbonneutral.offset.serial;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a registry's serial number into its {@link SerialBlock}. The numbering space ({@code batchKey}) is chosen so
 * that two serials naming the same credit always collide: MOENV and Verra number their credits in one registry-wide
 * sequence (key "TW", and the unit type, e.g. "VCU"); Gold Standard numbers within an issuance batch ("batch 30256");
 * ACR, CAR and ART TREES within the serial's prefix (project, vintage, batch); CDM within the originating party and unit
 * type. A serial that does not match its registry's format is refused with the expected pattern.
 */
public final class SerialNumbers {

    private static final Pattern MOENV = Pattern.compile("TW-(\\d+)-(\\d+)-(\\d{9})-(\\d{9})-(\\d{2})-(\\d{2})-([A-Z]\\d{7})");
    private static final Pattern VERRA = Pattern.compile(
            "(\\d+)-(\\d+)-(\\d+)-([A-Z]+)-([A-Z]+)-(\\d+)-([A-Z]+)-([A-Z]{2})-(\\d+)-(\\d+)-(\\d{8})-(\\d{8})-(\\d+)");
    private static final Pattern GOLD_STANDARD = Pattern.compile(
            "(GS\\d+-\\d+)-([A-Z]{2})-(GS\\d+)-(\\d+)-(\\d{4})-(\\d+)-(\\d+)-(\\d+)");
    private static final Pattern ACR = Pattern.compile("(ACR-([A-Z]{2})-(\\d+)-(\\d{4})-(\\d+))-(\\d+) to (\\d+)");
    private static final Pattern CAR = Pattern.compile(
            "(CAR-([A-Z0-9]+)-([A-Z]{2})-(\\d+)-(\\d+)-(\\d+)-([A-Z]{2})-(\\d{4})-(\\d+))-(\\d+) to (\\d+)");
    private static final Pattern ART = Pattern.compile("(([A-Z]+)-([A-Z]{2})-(\\d+)-(\\d{4})-(\\d+))-(\\d+) to (\\d+)");
    private static final Pattern CDM = Pattern.compile("([A-Z]{2})-(\\d+)-(\\d+)-(\\d+)-(\\d+)-(\\d+)-(\\d+)-(\\d+)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{2,199}");
    private static final long MAX = 999_999_999_999_999L;

    private SerialNumbers() {
    }

    /**
     * The block {@code serial} names in {@code registry}. {@code quantity} is required for registries without ranges
     * and, when given for a ranged one, must equal the block's size.
     *
     * @throws InvalidSerialException naming the expected pattern, or the quantity that does not match
     */
    public static SerialBlock parse(Registry registry, String serial, Long quantity) {
        String s = serial == null ? "" : serial.trim();
        SerialBlock block = switch (registry) {
            case MOENV -> match(registry, MOENV, s, m -> block(registry, m.group(7), null, "TW", m.group(3), m.group(4)));
            case VERRA -> match(registry, VERRA, s, m -> block(registry, m.group(10),
                    Integer.parseInt(m.group(12).substring(4)), m.group(5), m.group(2), m.group(3)));
            case GOLD_STANDARD -> match(registry, GOLD_STANDARD, s, m -> block(registry, m.group(3),
                    Integer.parseInt(m.group(5)), "batch " + m.group(6), m.group(7), m.group(8)));
            case ACR -> match(registry, ACR, s, m -> block(registry, "ACR" + m.group(3), Integer.parseInt(m.group(4)),
                    m.group(1), m.group(6), m.group(7)));
            case CAR -> match(registry, CAR, s, m -> block(registry, "CAR" + m.group(4), Integer.parseInt(m.group(8)),
                    m.group(1), m.group(10), m.group(11)));
            case ART_TREES -> match(registry, ART, s, m -> block(registry, "ART" + m.group(4), Integer.parseInt(m.group(5)),
                    m.group(1), m.group(7), m.group(8)));
            case CDM -> match(registry, CDM, s, m -> block(registry, m.group(8), null, m.group(1) + "-" + m.group(2),
                    m.group(3), m.group(4)));
            case PURO_EARTH, GCC, PACM -> match(registry, IDENTIFIER, s, m -> {
                if (quantity == null) {
                    throw new InvalidSerialException(registry, "quantity", registry.title()
                            + " serials do not encode a range: state the quantity beside the serial");
                }
                return new SerialBlock(registry, null, null, s.toUpperCase(Locale.ROOT), 1, quantity);
            });
        };
        if (quantity != null && registry.ranged() && quantity != block.quantity()) {
            throw new InvalidSerialException(registry, "quantity", "the serial " + s + " names " + block.quantity()
                    + " credits (" + block.start() + ".." + block.end() + "), not " + quantity);
        }
        return block;
    }

    private static SerialBlock match(Registry registry, Pattern pattern, String serial,
            java.util.function.Function<Matcher, SerialBlock> build) {
        Matcher m = pattern.matcher(serial);
        if (!m.matches()) {
            throw new InvalidSerialException(registry, "serialNumber", "'" + serial + "' is not a " + registry.title()
                    + " serial number; expected " + registry.pattern() + ", e.g. " + registry.example());
        }
        return build.apply(m);
    }

    private static SerialBlock block(Registry registry, String project, Integer vintage, String key, String start, String end) {
        if (start.length() > 15 || end.length() > 15) {
            throw new InvalidSerialException(registry, "serialNumber", "block numbers above " + MAX + " are not supported");
        }
        long from = Long.parseLong(start);
        long to = Long.parseLong(end);
        if (from < 1 || to < from) {
            throw new InvalidSerialException(registry, "serialNumber", "the block " + start + ".." + end
                    + " is empty or starts below 1: the end must not be below the start");
        }
        return new SerialBlock(registry, project, vintage, key, from, to);
    }

    /** A serial that does not parse, or a quantity that does not match it; {@code field} is the offending input. */
    public static final class InvalidSerialException extends RuntimeException {

        private final Registry registry;
        private final String field;

        public InvalidSerialException(Registry registry, String field, String message) {
            super(message);
            this.registry = registry;
            this.field = field;
        }

        public Registry registry() {
            return registry;
        }

        public String field() {
            return field;
        }
    }
}
