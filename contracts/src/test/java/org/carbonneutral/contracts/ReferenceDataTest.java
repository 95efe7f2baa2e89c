package org.carbonneutral.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository carries everything its build, tests and run command read: the reference data is in
 * {@code reference-data/}, exactly as its manifest says, and no file of the project reaches outside the repository
 * for data.
 */
class ReferenceDataTest {

    /** Tests run in the module's folder; the repository is its parent. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path DATA = ROOT.resolve("reference-data");
    static final Set<String> NOT_DATA = Set.of("README.md", "SHA256SUMS");

    @Test
    void everyReferenceFileMatchesItsManifestEntry() throws Exception {
        Map<String, String> manifest = manifest();
        assertFalse(manifest.isEmpty(), "reference-data/SHA256SUMS lists no file");
        for (var entry : manifest.entrySet()) {
            Path file = DATA.resolve(entry.getKey());
            assertTrue(Files.isRegularFile(file), "listed in SHA256SUMS but missing: " + entry.getKey());
            assertEquals(entry.getValue(), sha256(Files.readAllBytes(file)), "changed since it was copied: " + entry.getKey());
        }
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.walk(DATA)) {
            files.filter(Files::isRegularFile).map(f -> DATA.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !NOT_DATA.contains(name)).forEach(present::add);
        }
        assertEquals(new TreeSet<>(manifest.keySet()), present, "every reference file has a manifest entry, and only those");
    }

    @Test
    void noFileOfTheProjectReadsOutsideTheRepository() throws IOException {
        // written in two pieces so that this file does not match itself
        List<String> outside = List.of(".." + "/shared", "../.." + "/shared", "shared" + "/data", "shared" + "/seeds");
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : (Iterable<Path>) files.filter(ReferenceDataTest::projectFile)::iterator) {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length > 4_000_000 || contains(bytes, (byte) 0)) {
                    continue;
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                for (String needle : outside) {
                    if (text.contains(needle)) {
                        offending.add(ROOT.relativize(file) + " (" + needle + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), offending, "these files read data from outside the repository; copy it into reference-data/");
    }

    private static boolean projectFile(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        for (Path part : ROOT.relativize(path)) {
            String name = part.toString();
            if (name.equals(".git") || name.equals("target") || name.equals(".local") || name.equals("node_modules")) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    static Map<String, String> manifest() throws IOException {
        Map<String, String> entries = new TreeMap<>();
        for (String line : Files.readAllLines(DATA.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s+\\*?", 2);
            entries.put(parts[1].trim(), parts[0]);
        }
        return entries;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
