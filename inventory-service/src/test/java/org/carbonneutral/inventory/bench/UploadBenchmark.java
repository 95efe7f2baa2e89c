package org.carbonneutral.inventory.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.DeclarationOpened;
import org.carbonneutral.platform.testing.TestKafka;
import org.carbonneutral.platform.testing.Tokens;
import org.postgresql.PGConnection;

/**
 * Bulk-upload benchmark (not a test: it prints figures). Starts the packaged inventory-service against the test
 * PostgreSQL and Kafka, uploads N activity rows as CSV and measures rows/s from the request to the applied revision;
 * then COPYs the same file into a plain table with no index and measures rows/s; prints the ratio and the service's
 * peak resident memory (VmHWM). Run it with {@code deploy/local/suite bench-upload [rows]}.
 */
public final class UploadBenchmark {

    static final String PG = "jdbc:postgresql://127.0.0.1:" + System.getProperty("suite.test.pg-port", "26432") + "/inventory";
    static final int WARM_UP_ROWS = 100_000;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path root = Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        System.setProperty("suite.test.kafka", System.getProperty("suite.test.kafka", "127.0.0.1:26092"));
        Path csv = Files.createTempFile("bench-activity-", ".csv");
        Process service = null;
        try {
            write(csv, rows);
            System.out.printf("generated %,d rows, %,d bytes%n", rows, Files.size(csv));
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path key = Files.createTempFile("bench-jwt", ".pem");
            Files.write(key, UploadBenchmark.class.getClassLoader().getResourceAsStream("test-jwt/publicKey.pem").readAllBytes());
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("java",
                    "@" + root.resolve("deploy/local/service-jvm.options")));
            String extra = System.getenv().getOrDefault("BENCH_SERVICE_JVM_OPTS", "");
            if (!extra.isBlank()) {
                command.addAll(java.util.List.of(extra.trim().split("\\s+")));
            }
            command.addAll(java.util.List.of("-jar", root.resolve("inventory-service/target/quarkus-app/quarkus-run.jar").toString()));
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(root.resolve("inventory-service/target/bench-service.log").toFile());
            pb.environment().put("SUITE_PG_PORT", System.getProperty("suite.test.pg-port", "26432"));
            pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", System.getProperty("suite.test.kafka"));
            pb.environment().put("SUITE_JWT_PUBLIC_KEY", "file:" + key);
            pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            pb.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
            pb.environment().put("KAFKA_GROUP_ID", "inventory-service-bench-" + UUID.randomUUID());
            // the service logs in to the test broker as itself (deploy/local/suite bench-upload exports its password)
            pb.environment().put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
            pb.environment().put("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
            pb.environment().put("KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule "
                    + "required username=\"inventory-service\" password=\""
                    + System.getenv("SUITE_KAFKA_INVENTORY_SERVICE_PASSWORD") + "\";");
            service = pb.start();
            String base = "http://127.0.0.1:" + port;
            waitFor(base + "/q/health/ready", null, 90);

            String tenant = "bench";
            String preparer = Tokens.of(tenant, "bench-preparer", "preparer");
            UUID id = UUID.randomUUID();
            TestKafka.publish(EventType.DECLARATION_OPENED, tenant, id, new DeclarationOpened(id, SubjectType.ORGANISATION,
                    "Bench Co.", "All sites", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), ClaimStandard.ISO_14068_1));
            waitFor(base + "/api/inventories/" + id, preparer, 60);
            send(HttpRequest.newBuilder(URI.create(base + "/api/inventories/" + id)).header("Authorization", "Bearer " + preparer)
                    .header("Content-Type", "application/json").header("If-Match", "\"0\"")
                    .PUT(HttpRequest.BodyPublishers.ofString("""
                            {"boundaryApproach":"OPERATIONAL_CONTROL","gwpSet":"AR5","facilities":["Plant"],
                             "sources":[{"name":"Diesel generators","facility":"Plant","category":1},
                                        {"name":"Purchased electricity","facility":"Plant","category":2,"scope2Method":"LOCATION_BASED"}]}""")), 200);

            // a warm-up upload first, as a running service has had: the measured one is not its first
            Path warmUp = Files.createTempFile("bench-activity-warm-up-", ".csv");
            try {
                write(warmUp, Math.min(rows, WARM_UP_ROWS));
                String done = awaitJob(base, upload(base, id, preparer, 1, warmUp), preparer, false);
                if (!done.contains("\"state\":\"SUCCEEDED\"")) {
                    throw new IllegalStateException("warm-up upload did not succeed: " + done);
                }
            } finally {
                Files.deleteIfExists(warmUp);
            }
            System.out.printf("warm-up upload of %,d rows done%n", Math.min(rows, WARM_UP_ROWS));

