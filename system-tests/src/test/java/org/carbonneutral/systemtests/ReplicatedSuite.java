package org.carbonneutral.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The four packaged services, each as {@code replicas} processes of its own on distinct ports, against an instance of
 * deploy/local/infra with a three-node Kafka cluster ({@code replicas-test}: its own PostgreSQL and brokers;
 * {@code replicas}: the PostgreSQL of run) and the registry simulator. Instances are killed (SIGKILL) and started
 * again one by one; brokers are killed and started through deploy/local/infra; the database restarted likewise.
 */
final class ReplicatedSuite implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();

    final String infraInstance;
    final int replicas;
    private final boolean fixedPorts;
    private final int simulatorPort;
    private final Path logs;
    private final Map<String, String> infraEnv = new LinkedHashMap<>();
    private final Map<String, Process> processes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private Path publicKey;
    private boolean infraStarted;
    private boolean closed;

    /**
     * @param fixedPorts instance i of a service listens on its port of deploy/local/suite up plus i × 10000 (8081,
     *                   18081, 28081…); otherwise on free ports
     * @param simulatorPort the registry simulator's port, 0 for a free one
     */
    ReplicatedSuite(String infraInstance, int replicas, boolean fixedPorts, int simulatorPort, Path logs) {
        this.infraInstance = infraInstance;
        this.replicas = replicas;
        this.fixedPorts = fixedPorts;
        this.simulatorPort = simulatorPort;
        this.logs = logs;
    }

    /** Starts the infrastructure (PostgreSQL, the Kafka cluster with its users and ACLs), the simulator, the services. */
    void start() throws Exception {
        Files.createDirectories(logs);
        infraStarted = true; // a start that fails half-way leaves nodes running: close() stops them
        infra("start");
        readInfraEnv();
        publicKey = Files.createTempFile("suite-replicas-jwt", ".pem");
        try (InputStream in = ReplicatedSuite.class.getClassLoader().getResourceAsStream("test-jwt/publicKey.pem")) {
            Files.write(publicKey, in.readAllBytes());
        }
        Files.createDirectories(logs);
        ports.put(RunningSuite.SIMULATOR, simulatorPort > 0 ? simulatorPort : RunningSuite.freePort());
        launchSimulator();
        awaitReady(RunningSuite.SIMULATOR, "/", 60);
        int single = 8081;
        for (String service : RunningSuite.SERVICES) {
            for (int i = 0; i < replicas; i++) {
                ports.put(key(service, i), fixedPorts ? single + i * 10_000 : RunningSuite.freePort());
            }
            single++;
        }
        // the first instances first (they migrate the databases), then the others: on a small machine eight JVMs
        // starting at once keep each other from their database connections
        for (int i = 0; i < replicas; i++) {
            for (String service : RunningSuite.SERVICES) {
                launch(service, i);
            }
            for (String service : RunningSuite.SERVICES) {
                awaitReady(key(service, i), "/q/health/ready", 180);
            }
        }
    }

    static String key(String service, int instance) {
        return service + "#" + instance;
    }

    /** The base URLs of the service's instances. */
    List<String> urls(String service) {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            urls.add("http://127.0.0.1:" + ports.get(key(service, i)));
        }
        return urls;
    }

    String simulatorUrl() {
        return "http://127.0.0.1:" + ports.get(RunningSuite.SIMULATOR);
    }

    boolean alive(String service, int instance) {
        Process p = processes.get(key(service, instance));
        return p != null && p.isAlive();
    }

    /** SIGKILL: the instance dies mid-request, without closing its consumers or finishing its transactions. */
    void kill(String service, int instance) throws InterruptedException {
        Process p = processes.get(key(service, instance));
        p.destroyForcibly();
        p.waitFor(20, TimeUnit.SECONDS);
    }

    /** Starts a killed instance again on its port and waits until it is ready. */
    void restart(String service, int instance) throws Exception {
        for (int attempt = 1; ; attempt++) {
            launch(service, instance);
            try {
                awaitReady(key(service, instance), "/q/health/ready", 180);
                return;
            } catch (IllegalStateException e) {
                // it exited while starting (e.g. its database was restarting): start it again
                kill(service, instance);
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Kafka settings for a client of the cluster logged in as admin. */
    Properties kafkaAdmin() {
        Properties props = new Properties();
        props.put("bootstrap.servers", infraEnv.get("KAFKA_BOOTSTRAP_SERVERS"));
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" "
                + "password=\"" + infraEnv.get("SUITE_KAFKA_ADMIN_PASSWORD") + "\";");
        return props;
    }

    String bootstrap() {
        return infraEnv.get("KAFKA_BOOTSTRAP_SERVERS");
    }

    int kafkaNodes() {
        return bootstrap().split(",").length;
    }

    /** Runs deploy/local/infra COMMAND with this instance (and a Kafka node, for kafka-kill and kafka-start). */
    void infra(String command, String... node) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ROOT.resolve("deploy/local/infra").toString(), command, infraInstance));
        cmd.addAll(List.of(node));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("infra.log").toFile())).start();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("deploy/local/infra " + String.join(" ", cmd.subList(1, cmd.size()))
                    + " failed; see " + logs.resolve("infra.log"));
        }
    }

    private void readInfraEnv() throws Exception {
        Process p = new ProcessBuilder(ROOT.resolve("deploy/local/infra").toString(), "env", infraInstance).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("deploy/local/infra env " + infraInstance + " failed");
        }
        for (String line : out.split("\n")) {
            if (line.startsWith("export ") && line.contains("=")) {
                String kv = line.substring("export ".length());
                infraEnv.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
    }

    private void launch(String service, int instance) throws IOException {
        Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first");
        }
        String key = key(service, instance);
        Path log = logs.resolve(service + "-" + instance + ".log");
        // an instance killed outright leaves its consumer group after 10 s without heartbeats (the client's default is
        // 45 s), and its partitions go to the other instances
        List<String> command = new ArrayList<>(List.of("java", RunningSuite.jvmOptions(),
                "-Dmp.messaging.incoming.events.session.timeout.ms=10000",
                "-Dmp.messaging.incoming.events.heartbeat.interval.ms=3000"));
        if (service.equals("offset-service")) {
            RunningSuite.REGISTRIES.forEach((registry, name) -> {
                command.add("-Dsuite.registries." + name + ".url=" + simulatorUrl() + "/" + registry + "/export.csv");
                command.add("-Dsuite.registries." + name + ".every=PT6H");
            });
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        // the service sees its own Kafka password alone
        env.keySet().removeIf(name -> name.startsWith("SUITE_KAFKA_") || name.startsWith("KAFKA_"));
        env.put("SUITE_PG_PORT", infraEnv.get("SUITE_PG_PORT"));
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap());
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
        String variable = "SUITE_KAFKA_" + service.toUpperCase(Locale.ROOT).replace('-', '_') + "_PASSWORD";
        env.put("KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + service + "\" password=\"" + infraEnv.get(variable) + "\";");
        env.put("SUITE_JWT_PUBLIC_KEY", "file:" + publicKey);
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(key)));
        processes.put(key, pb.start());
    }

    private void launchSimulator() throws IOException {
        Path jar;
        try (var files = Files.list(ROOT.resolve(RunningSuite.SIMULATOR).resolve("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("registry-simulator-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("registry-simulator/target holds no jar"));
        }
        processes.put(RunningSuite.SIMULATOR, new ProcessBuilder("java", "-Xmx64m", "-jar", jar.toString(), "--port",
                String.valueOf(ports.get(RunningSuite.SIMULATOR))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("registry-simulator.log").toFile())).start());
    }

    private void awaitReady(String key, String path, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String url = "http://127.0.0.1:" + ports.get(key) + path;
        while (System.nanoTime() < deadline) {
            if (!processes.get(key).isAlive()) {
                throw new IllegalStateException(key + " exited; see " + logs);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(key + " not ready within " + seconds + " s; see " + logs);
    }

    /** Stops every process it started (SIGTERM, then SIGKILL) and the infrastructure. */
    @Override
    public synchronized void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        processes.values().forEach(Process::destroy);
        for (Process p : processes.values()) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (publicKey != null) {
            Files.deleteIfExists(publicKey);
        }
        if (infraStarted) {
            infra("stop");
        }
    }
}
