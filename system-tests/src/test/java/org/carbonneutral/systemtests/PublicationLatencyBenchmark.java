package org.carbonneutral.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.platform.testing.TestKafka;
import org.postgresql.PGConnection;

/**
 * From the final approval to the public page being served: N declarations are taken through the four running
 * services (inventory, pathway and credits approved as an ESG platform would), after {@value #WARMUP} that are not
 * measured ({@code BENCH_WARMUP=K} for another number); for each, the clock starts when the
 * offsets approval is sent (the revision it approves read before) and stops when the public page first answers 200.
 * The offsets approval is sent once it is the final one: when every event the other approvals caused has been relayed
 * by every service and consumed by disclosure-service (otherwise the clock would also time the pathway approval's
 * own publication work still in flight); the time that took is printed too.
 * Prints p50/p99/max (goal: p99 ≤ 100 ms), then where the time goes, stage by stage, from the instants the suite
 * itself records:
 * <ol>
 * <li>approval → outbox: the request is sent until the OffsetsApproved event is recorded (the envelope's {@code time});
 * <li>outbox → Kafka: until the relay sends it (the record's timestamp, set by the producer): the commit, the
 * notification and the send;
 * <li>Kafka → consumer: until disclosure-service's consuming transaction starts ({@code processed_event.processed_at});
 * <li>consumer → publication: until the publication is made ({@code published_declaration.published_at});
 * <li>publication → page served: its commit, and the first read that sees it (read at each commit disclosure-service's
 * database notifies, and every 50 ms besides); how many reads that took and how long the one that served the page
 * took are printed too.
 * </ol>
 * Then how busy the cores were while the clock ran and each process's CPU time per publication ({@link CpuTime}) —
 * for the services and the broker also by the kind of thread that used it —, each
 * service's peak resident memory (VmHWM) under this load, their total (goal ≤ 1.5 GiB), and each one's time
 * from launch to ready with the four started together (the goal of 5 s is for a service started alone: {@code suite
 * bench} measures that). One machine's wall clock times everything. Run by
 * {@code deploy/local/suite bench-publication [N]}; not a test.
 */
public final class PublicationLatencyBenchmark {

    static final double GOAL_P99_MS = 100;
    static final long GOAL_MEMORY_MIB = 1536;
    /**
     * Declarations taken through before the measured ones, as a running suite has been: the services compile a method
     * (the quick compiler only) once it has been called about 200 times, and much of a publication's code runs once
     * or a few times per publication, so after only a few declarations the measured ones would also time the
     * interpreter and the compiling (about twice the CPU per publication for the first ten).
     */
    static final int WARMUP = 50;
    private static final String[] DATABASES = {"inventory", "pathway", "offsets", "disclosure"};
    private static final String[] STAGES = {"approval -> outbox", "outbox -> Kafka", "Kafka -> consumer",
            "consumer -> publication", "publication -> page served"};

    /**
     * The OffsetsApproved record of one declaration: its event id, when it was recorded, when it was sent, when this
     * benchmark's own consumer had it.
     */
    private record Sent(UUID eventId, long recordedMillis, long sentMillis, long readMillis) {
    }