            long t0 = System.nanoTime();
            String job = awaitJob(base, upload(base, id, preparer, 2, csv), preparer, true);
            double uploadSeconds = (System.nanoTime() - t0) / 1e9;
            if (!job.contains("\"state\":\"SUCCEEDED\"")) {
                throw new IllegalStateException("upload did not succeed: " + job);
            }
            long peakKb = peakRssKb(service.pid());

            double copySeconds;
            try (Connection c = DriverManager.getConnection(PG, "postgres", "postgres"); Statement st = c.createStatement()) {
                st.execute("drop table if exists bench_plain_activity");
                st.execute("create table bench_plain_activity (source text, quantity numeric, unit text, period_start date, "
                        + "period_end date, evidence text, factor_ids text, lookup_kind text, lookup_activity text, "
                        + "lookup_set text, lookup_year integer)");
                long c0 = System.nanoTime();
                try (InputStream r = Files.newInputStream(csv)) {
                    c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "COPY bench_plain_activity FROM STDIN (FORMAT csv, HEADER true)", r);
                }
                copySeconds = (System.nanoTime() - c0) / 1e9;
                st.execute("drop table bench_plain_activity");
            }
            double uploadRate = rows / uploadSeconds;
            double copyRate = rows / copySeconds;
            System.out.println();
            System.out.printf("rows:                         %,d%n", rows);
            System.out.printf("upload (request → applied):   %.1f s, %,.0f rows/s%n", uploadSeconds, uploadRate);
            System.out.printf("raw PostgreSQL COPY:          %.1f s, %,.0f rows/s%n", copySeconds, copyRate);
            System.out.printf("upload / COPY:                %.0f %% (goal ≥ 50 %%)%n", 100 * uploadRate / copyRate);
            System.out.printf("service peak RSS (VmHWM):     %,d MB%n", peakKb / 1024);
        } finally {
            if (service != null) {
                service.destroy();
                service.waitFor(20, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(csv);
        }
    }

    static void write(Path csv, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("source,quantity,unit,period_start,period_end,evidence,factor_ids,lookup_kind,lookup_activity,lookup_set,lookup_year\n");
            for (int i = 0; i < rows; i++) {
                int month = 1 + i % 12;
                String start = "2025-" + (month < 10 ? "0" : "") + month + "-01";
                if (i % 2 == 0) {
                    w.write("Diesel generators," + (100 + i % 900) + "." + (i % 100) + ",L," + start + "," + start
                            + ",fuel card txn " + i + ",,STATIONARY_COMBUSTION,柴油,MOENV-EF,2025\n");
                } else {
                    w.write("Purchased electricity," + (1000 + i % 9000) + ",kWh," + start + "," + start + ",meter reading "
                            + i + ",TAIPOWER-GRID:2017-2024:purchased_electricity:電力:CO2E:2024,,,,\n");
                }
            }
        }
    }

    /**
     * POSTs {@code csv} as the inventory's activity data, streamed from the file the way a command-line client sends
     * one (a fixed length, no per-chunk work in the client); answers the job's Location.
     */
    static String upload(String base, UUID id, String token, int revision, Path csv) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(base + "/api/inventories/" + id + "/activity-uploads")
                .toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode(Files.size(csv));
        c.setRequestProperty("Authorization", "Bearer " + token);
        c.setRequestProperty("Content-Type", "text/csv");
        c.setRequestProperty("If-Match", "\"" + revision + "\"");
        try (OutputStream out = c.getOutputStream()) {
            Files.copy(csv, out);
        }
        if (c.getResponseCode() != 202) {
            throw new IllegalStateException("upload answered " + c.getResponseCode());
        }
        String location = c.getHeaderField("Location");
        c.getInputStream().readAllBytes();
        return location;
    }

    /** Polls the upload job until it is no longer running; prints its progress if asked; answers its last view. */
    static String awaitJob(String base, String location, String token, boolean print) throws Exception {
        String job;
        String last = "";
        do {
            Thread.sleep(100);
            job = send(HttpRequest.newBuilder(URI.create(base).resolve(location)).header("Authorization", "Bearer " + token)
                    .GET(), 200).body();
            String progress = field(job, "percent") + " % " + field(job, "rowsRead") + " rows";
            if (print && !progress.equals(last)) {
                System.out.println("  upload " + field(job, "state") + " " + progress + ", " + field(job, "rowsPerSecond")
                        + " rows/s");
                last = progress;
            }
        } while (job.contains("\"state\":\"RUNNING\""));
        return job;
    }

    static HttpResponse<String> send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    static void waitFor(String url, String token, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3));
                if (token != null) {
                    b.header("Authorization", "Bearer " + token);
                }
                if (HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(url + " not ready in " + seconds + " s");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^,\"}]*)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    static long peakRssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
