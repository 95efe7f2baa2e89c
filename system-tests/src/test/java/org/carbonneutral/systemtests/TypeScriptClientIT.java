package org.carbonneutral.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carbonneutral.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A front-end's view of the suite: the TypeScript clients generated from the four running services' OpenAPI
 * documents (clients/typescript: openapi-generator's typescript-fetch, compiled with tsc --strict) take one
 * declaration from opening to publication (src/flow.ts, run by Node), and the publication is there.
 */
class TypeScriptClientIT {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final Path CLIENT = ROOT.resolve("clients/typescript");
    private static final Path WORK = ROOT.resolve("system-tests/target/typescript-client");
    /** The generated clients' names, by service. */
    private static final Map<String, String> CLIENTS = Map.of("inventory-service", "inventory", "pathway-service",
            "pathway", "offset-service", "offsets", "disclosure-service", "disclosure");

    @BeforeAll
    static void suite() throws Exception {
        RunningSuite.start();
    }

    @Test
    void theGeneratedClientsTakeADeclarationToPublication() throws Exception {
        Path documents = WORK.resolve("openapi");
        Files.createDirectories(documents);
        HttpClient http = HttpClient.newHttpClient();
        for (Map.Entry<String, String> c : CLIENTS.entrySet()) {
            HttpResponse<String> document = http.send(HttpRequest.newBuilder(
                    URI.create(RunningSuite.url(c.getKey()) + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, document.statusCode(), c.getKey() + " /q/openapi");
            Files.writeString(documents.resolve(c.getValue() + ".json"), document.body());
        }

        String tenant = "tenant-" + UUID.randomUUID();
        Map<String, String> env = Map.ofEntries(
                Map.entry("OPENAPI_DIR", documents.toString()),
                Map.entry("INVENTORY_URL", RunningSuite.url("inventory-service")),
                Map.entry("PATHWAY_URL", RunningSuite.url("pathway-service")),
                Map.entry("OFFSETS_URL", RunningSuite.url("offset-service")),
                Map.entry("DISCLOSURE_URL", RunningSuite.url("disclosure-service")),
                Map.entry("REGISTRY_URL", RunningSuite.url(RunningSuite.SIMULATOR)),
                Map.entry("SAMPLE_DIR", ROOT.resolve("deploy/local/sample").toString()),
                Map.entry("TENANT", tenant),
                Map.entry("PREPARER_TOKEN", Tokens.of(tenant, "pat@example.tw", "preparer")),
                Map.entry("APPROVER_TOKEN", Tokens.of(tenant, "ann@example.tw", "approver")),
                Map.entry("OPERATOR_TOKEN", Tokens.of("suite", "ops@suite.example", "operator")));
        run("npm-ci", env, 300, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        run("generate", env, 600, "npm", "run", "generate");
        run("build", env, 300, "npm", "run", "build");
        String flow = run("flow", env, 300, "npm", "run", "--silent", "flow");

        List<String> lines = flow.lines().toList();
        String last = lines.get(lines.size() - 1);
        Matcher id = Pattern.compile("\"declarationId\":\"([0-9a-f-]{36})\"").matcher(last);
        assertTrue(id.find(), "the flow ends with the published declaration: " + last);
        assertTrue(last.contains("\"status\":\"PUBLISHED\""), last);
        assertTrue(last.contains("\"version\":1"), last);
        assertTrue(last.contains("\"publication\":\"PUBLISHED\""), last);
        // independently of the flow: the publication is public
        given().get(RunningSuite.url("disclosure-service") + "/api/public/declarations/" + id.group(1)).then()
                .statusCode(200).body("status", equalTo("PUBLISHED")).body("version", equalTo(1))
                .body("content.inventory.snapshot.residualTco2e", equalTo(1498.769f));
        given().get(RunningSuite.url("disclosure-service") + "/api/public/tenants/" + tenant + "/declarations").then()
                .statusCode(200).body("declarationId", org.hamcrest.Matchers.hasItem(id.group(1)));
    }

    /** Runs a command in clients/typescript; its output goes to target/typescript-client/<name>.log and is returned. */
    private static String run(String name, Map<String, String> env, int seconds, String... command)
            throws IOException, InterruptedException {
        Path log = WORK.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(CLIENT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, String.join(" ", command) + " did not end within " + seconds + " s: " + tail(output));
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed: " + tail(output));
        return output;
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : "…" + output.substring(output.length() - 4000);
    }
}
