package org.carbonneutral.registrysimulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registries' public retirement exports, served on 127.0.0.1 as the registries serve them, so that the suite's
 * connector can be run and tested without the internet:
 * <ul>
 * <li>{@code GET /<REGISTRY>/export.csv}: the export (200 text/csv), 404 when the registry has none, 503 while down;
 * <li>{@code PUT /<REGISTRY>/export.csv}: replaces the bytes served (a test publishes its own organisations' records);
 * <li>{@code POST /<REGISTRY>/down}, {@code POST /<REGISTRY>/up}: the registry answers 503 until it is up again;
 * <li>{@code GET /}: the registries served, one a line (a readiness check).
 * </ul>
 * Registry names are the suite's ({@code VERRA}, {@code GOLD_STANDARD}, {@code ACR}, {@code CAR}, {@code ART_TREES},
 * {@code MOENV}, …). By default it serves the real rows of {@code reference-data/offsetsdb-samples} (packaged with it)
 * and a synthetic MOENV 註銷額度公告 in MOENV's published column layout.
 */
public final class RegistrySimulator implements AutoCloseable {

    /** The port {@code deploy/local/suite up} runs it on. */
    public static final int LOCAL_PORT = 58090;

    /** What each registry serves until a test publishes something else: resources of this module. */
    static final Map<String, String> DEFAULTS = Map.of(
            "VERRA", "offsetsdb-samples/verra/transactions.csv",
            "GOLD_STANDARD", "offsetsdb-samples/gold-standard/retirements.csv",
            "ACR", "offsetsdb-samples/american-carbon-registry/retirements.csv",
            "CAR", "offsetsdb-samples/climate-action-reserve/retirements.csv",
            "ART_TREES", "offsetsdb-samples/art-trees/retirements.csv",
            "MOENV", "moenv/retirements.csv");

    private static final Pattern PATH = Pattern.compile("/([A-Z][A-Z0-9_]*)/(export\\.csv|down|up)");

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, byte[]> exports = new ConcurrentHashMap<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();

    private RegistrySimulator(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving the default exports on 127.0.0.1:{@code port} (0: any free port). */
    public static RegistrySimulator start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            ExecutorService executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "registry-simulator");
                t.setDaemon(true);
                return t;
            });
            RegistrySimulator simulator = new RegistrySimulator(server, executor);
            DEFAULTS.forEach((registry, resource) -> simulator.publish(registry, resource(resource)));
            server.createContext("/", simulator::handle);
            server.setExecutor(executor);
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where the connector fetches {@code registry}'s export, e.g. {@code http://127.0.0.1:58090/VERRA/export.csv}. */
    public String url(String registry) {
        return "http://127.0.0.1:" + port() + "/" + registry + "/export.csv";
    }

    /** Replaces the export {@code registry} serves. */
    public void publish(String registry, byte[] export) {
        exports.put(registry, export.clone());
    }

    /** The registry answers 503 until {@link #up}. */
    public void down(String registry) {
        down.add(registry);
    }

    public void up(String registry) {
        down.remove(registry);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/") && method.equals("GET")) {
                StringBuilder list = new StringBuilder();
                new TreeMap<>(exports).keySet().forEach(r -> list.append(r).append(down.contains(r) ? " (down)\n" : "\n"));
                answer(exchange, 200, "text/plain; charset=UTF-8", list.toString().getBytes(StandardCharsets.UTF_8));
                return;
            }
            Matcher m = PATH.matcher(path);
            if (!m.matches()) {
                answer(exchange, 404, "text/plain", "no such path\n".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String registry = m.group(1);
            switch (method + " " + m.group(2)) {
                case "GET export.csv" -> serve(exchange, registry);
                case "PUT export.csv" -> {
                    publish(registry, exchange.getRequestBody().readAllBytes());
                    answer(exchange, 204, null, null);
                }
                case "POST down" -> {
                    down(registry);
                    answer(exchange, 204, null, null);
                }
                case "POST up" -> {
                    up(registry);
                    answer(exchange, 204, null, null);
                }
                default -> answer(exchange, 405, "text/plain", "method not allowed\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private void serve(HttpExchange exchange, String registry) throws IOException {
        if (down.contains(registry)) {
            answer(exchange, 503, "text/plain", (registry + " is down for maintenance\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] export = exports.get(registry);
        if (export == null) {
            answer(exchange, 404, "text/plain", ("no export for " + registry + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        answer(exchange, 200, "text/csv; charset=UTF-8", export);
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, body == null || body.length == 0 ? -1 : body.length);
        if (body != null && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = RegistrySimulator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the simulator's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code java -jar registry-simulator.jar [--port N] [REGISTRY=FILE …]}: serves until stopped, on
     * {@value #LOCAL_PORT} by default; each {@code REGISTRY=FILE} serves that file instead of the default.
     */
    public static void main(String[] args) throws IOException {
        int port = LOCAL_PORT;
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            } else if (args[i].matches("[A-Z][A-Z0-9_]*=.+")) {
                String[] pair = args[i].split("=", 2);
                files.put(pair[0], Files.readAllBytes(Path.of(pair[1])));
            } else {
                System.err.println("usage: RegistrySimulator [--port N] [REGISTRY=FILE ...]");
                System.exit(2);
            }
        }
        RegistrySimulator simulator = start(port);
        files.forEach(simulator::publish);
        System.out.println("registry simulator on http://127.0.0.1:" + simulator.port() + "/<REGISTRY>/export.csv for "
                + new TreeMap<>(simulator.exports).keySet());
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        try {
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