    private PublicationLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int warmup = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", String.valueOf(WARMUP)));
        RunningSuite.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<UUID, Sent> sent = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch reading = new CountDownLatch(1);
        Thread reader = new Thread(() -> readApprovals(sent, stop, reading), "offset-events-reader");
        reader.setDaemon(true);
        reader.start();
        if (!reading.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("could not read " + Topics.OFFSET);
        }
        long[] nanos = new long[n];
        long[][] stages = new long[STAGES.length][n];
        long[] plainConsumer = new long[n];
        long[] settle = new long[n];
        long[] servingRead = new long[n];
        long[] reads = new long[n];
        Map<Long, String> named = new HashMap<>();
        for (String service : RunningSuite.SERVICES) {
            named.put(RunningSuite.pid(service), service);
        }
        Map<String, Long> cpu = new LinkedHashMap<>();
        Map<String, Connection> databases = new LinkedHashMap<>();
        Connection listening = connect("disclosure");
        try {
            for (String database : DATABASES) {
                databases.put(database, connect(database));
            }
            Connection db = databases.get("disclosure");
            try (Statement listen = listening.createStatement()) {
                listen.execute("listen outbox_event");
            }
            PGConnection commits = listening.unwrap(PGConnection.class);
            for (int i = -warmup; i < n; i++) {
                Journey j = Journey.readyForFinalApproval();
                long settling = System.nanoTime();
                awaitAtRest(databases, j.id);
                if (i >= 0) {
                    settle[i] = (System.nanoTime() - settling) / 1_000_000;
                }
                HttpRequest page = HttpRequest.newBuilder(URI.create(RunningSuite.url("disclosure-service")
                        + "/public/declarations/" + j.id)).GET().build();
                // the approval as an ESG platform sends it, of the revision it has read before
                HttpRequest approval = HttpRequest.newBuilder(URI.create(RunningSuite.url("offset-service")
                                + "/api/offsets/" + j.id + "/approval"))
                        .header("Authorization", "Bearer " + j.approver).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"revision\":" + j.revision("offset-service",
                                "/api/offsets/") + "}")).build();
                Map<String, Long> cpuBefore = CpuTime.snapshot(named, true);
                commits.getNotifications(-1); // earlier commits' notifications, not this publication's
                long startMillis = System.currentTimeMillis();
                long start = System.nanoTime();
                HttpResponse<String> approved = http.send(approval, HttpResponse.BodyHandlers.ofString());
                if (approved.statusCode() != 200) {
                    throw new IllegalStateException("approval of " + j.id + ": HTTP " + approved.statusCode() + " "
                            + approved.body());
                }
                // the page is read when disclosure-service's database notifies a commit that recorded an event (the
                // publication's), and every 50 ms besides: reading it in a tight loop would take the cores it measures
                long read = System.nanoTime();
                int count = 1;
                while (http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                    if (System.nanoTime() - start > 30_000_000_000L) {
                        throw new IllegalStateException("declaration " + j.id + " not published within 30 s");
                    }
                    commits.getNotifications(50);
                    read = System.nanoTime();
                    count++;
                }
                long elapsed = System.nanoTime() - start;
                if (i >= 0) {
                    CpuTime.add(cpu, cpuBefore, CpuTime.snapshot(named, false));
                    nanos[i] = elapsed;
                    servingRead[i] = (start + elapsed - read) / 1_000_000;
                    reads[i] = count;
                    long[] instants = instants(db, sent, j.id, startMillis);
                    plainConsumer[i] = sent.get(j.id).readMillis() - instants[2];
                    for (int s = 0; s < STAGES.length - 1; s++) {
                        stages[s][i] = instants[s + 1] - instants[s];
                    }
                    // the last stage ends when the page was served
                    stages[STAGES.length - 1][i] = startMillis + elapsed / 1_000_000 - instants[STAGES.length - 1];
                }
            }
        } finally {
            stop.set(true);
            for (Connection c : databases.values()) {
                c.close();
            }
            listening.close();
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double p99 = q(sorted, 0.99) / 1e6;
        System.out.printf(Locale.ROOT, "publication    final approval -> public page served, %d declarations (after %d to "
                + "warm up): p50 %.0f ms, p99 %.0f ms, max %.0f ms  [goal: p99 <= %.0f ms: %s]%n", n, warmup,
                q(sorted, 0.50) / 1e6, p99,
                sorted[n - 1] / 1e6, GOAL_P99_MS, p99 <= GOAL_P99_MS ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "distribution   p90 %.0f ms, p95 %.0f ms; the slowest three, stage by stage (ms):%n",
                q(sorted, 0.90) / 1e6, q(sorted, 0.95) / 1e6);
        Integer[] order = new Integer[n];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (x, y) -> Long.compare(nanos[y], nanos[x]));
        for (int k = 0; k < Math.min(3, n); k++) {
            int i = order[k];
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "               %4.0f =", nanos[i] / 1e6));
            for (int s = 0; s < STAGES.length; s++) {
                line.append(s == 0 ? " " : " + ").append(stages[s][i]);
            }
            System.out.println(line);
        }
        double total = 0;
        double[] means = new double[STAGES.length];
        for (int s = 0; s < STAGES.length; s++) {
            means[s] = Arrays.stream(stages[s]).average().orElse(0);
            total += means[s];
        }
        for (int s = 0; s < STAGES.length; s++) {
            long[] st = stages[s].clone();
            Arrays.sort(st);
            System.out.printf(Locale.ROOT, "stage          %-27s mean %6.1f ms  p50 %4d ms  p99 %4d ms  share %3.0f %%%n",
                    STAGES[s], means[s], (long) q(st, 0.5), (long) q(st, 0.99), total > 0 ? 100 * means[s] / total : 0);
        }
        Arrays.sort(servingRead);
        System.out.printf(Locale.ROOT, "page reads     %.1f per publication; the one that served the page took p50 %d ms, "
                + "p99 %d ms%n", Arrays.stream(reads).average().orElse(0), (long) q(servingRead, 0.5),
                (long) q(servingRead, 0.99));
        long ticks = cpu.getOrDefault(CpuTime.MACHINE_BUSY, 0L) + cpu.getOrDefault(CpuTime.MACHINE_IDLE, 0L);
        StringBuilder users = new StringBuilder();
        cpu.entrySet().stream().filter(e -> !e.getKey().startsWith("(") && !e.getKey().contains(": "))
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> users.append(String.format(Locale.ROOT, "%s%s %.1f", users.length() == 0 ? "" : ", ",
                        e.getKey(), e.getValue() * CpuTime.MILLIS_PER_TICK / n)));
        System.out.printf(Locale.ROOT, "cpu            while the clock ran: the cores busy %.0f %% of the time; "
                + "CPU ms per publication by process: %s%n",
                ticks == 0 ? 0 : 100.0 * cpu.get(CpuTime.MACHINE_BUSY) / ticks, users);
        List<String> threaded = new ArrayList<>(List.of(RunningSuite.SERVICES));
        threaded.add("kafka");
        for (String service : threaded) {
            StringBuilder kinds = new StringBuilder();
            cpu.entrySet().stream().filter(e -> e.getKey().startsWith(service + ": ") && e.getValue() > 0)
                    .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                    .forEach(e -> kinds.append(String.format(Locale.ROOT, "%s%s %.1f", kinds.length() == 0 ? "" : ", ",
                            e.getKey().substring(service.length() + 2), e.getValue() * CpuTime.MILLIS_PER_TICK / n)));
            System.out.printf(Locale.ROOT, "cpu            %s, CPU ms per publication by thread: %s%n", service, kinds);
        }
        Arrays.sort(settle);
        System.out.printf(Locale.ROOT, "at rest        before each final approval, until the earlier approvals' "
                + "events were all relayed and consumed by disclosure-service: p50 %d ms, max %d ms%n",
                (long) q(settle, 0.5), settle[n - 1]);
        Arrays.sort(plainConsumer);
        System.out.printf(Locale.ROOT, "kafka          for comparison, the same record from Kafka to the benchmark's own "
                + "consumer (a plain KafkaConsumer of offset.events): p50 %d ms, p99 %d ms%n", (long) q(plainConsumer, 0.5),
                (long) q(plainConsumer, 0.99));
        long memory = 0;
        List<String> each = new ArrayList<>();
        for (String service : RunningSuite.SERVICES) {
            long mib = RunningSuite.peakResidentMib(service);
            memory += mib;
            each.add(service + " " + mib);
        }
        System.out.printf(Locale.ROOT, "memory         peak resident (VmHWM, MiB) under this benchmark: %s; total %d MiB  "
                + "[goal: total <= %d MiB: %s]%n", String.join(", ", each), memory, GOAL_MEMORY_MIB,
                memory <= GOAL_MEMORY_MIB ? "met" : "NOT met");
        for (String service : RunningSuite.SERVICES) {
            long ms = RunningSuite.readyMillis(service);
            System.out.printf(Locale.ROOT, "startup        %s: launch -> ready %d ms (the four at once, on the cores "
                    + "the benchmark shares)%n", service, ms);
        }
        System.exit(0);
    }

    /**
     * The instants (epoch ms) that bound the stages of one declaration: approval sent, event recorded, event sent,
     * consumed, published.
     */
    private static long[] instants(Connection db, Map<UUID, Sent> sent, UUID declarationId, long startMillis)
            throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        Sent record;
        while ((record = sent.get(declarationId)) == null) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the OffsetsApproved record of " + declarationId + " was not read");
            }
            Thread.sleep(5);
        }
        long consumed = single(db, "select (extract(epoch from processed_at) * 1000)::bigint from processed_event "
                + "where event_id = ? and consumer = 'disclosure-service'", record.eventId());
        long published = single(db, "select (extract(epoch from published_at) * 1000)::bigint from published_declaration "
                + "where declaration_id = ? order by version limit 1", declarationId);
        return new long[] {startMillis, record.recordedMillis(), record.sentMillis(), consumed, published};
    }

    /**
     * Waits until no service has an event left to relay and disclosure-service has consumed every event recorded for
     * the declaration by inventory-, pathway- and offset-service (it consumes every type their topics carry).
     */
    private static void awaitAtRest(Map<String, Connection> databases, UUID declarationId) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!atRest(databases, declarationId)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the events of declaration " + declarationId
                        + " did not settle within 30 s");
            }
            Thread.sleep(5);
        }
    }

    private static boolean atRest(Map<String, Connection> databases, UUID declarationId) throws Exception {
        List<UUID> recorded = new ArrayList<>();
        for (Map.Entry<String, Connection> database : databases.entrySet()) {
            try (PreparedStatement unsent = database.getValue().prepareStatement(
                    "select count(*) from outbox_event where sent_at is null");
                    ResultSet rows = unsent.executeQuery()) {
                if (rows.next() && rows.getLong(1) > 0) {
                    return false;
                }
            }
            if (!database.getKey().equals("disclosure")) {
                try (PreparedStatement events = database.getValue().prepareStatement(
                        "select id from outbox_event where event_key = ?")) {
                    events.setString(1, declarationId.toString());
                    try (ResultSet rows = events.executeQuery()) {
                        while (rows.next()) {
                            recorded.add(rows.getObject(1, UUID.class));
                        }
                    }
                }
            }
        }
        try (PreparedStatement consumed = databases.get("disclosure").prepareStatement("select count(*) from "
                + "processed_event where consumer = 'disclosure-service' and event_id = any(?)")) {
            consumed.setArray(1, consumed.getConnection().createArrayOf("uuid", recorded.toArray()));
            try (ResultSet rows = consumed.executeQuery()) {
                return rows.next() && rows.getLong(1) == recorded.size();
            }
        }
    }

    /** A connection to one of the services' databases on the test PostgreSQL. */
    private static Connection connect(String database) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + RunningSuite.pgPort() + "/" + database,
                "postgres", System.getenv().getOrDefault("SUITE_PG_PASSWORD", "postgres"));
    }

    private static long single(Connection db, String sql, UUID id) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("nothing for " + id + ": " + sql);
                }
                return rows.getLong(1);
            }
        }
    }

    /** Reads offset.events from its end as it grows, keeping each OffsetsApproved record's instants. */
    private static void readApprovals(Map<UUID, Sent> sent, AtomicBoolean stop, CountDownLatch reading) {
        System.setProperty("suite.test.kafka", RunningSuite.kafka()); // TestKafka reads the services' broker
        Properties props = TestKafka.as("admin");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "publication-benchmark-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.OFFSET, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(Topics.OFFSET, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // fixes the start before the first approval is sent
            reading.countDown();
            while (!stop.get()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    CloudEvent event = Events.parse(r.value());
                    if (event.type().equals(EventType.OFFSETS_APPROVED.ceType())) {
                        sent.putIfAbsent(event.declarationId(), new Sent(event.id(),
                                event.time().toInstant().toEpochMilli(), r.timestamp(), System.currentTimeMillis()));
                    }
                }
            }
        }
    }

    private static double q(long[] sorted, double q) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)];
    }
}
