package org.carbonneutral.disclosure.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public page's words: every key the page looks up has a word in both languages, and an unknown key fails. */
class PageTextTest {

    /** A word looked up in a template: {@code t.get('key')} or {@code p.t.get('key')}. */
    static final Pattern IN_TEMPLATE = Pattern.compile("\\bt\\.get\\('([^']+)'\\)");
    /** A word looked up by the page builder: {@code t.get("key")}. */
    static final Pattern IN_BUILDER = Pattern.compile("\\bt\\.get\\(\"([^\"]+)\"\\)");

    /** The keys the templates and the page builder look up, read from their sources. */
    static Set<String> keysInUse() throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/resources/templates"), ".html", IN_TEMPLATE, keys);
        collect(Path.of("src/main/java/org/carbonneutral/disclosure/web"), ".java", IN_BUILDER, keys);
        return keys;
    }

    private static void collect(Path dir, String suffix, Pattern lookup, Set<String> keys) throws IOException {
        assertTrue(Files.isDirectory(dir), dir.toAbsolutePath() + " (the tests run in the module's directory)");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = lookup.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
    }

    @Test
    void everyKeyTheTemplatesAndTheBuilderUseHasAWordInBothLanguages() throws IOException {
        Set<String> keys = keysInUse();
        assertTrue(keys.containsAll(List.of("declaration", "items", "plan", "chapter", "milestoneNotMet", "registryChecks")),
                "the page's keys were found: " + keys);
        for (String language : List.of(PageText.ZH, PageText.EN)) {
            PageText t = PageText.of(language);
            for (String key : keys) {
                String word = assertDoesNotThrow(() -> t.get(key), "no word for \"" + key + "\" in " + language);
                assertFalse(word.isBlank(), "blank word for \"" + key + "\" in " + language);
            }
        }
    }

    @Test
    void anUnknownKeyOrLanguageFails() {
        var missing = assertThrows(IllegalArgumentException.class, () -> PageText.of(PageText.EN).get("itmes"));
        assertEquals("the public page has no word \"itmes\" in en", missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PageText.of("fr"));
    }

    @Test
    void anEnumeratedValueHasItsWordElseItIsMadeReadable() {
        assertEquals("能源回收", PageText.of(PageText.ZH).label("ENERGY_RECOVERY"));
        assertEquals("Fuel switching", PageText.of(PageText.EN).label("FUEL_SWITCHING"));
        assertEquals("—", PageText.of(PageText.EN).label(null));
    }

    @Test
    void theLanguageComesFromTheQueryThenAcceptLanguageElseChinese() {
        assertEquals(PageText.EN, PageText.language("en", "zh-TW"));
        assertEquals(PageText.ZH, PageText.language(null, "fr-FR, zh-TW;q=0.8, en;q=0.5"));
        assertEquals(PageText.EN, PageText.language(" ", "en-GB,en;q=0.9"));
        assertEquals(PageText.ZH, PageText.language(null, null));
    }
}
