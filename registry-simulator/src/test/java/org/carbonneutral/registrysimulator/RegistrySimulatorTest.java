package org.carbonneutral.registrysimulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistrySimulatorTest {

    final HttpClient http = HttpClient.newHttpClient();
    RegistrySimulator simulator;

    @BeforeEach
    void start() {
        simulator = RegistrySimulator.start(0);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    HttpResponse<byte[]> send(String method, String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesTheRealSamplesByteForByteAndTheSyntheticMoenvExport() throws Exception {
        HttpResponse<byte[]> verra = http.send(HttpRequest.newBuilder(URI.create(simulator.url("VERRA"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, verra.statusCode());
        assertEquals("text/csv; charset=UTF-8", verra.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(Files.readAllBytes(Path.of("../reference-data/offsetsdb-samples/verra/transactions.csv")),
                verra.body());
        String moenv = new String(send("GET", "/MOENV/export.csv", null).body(), StandardCharsets.UTF_8);
        assertTrue(moenv.startsWith("註銷持有名稱,申請時間,註銷之減量額度(公噸),註銷之類型,註銷原因 / 用途,使用額度編碼,使用額度\n"), moenv);
        assertEquals("ACR\nART_TREES\nCAR\nGOLD_STANDARD\nMOENV\nVERRA\n",
                new String(send("GET", "/", null).body(), StandardCharsets.UTF_8));
    }

    @Test
    void aPublishedExportReplacesTheServedBytesAndARegistryCanBeDown() throws Exception {
        assertEquals(404, send("GET", "/CDM/export.csv", null).statusCode());
        assertEquals(204, send("PUT", "/CDM/export.csv", "serial,quantity\n".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals("serial,quantity\n", new String(send("GET", "/CDM/export.csv", null).body(), StandardCharsets.UTF_8));
        simulator.publish("CDM", new byte[] {1, 2});
        assertArrayEquals(new byte[] {1, 2}, send("GET", "/CDM/export.csv", null).body());

        assertEquals(204, send("POST", "/CDM/down", null).statusCode());
        assertEquals(503, send("GET", "/CDM/export.csv", null).statusCode());
        assertEquals("ACR\nART_TREES\nCAR\nCDM (down)\nGOLD_STANDARD\nMOENV\nVERRA\n",
                new String(send("GET", "/", null).body(), StandardCharsets.UTF_8));
        simulator.up("CDM");
        assertEquals(200, send("GET", "/CDM/export.csv", null).statusCode());
        simulator.down("CDM");
        assertEquals(204, send("POST", "/CDM/up", null).statusCode());
        assertEquals(200, send("GET", "/CDM/export.csv", null).statusCode());

        assertEquals(404, send("GET", "/verra/export.csv", null).statusCode());
        assertEquals(405, send("DELETE", "/VERRA/export.csv", null).statusCode());
    }
}
