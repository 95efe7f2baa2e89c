package org.carbonneutral.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's package, installed by deploy/local/chromium; SUITE_CHROMIUM names it): loads a page and
 * returns its DOM after scripts and layout, takes a screenshot, prints it to PDF.
 */
final class Browser {

    static final Path OUT = Path.of("target", "browser");

    private Browser() {
    }

    static String executable() {
        String configured = System.getenv("SUITE_CHROMIUM");
        for (String c : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (c != null && !c.isBlank() && Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        throw new IllegalStateException("no Chromium: run deploy/local/chromium ensure (the test command does)");
    }

    static String dumpDom(String url) throws Exception {
        return new String(run(List.of("--dump-dom", url)), StandardCharsets.UTF_8);
    }

    static Path screenshot(String url, String name, int width, int height) throws Exception {
        Path file = OUT.resolve(name).toAbsolutePath();
        run(List.of("--window-size=" + width + "," + height, "--hide-scrollbars", "--screenshot=" + file, url));
        return file;
    }

    static Path pdf(String url, String name) throws Exception {
        Path file = OUT.resolve(name).toAbsolutePath();
        run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + file, url));
        return file;
    }

    private static byte[] run(List<String> args) throws Exception {
        Files.createDirectories(OUT);
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(executable(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--user-data-dir=" + profile));
        command.addAll(args);
        Path log = Files.createTempFile("chromium", ".log");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("chromium " + args + " failed: " + Files.readString(log));
        }
        return out;
    }
}
