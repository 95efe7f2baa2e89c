package org.carbonneutral.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The four packaged services (target/quarkus-app) started as real processes against the test PostgreSQL and Kafka
 * that deploy/local/infra started, once per test JVM, stopped when it ends. Each can be restarted on its own. The
 * registries are the registry simulator (registry-simulator's jar), a process too, that offset-service's connector
 * fetches the exports from.
 */
public final class RunningSuite {

    public static final String[] SERVICES = {"inventory-service", "pathway-service", "offset-service", "disclosure-service"};
    /** The registries offset-service fetches from the simulator, with their configuration names. */
    static final Map<String, String> REGISTRIES = Map.of("VERRA", "verra", "GOLD_STANDARD", "gold-standard", "ACR", "acr",
            "CAR", "car", "ART_TREES", "art-trees", "MOENV", "moenv");
    static final String SIMULATOR = "registry-simulator";
    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    private static final Map<String, Process> PROCESSES = new LinkedHashMap<>();
    private static final Map<String, Long> READY_MILLIS = new LinkedHashMap<>();
    private static Path publicKey;
    private static boolean started;

    private RunningSuite() {
    }

    public static synchronized void start() throws Exception {
        if (started) {
            return;
        }
        publicKey = Files.createTempFile("suite-test-jwt", ".pem");
        try (InputStream in = RunningSuite.class.getClassLoader().getResourceAsStream("test-jwt/publicKey.pem")) {
            Files.write(publicKey, in.readAllBytes());
        }
        PORTS.put(SIMULATOR, freePort());
        launchSimulator();
        awaitReady(SIMULATOR, "/");
        long launched = System.nanoTime();
        for (String service : SERVICES) {
            PORTS.put(service, freePort());
            launch(service);
        }
        for (String service : SERVICES) {
            awaitReady(service, "/q/health/ready");
            READY_MILLIS.put(service, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(RunningSuite::stopAll));
        started = true;
    }

    /**
     * Milliseconds from launching the four services together to this one answering ready (an upper bound: the services
     * are polled one after the other).
     */
    public static long readyMillis(String service) {
        return READY_MILLIS.get(service);
    }

    /** The process id of a running service. */
    public static long pid(String service) {
        return PROCESSES.get(service).pid();
    }

    /** The service's peak resident memory so far (VmHWM of its process), in MiB. */
    public static long peakResidentMib(String service) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid(service)), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmHWM for " + service);
    }

    /** The test PostgreSQL's port the services use: system property {@code suite.test.pg-port}, else 26432. */
    public static String pgPort() {
        return System.getProperty("suite.test.pg-port", "26432");
    }

    /** The test broker the services use: system property {@code suite.test.kafka}, else 127.0.0.1:26092. */
    public static String kafka() {
        return System.getProperty("suite.test.kafka", "127.0.0.1:26092");
    }

    public static String url(String service) {
        return "http://127.0.0.1:" + PORTS.get(service);
    }

    /** Stops a service (SIGTERM, as an orchestrator would) and starts it again on the same port. */
    public static void restart(String service) throws Exception {
        Process p = PROCESSES.get(service);
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
        launch(service);
        awaitReady(service, "/q/health/ready");
    }

    /** Where the simulated registry serves its export (a PUT there publishes one). */
    public static String registryExport(String registry) {
        return url(SIMULATOR) + "/" + registry + "/export.csv";
    }

    /** Runs deploy/local/infra with the test instance, e.g. kafka-stop or kafka-start. */
    public static void infra(String command) throws Exception {
        Process p = new ProcessBuilder(ROOT.resolve("deploy/local/infra").toString(), command, "test")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("deploy/local/infra " + command + " test failed");
        }
    }

    /** The services' JVM options, one file for every local launch (an argument file: {@code java @file}). */
    static String jvmOptions() {
        return "@" + ROOT.resolve("deploy/local/service-jvm.options");
    }

    private static void launch(String service) throws IOException {
        Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first");
        }
        Path log = ROOT.resolve("system-tests/target").resolve(service + ".log");
        Files.createDirectories(log.getParent());
        // a consumer waiting for its database keeps polling (its partitions paused): a short poll interval proves it
        List<String> command = new ArrayList<>(List.of("java", jvmOptions(),
                "-Dmp.messaging.incoming.events.max.poll.interval.ms=10000"));
        String recordings = System.getenv("BENCH_JFR_DIR");
        if (recordings != null && !recordings.isBlank()) {
            // a profile of each service over the whole run, written when it stops (BENCH_JFR_DIR=dir: where to)
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + Path.of(recordings).toAbsolutePath().resolve(service + ".jfr"));
        }
        if (service.equals("offset-service")) {
            REGISTRIES.forEach((registry, key) -> command.add("-Dsuite.registries." + key + ".url=" + registryExport(registry)));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("SUITE_PG_PORT", pgPort());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka());
        env.put("SUITE_JWT_PUBLIC_KEY", "file:" + publicKey);
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(PORTS.get(service)));
        env.put("KAFKA_GROUP_ID", service + "-system-test");
        kafkaLogin(env, service);
        PROCESSES.put(service, pb.start());
    }

    /**
     * The service logs in to the test broker as itself (its own SCRAM user, whose ACLs let it write only its own topic
     * and dead-letter topics), with the password 'deploy/local/infra env test' exported; it sees no other password.
     */
    static void kafkaLogin(Map<String, String> env, String service) {
        String variable = "SUITE_KAFKA_" + service.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_PASSWORD";
        String password = System.getenv(variable);
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(variable + " is not set: run the system tests with deploy/local/suite test, or "
                    + "eval \"$(deploy/local/infra env test)\" before Maven");
        }
        env.keySet().removeIf(name -> name.startsWith("SUITE_KAFKA_") && name.endsWith("_PASSWORD"));
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
        env.put("KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + service + "\" password=\"" + password + "\";");
    }

    private static void launchSimulator() throws IOException {
        Path jar;
        try (var files = Files.list(ROOT.resolve(SIMULATOR).resolve("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("registry-simulator-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(SIMULATOR + "/target holds no jar: package it "
                            + "first"));
        }
        Path log = ROOT.resolve("system-tests/target").resolve(SIMULATOR + ".log");
        Files.createDirectories(log.getParent());
        PROCESSES.put(SIMULATOR, new ProcessBuilder("java", "-Xmx64m", "-jar", jar.toString(), "--port",
                String.valueOf(PORTS.get(SIMULATOR))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
    }

    private static void awaitReady(String service, String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!PROCESSES.get(service).isAlive()) {
                throw new IllegalStateException(service + " exited; see system-tests/target/" + service + ".log");
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url(service) + path))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + " not ready within 90 s; see system-tests/target/" + service + ".log");
    }

    private static void stopAll() {
        PROCESSES.values().forEach(Process::destroy);
        for (Process p : PROCESSES.values()) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A port nothing listens on, below Linux's ephemeral range (32768 and up): a port the kernel hands out for outgoing
     * connections may be taken by one when a service is started or started again on it (a client retrying a stopped
     * instance's port can even connect to itself there), and the start fails with "address already in use".
     */
    static int freePort() throws IOException {
        int offset = ThreadLocalRandom.current().nextInt(12_000);
        for (int k = 0; k < 12_000; k++) {
            int port = 20_000 + (offset + k) % 12_000;
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress("127.0.0.1", port));
                return port;
            } catch (IOException taken) {
                // in use: the next one
            }
        }
        throw new IOException("no free port between 20000 and 31999");
    }
}
