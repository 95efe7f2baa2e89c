package org.carbonneutral.offset.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carbonneutral.platform.testing.Tokens;
import org.carbonneutral.registrysimulator.RegistrySimulator;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The registries, simulated in the test JVM ({@link RegistrySimulator} on a free port), and the connector pointed at
 * them: VERRA, GOLD_STANDARD, ACR, CAR, ART_TREES, MOENV, CDM and PURO_EARTH at the simulator (CDM fetched by the
 * schedule every second: no other test publishes it), GCC at a port nothing listens on, the others not configured.
 * Tests publish their own organisations' records over the simulator's HTTP API and fetch them as an operator.
 */
public class SimulatedRegistries implements QuarkusTestResourceLifecycleManager {

    static final List<String> SIMULATED = List.of("VERRA", "GOLD_STANDARD", "ACR", "CAR", "ART_TREES", "MOENV", "CDM",
            "PURO_EARTH");
    static final String OPERATOR = Tokens.of("suite", "ops@suite.example", "operator");

    private RegistrySimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = RegistrySimulator.start(0);
        Map<String, String> config = new HashMap<>();
        for (String registry : SIMULATED) {
            config.put(key(registry, "url"), simulator.url(registry));
        }
        config.put(key("CDM", "every"), "1s");
        config.put(key("GCC", "url"), "http://127.0.0.1:" + closedPort() + "/GCC/export.csv");
        return config;
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    static String key(String registry, String property) {
        return "suite.registries." + registry.toLowerCase(Locale.ROOT).replace('_', '-') + "." + property;
    }

    static String url(String registry) {
        return ConfigProvider.getConfig().getValue(key(registry, "url"), String.class);
    }

    /** The registry publishes {@code export} (what its export URL serves from now on). */
    static void publish(String registry, byte[] export) {
        given().body(export).put(url(registry)).then().statusCode(204);
    }

    static void publish(String registry, String export) {
        publish(registry, export.getBytes(StandardCharsets.UTF_8));
    }

    /** The registry answers 503 ({@code true}) or serves its export again. */
    static void down(String registry, boolean down) {
        given().post(url(registry).replace("/export.csv", down ? "/down" : "/up")).then().statusCode(204);
    }

    /** An operator fetches the registry's export now. */
    static ValidatableResponse fetch(String registry) {
        return given().auth().oauth2(OPERATOR).post("/api/registry-imports/{r}/fetch", registry).then();
    }

    /** The registry publishes {@code export} and an operator fetches it: a new import (201). */
    static void publishAndFetch(String registry, String export) {
        publish(registry, export);
        fetch(registry).statusCode(201);
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
