package org.carbonneutral.contracts;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The organisation that declares: its legal name, the other names it lists as its own (e.g. its registered English and
 * Chinese names) and, in Taiwan, its unified business number (統一編號). A registry's public record of a retirement
 * counts for it only when the record names it exactly — after normalising case, width, spaces and punctuation — or by
 * its business number (OFF-2 (a)); a part of a name never does.
 */
public record Organisation(String legalName, List<String> aliases, String businessNumber) {

    public Organisation {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Every name the organisation goes by, the legal name first. */
    public List<String> names() {
        return Stream.concat(Stream.of(legalName), aliases.stream()).filter(Objects::nonNull).toList();
    }

    /** Whether {@code name} is one of the organisation's names, exactly, once normalised ({@link #normalise}). */
    public boolean isNamed(String name) {
        String n = normalise(name);
        return !n.isEmpty() && names().stream().map(Organisation::normalise).anyMatch(n::equals);
    }

    /** Whether {@code number} is the organisation's business number. */
    public boolean hasBusinessNumber(String number) {
        return businessNumber != null && number != null && businessNumber.equals(number.strip());
    }

    /**
     * A name as compared: Unicode NFKC (full-width letters and digits become ASCII), lower case, and nothing but letters
     * and digits ("Acme Taiwan Co., Ltd." and "ACME TAIWAN CO LTD" are the same name; "Acme" is another).
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * Whether {@code number} is a valid unified business number: 8 digits whose weighted digit sum (weights 1 2 1 2 1 2
     * 4 1, each product's digits added) is a multiple of 5; when the seventh digit is 7 its product 28 counts as 1 or
     * 0 (財政部 rule, in force since 2023, which accepts every number valid under the earlier multiple-of-10 rule).
     */
    public static boolean isValidBusinessNumber(String number) {
        if (number == null || !number.matches("\\d{8}")) {
            return false;
        }
        int[] weights = {1, 2, 1, 2, 1, 2, 4, 1};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int product = (number.charAt(i) - '0') * weights[i];
            sum += product / 10 + product % 10;
        }
        if (number.charAt(6) == '7') {
            // 28 → 2 + 8 = 10, which counts as 1 (1 + 0) or 0
            return (sum - 9) % 5 == 0 || (sum - 10) % 5 == 0;
        }
        return sum % 5 == 0;
    }
}
