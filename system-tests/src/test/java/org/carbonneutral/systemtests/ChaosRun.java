package org.carbonneutral.systemtests;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;
import org.carbonneutral.contracts.Topics;
import org.carbonneutral.contracts.events.DeclarationPublished;
import org.carbonneutral.platform.testing.Tokens;

/**
 * Declarations taken through a {@link ReplicatedSuite} (opened, the three parts entered and approved, as an ESG
 * platform would; every request sent to one of the service's instances, and to another when that one is down) while
 * faults are injected: instances killed with SIGKILL and started again a few seconds later, brokers killed and started
 * again (never more than one down, so min.insync.replicas 2 holds), PostgreSQL restarted. Then every declaration's
 * publications are read from disclosure.events and its public page, and the dead-letter topics are counted.
 *
 * <p>Run by {@code deploy/local/suite chaos [FLOWS]} (against the replicas instance, the services on 8081, 18081…),
 * and by ReplicasAndBrokerFailuresIT.
 */
final class ChaosRun {

    /** What one run found. The goal: lost, duplicated, stale, stuck and failed all 0. */
    record Result(int flows, int faults, Map<String, Integer> faultsByKind, int publishedOnce, int lost, int duplicated,
            int stale, int stuck, int failed, int deadLettered, int fiveXx, double p50Ms, double p99Ms, double maxMs,
            long eventsReadMs, List<String> problems) {

        String report() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "chaos: %d flows, %d faults injected %s%n", flows, faults, faultsByKind));
            s.append(String.format(Locale.ROOT, "  published exactly once  %d%n", publishedOnce));
            s.append(String.format(Locale.ROOT, "  lost (never published)  %d%n", lost));
            s.append(String.format(Locale.ROOT, "  duplicated              %d%n", duplicated));
            s.append(String.format(Locale.ROOT, "  stale                   %d%n", stale));
            s.append(String.format(Locale.ROOT, "  stuck                   %d%n", stuck));
            s.append(String.format(Locale.ROOT, "  failed before approval  %d%n", failed));
            s.append(String.format(Locale.ROOT, "  dead-lettered           %d%n", deadLettered));
            s.append(String.format(Locale.ROOT, "  5xx seen                %d%n", fiveXx));
            s.append(String.format(Locale.ROOT, "  approval -> publication p50 %.0f ms, p99 %.0f ms, max %.0f ms (under chaos)%n",
                    p50Ms, p99Ms, maxMs));
            s.append(String.format(Locale.ROOT, "  publication events all read %.1f s after the faults and flows ended%n",
                    eventsReadMs / 1000.0));
            problems.stream().limit(20).forEach(p -> s.append("  ! ").append(p).append('\n'));
            return s.toString();
        }
    }

    private static final String OPERATOR = Tokens.of("suite", "ops@suite.example", "operator");

    private final ReplicatedSuite suite;
    private final int flows;
    private final int minFaults;
    private final int parallel;
    private final Duration faultEvery;
    private final Duration grace;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger fiveXx = new AtomicInteger();
    private final Map<String, AtomicInteger> faults = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final Object registryLock = new Object();
    /** Instances and brokers down now (a fault is injected only where the rest stays up). */
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final AtomicInteger injected = new AtomicInteger();
    private final List<Thread> recoveries = Collections.synchronizedList(new ArrayList<>());

    ChaosRun(ReplicatedSuite suite, int flows, int minFaults, int parallel, Duration faultEvery, Duration grace) {
        this.suite = suite;
        this.flows = flows;
        this.minFaults = minFaults;
        this.parallel = parallel;
        this.faultEvery = faultEvery;
        this.grace = grace;
    }

    /** One declaration's way through the suite, and what it approved last. */
    final class Flow {
        final String tenant = "tenant-" + UUID.randomUUID();
        final String preparer = Tokens.of(tenant, "pat@example.tw", "preparer");
        final String approver = Tokens.of(tenant, "ann@example.tw", "approver");
        final long moenvStart = ThreadLocalRandom.current().nextLong(100_000_000L, 899_000_000L);
        final long verraStart = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        UUID id;
        int inventoryRevision = -1;
        int pathwayRevision = -1;
        int offsetsRevision = -1;
        long approvedAt;
        long publishedAfterNanos = -1;
        String failure;

        void run() throws Exception {
            Reply opened = call("disclosure-service", "POST", "/api/declarations", preparer, Journey.DECLARATION,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            expect(opened, 201, "open the declaration");
            id = UUID.fromString(opened.json().getString("id"));
            expect(call("disclosure-service", "PUT", "/api/declarations/" + id + "/profile", preparer, Journey.PROFILE,
                    Map.of()), 200, "enter the profile");
            expect(call("disclosure-service", "PUT", "/api/declarations/" + id + "/claim-verification", preparer,
                    Journey.CLAIM_VERIFICATION, Map.of()), 200, "enter the claim verification");
            await("inventory-service", "/api/inventories/", j -> true);
            await("pathway-service", "/api/pathways/", j -> true);
            await("offset-service", "/api/offsets/", j -> true);
            inventoryRevision = enter("inventory-service", "/api/inventories/", Journey.INVENTORY);
            approve("inventory-service", "/api/inventories/", inventoryRevision);
            await("pathway-service", "/api/pathways/", j -> inventoryRevision == j.getInt("basisAvailable.inventory"));
            await("offset-service", "/api/offsets/", j -> inventoryRevision == j.getInt("basisAvailable.inventory"));
            pathwayRevision = enter("pathway-service", "/api/pathways/", Journey.PATHWAY);
            importRegistryRecords();
            offsetsRevision = enter("offset-service", "/api/offsets/", Journey.OFFSETS
                    .replace("{{MOENV_SERIAL}}", moenvSerial()).replace("{{VERRA_SERIAL}}", verraSerial()));
            approve("pathway-service", "/api/pathways/", pathwayRevision);
            awaitPath("offset-service", "/api/offsets/" + id + "/basis", j -> j.get("pathwayRevision") != null);
            approvedAt = System.nanoTime();
            approve("offset-service", "/api/offsets/", offsetsRevision);
            // the clock stops when the public page shows it; one not published by then is waited for after the faults
            awaitPublication(approvedAt + TimeUnit.SECONDS.toNanos(120));
        }

        /** Polls the public JSON until it shows the publication, or {@code until} passes. */
        boolean awaitPublication(long until) throws InterruptedException {
            while (System.nanoTime() < until) {
                try {
                    Reply r = callOnce("disclosure-service", "GET", "/api/public/declarations/" + id, null, null, Map.of());
                    if (r != null && r.status() == 200 && "PUBLISHED".equals(r.json().getString("status"))) {
                        publishedAfterNanos = System.nanoTime() - approvedAt;
                        return true;
                    }
                } catch (RuntimeException e) {
                    // an unreadable answer: ask again
                }
                Thread.sleep(25);
            }
            return false;
        }

        String moenvSerial() {
            return String.format("TW-2-1-%09d-%09d-00-00-A0000070", moenvStart, moenvStart + 221);
        }

        String verraSerial() {
            return "16543-" + verraStart + "-" + (verraStart + 1276) + "-VCS-VCU-263-VER-TW-1-2345-01012023-31122023-0";
        }

        int revision(String service, String part) throws Exception {
            Reply r = call(service, "GET", part + id, preparer, null, Map.of());
            expect(r, 200, "read " + part + id);
            return r.json().getInt("revision");
        }

        /** Enters the content against the current revision (If-Match); returns the new revision. */
        int enter(String service, String part, String body) throws Exception {
            int before = revision(service, part);
            Reply r = call(service, "PUT", part + id, preparer, body, Map.of("If-Match", "\"" + before + "\""));
            if (r.status() == 412 && r.retried()) {
                // the first attempt was applied before its instance died: the revision moved on by one
                int now = revision(service, part);
                if (now == before + 1) {
                    return now;
                }
            }
            expect(r, 200, "enter " + part + id);
            return r.json().getInt("revision");
        }

        void approve(String service, String part, int revision) throws Exception {
            Reply r = call(service, "POST", part + id + "/approval", approver, "{\"revision\":" + revision + "}",
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            if (r.status() != 200 && r.retried()) {
                // an attempt applied before its instance died: the approval of this revision stands
                Reply now = call(service, "GET", part + id, preparer, null, Map.of());
                if (now.status() == 200 && now.json().get("approval") != null
                        && now.json().getInt("approval.revision") == revision) {
                    return;
                }
            }
            expect(r, 200, "approve " + part + id);
        }

        void await(String service, String part, java.util.function.Predicate<JsonPath> until) throws Exception {
            awaitPath(service, part + id, until);
        }

        void awaitPath(String service, String path, java.util.function.Predicate<JsonPath> until) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                Reply r = call(service, "GET", path, preparer, null, Map.of());
                if (r.status() == 200) {
                    try {
                        if (until.test(r.json())) {
                            return;
                        }
                    } catch (RuntimeException e) {
                        // the field is not there yet
                    }
                } else if (r.status() != 404) {
                    expect(r, 200, "read " + path);
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("waited 180 s for " + service + " " + path);
        }

        /**
         * The registries publish this declaration's retirements (rows added to the simulator's exports) and an operator
         * has offset-service fetch them; one flow at a time, so no export loses another flow's rows.
         */
        void importRegistryRecords() throws Exception {
            synchronized (registryLock) {
                for (String[] export : new String[][] {{"MOENV", Journey.MOENV_EXPORT.replace("{{MOENV_SERIAL}}", moenvSerial())},
                    {"VERRA", Journey.VERRA_EXPORT.replace("{{VERRA_SERIAL}}", verraSerial())}}) {
                    URI uri = URI.create(suite.simulatorUrl() + "/" + export[0] + "/export.csv");
                    HttpResponse<String> served = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                            .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    String body = served.statusCode() == 200 ? served.body() : "";
                    String header = export[1].substring(0, export[1].indexOf('\n') + 1);
                    body = !body.startsWith(header) ? export[1]
                            : body + (body.endsWith("\n") ? "" : "\n") + export[1].substring(header.length());
                    int status = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                            .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 204) {
                        throw new IllegalStateException("the simulator refused the " + export[0] + " export: " + status);
                    }
                    Reply fetched = call("offset-service", "POST", "/api/registry-imports/" + export[0] + "/fetch",
                            OPERATOR, null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                    // 201: imported now; 200: this very export was imported already — by the schedule, or by this
                    // request's first attempt, applied on an instance that died before it answered
                    if (fetched.status() != 200) {
                        expect(fetched, 201, "fetch the " + export[0] + " export");
                    }
                }
            }
        }
    }

    record Reply(int status, String body, boolean retried) {
        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    static void expect(Reply r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + ": HTTP " + r.status() + " " + r.body());
        }
    }

    /**
     * Sends the request to one of the service's instances, starting with a random one; when the instance cannot be
     * reached, dies before it answers, or answers 5xx (counted), the same request (same Idempotency-Key) goes to the
     * next instance; a 409 idempotency-key-in-use (the first attempt still processing, or lost with its instance) is
     * sent again a second later; for up to four minutes.
     */
    Reply call(String service, String method, String path, String token, String body, Map<String, String> headers)
            throws InterruptedException {
        List<String> urls = suite.urls(service);
        int start = ThreadLocalRandom.current().nextInt(urls.size());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        boolean retried = false;
        Reply last = null;
        for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
            String base = urls.get((start + attempt) % urls.size());
            try {
                HttpResponse<String> r = http.send(request(base + path, method, token, body, headers),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 409 && r.body().contains("idempotency-key-in-use")) {
                    // the first attempt is still being processed, or died with its instance (its key is released
                    // after two minutes): send it again after Retry-After, as the answer asks
                    retried = true;
                    last = new Reply(r.statusCode(), r.body(), true);
                    Thread.sleep(1000);
                    continue;
                }
                if (r.statusCode() < 500) {
                    return new Reply(r.statusCode(), r.body(), retried);
                }
                fiveXx.incrementAndGet();
                last = new Reply(r.statusCode(), r.body(), retried);
            } catch (IOException e) {
                // the instance is down or died mid-request
            }
            retried = true;
            Thread.sleep(attempt < urls.size() ? 50 : 500);
        }
        return last != null ? last : new Reply(599, "no instance of " + service + " answered " + method + " " + path, true);
    }

    /** One attempt on a random instance; null when it cannot be reached. */
    Reply callOnce(String service, String method, String path, String token, String body, Map<String, String> headers)
            throws InterruptedException {
        List<String> urls = suite.urls(service);
        String base = urls.get(ThreadLocalRandom.current().nextInt(urls.size()));
        try {
            HttpResponse<String> r = http.send(request(base + path, method, token, body, headers),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() >= 500) {
                fiveXx.incrementAndGet();
            }
            return new Reply(r.statusCode(), r.body(), false);
        } catch (IOException e) {
            return null;
        }
    }

    private static HttpRequest request(String url, String method, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return b.build();
    }

    // ------------------------------------------------------------------ faults

    private void fault(String kind) {
        faults.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private int faultCount() {
        return faults.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Injects one fault where it leaves every service one instance up and the cluster two brokers up. */
    private void injectOne(boolean postgresDue) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (postgresDue) {
            suite.infra("postgres-stop");
            fault("postgres-restart");
            Thread.sleep(3000);
            suite.infra("postgres-start");
            return;
        }
        // of five faults, two are broker kills (when no broker is down) and three instance kills
        int turn = injected.getAndIncrement() % 5;
        if ((turn == 1 || turn == 3) && down.stream().noneMatch(d -> d.startsWith("kafka-"))) {
            String node = String.valueOf(1 + random.nextInt(suite.kafkaNodes()));
            down.add("kafka-" + node);
            suite.infra("kafka-kill", node);
            fault("broker-kill");
            recover("kafka-" + node, () -> {
                Thread.sleep(4000 + random.nextInt(3000));
                suite.infra("kafka-start", node);
            });
            return;
        }
        List<String> candidates = new ArrayList<>();
        for (String service : RunningSuite.SERVICES) {
            for (int i = 0; i < suite.replicas; i++) {
                int up = 0;
                for (int k = 0; k < suite.replicas; k++) {
                    up += down.contains(ReplicatedSuite.key(service, k)) ? 0 : 1;
                }
                if (up > 1 && !down.contains(ReplicatedSuite.key(service, i))) {
                    candidates.add(ReplicatedSuite.key(service, i));
                }
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        String key = candidates.get(random.nextInt(candidates.size()));
        String service = key.substring(0, key.indexOf('#'));
        int instance = Integer.parseInt(key.substring(key.indexOf('#') + 1));
        down.add(key);
        suite.kill(service, instance);
        fault("instance-kill");
        recover(key, () -> {
            Thread.sleep(2000 + random.nextInt(3000));
            suite.restart(service, instance);
        });
    }

    interface Step {
        void run() throws Exception;
    }

    private void recover(String what, Step step) {
        Thread t = new Thread(() -> {
            try {
                step.run();
            } catch (Exception e) {
                problems.add("could not bring " + what + " back: " + e.getMessage());
            } finally {
                down.remove(what);
            }
        }, "recover-" + what);
        recoveries.add(t);
        t.start();
    }

    // ------------------------------------------------------------------ the run

    Result run() throws Exception {
        List<Flow> all = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < flows; i++) {
            Flow f = new Flow();
            all.add(f);
            futures.add(pool.submit(() -> {
                try {
                    f.run();
                } catch (Exception | AssertionError e) {
                    f.failure = String.valueOf(e.getMessage());
                    problems.add("flow " + f.id + " failed: " + e.getMessage());
                }
                return null;
            }));
        }
        pool.shutdown();
        long postgresAt = faultEvery.toNanos() * 3;
        long started = System.nanoTime();
        boolean postgresDone = false;
        while (!pool.isTerminated() || faultCount() < minFaults) {
            Thread.sleep(faultEvery.toMillis());
            boolean postgresDue = !postgresDone && System.nanoTime() - started > postgresAt;
            try {
                injectOne(postgresDue);
            } catch (Exception e) {
                problems.add("fault injection failed: " + e.getMessage());
            }
            postgresDone |= postgresDue;
            if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(60)) {
                break;
            }
        }
        if (!postgresDone) {
            injectOne(true);
        }
        for (Thread t : new ArrayList<>(recoveries)) {
            t.join(TimeUnit.MINUTES.toMillis(5));
        }
        pool.awaitTermination(10, TimeUnit.MINUTES);
        for (Future<?> f : futures) {
            f.get();
        }
        // every approved declaration is published within the grace period after the faults ended
        long faultsEnded = System.nanoTime();
        long until = faultsEnded + grace.toNanos();
        int stuck = 0;
        for (Flow f : all) {
            if (f.failure == null && f.publishedAfterNanos < 0 && !f.awaitPublication(until)) {
                stuck++;
                problems.add("flow " + f.id + " not published within the grace period");
            }
        }
        return verdict(all, stuck, faultsEnded, until);
    }

    /**
     * Reads the publications and judges each flow. A page served shows the publication committed, its event in the
     * outbox of the same transaction; the relay may still be sending it (a broker just back, a relay instance just
     * killed), so the topic is read again until every flow whose page was served has its event there, or the grace
     * period ends: only then is a flow without one lost.
     */
    private Result verdict(List<Flow> all, int stuck, long faultsEnded, long until) throws Exception {
        Map<UUID, Flow> byId = new HashMap<>();
        all.stream().filter(f -> f.failure == null).forEach(f -> byId.put(f.id, f));
        Map<UUID, List<CloudEvent>> published = publications(byId);
        while (System.nanoTime() < until && byId.values().stream()
                .anyMatch(f -> f.publishedAfterNanos >= 0 && !published.containsKey(f.id))) {
            Thread.sleep(2000);
            published.clear();
            published.putAll(publications(byId));
        }
        long eventsReadMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - faultsEnded);
        int once = 0;
        int lost = 0;
        int duplicated = 0;
        int stale = 0;
        for (Flow f : byId.values()) {
            List<CloudEvent> events = published.getOrDefault(f.id, List.of());
            Set<UUID> distinct = new HashSet<>();
            events.forEach(e -> distinct.add(e.id()));
            if (distinct.isEmpty()) {
                lost++;
                problems.add("flow " + f.id + " has no DeclarationPublished");
                continue;
            }
            Set<Integer> versions = new HashSet<>();
            boolean isStale = false;
            for (CloudEvent e : events) {
                DeclarationPublished p = Events.payload(e, DeclarationPublished.class);
                versions.add(p.version());
                if (p.inventoryRevision() != f.inventoryRevision || p.pathwayRevision() != f.pathwayRevision
                        || p.offsetsRevision() != f.offsetsRevision) {
                    isStale = true;
                    problems.add("flow " + f.id + " published revisions " + p.inventoryRevision() + "/"
                            + p.pathwayRevision() + "/" + p.offsetsRevision() + ", approved " + f.inventoryRevision + "/"
                            + f.pathwayRevision + "/" + f.offsetsRevision);
                }
            }
            if (distinct.size() > 1 || versions.size() > 1) {
                duplicated++;
                problems.add("flow " + f.id + " published " + distinct.size() + " times, versions " + versions);
            } else if (!isStale) {
                once++;
            }
            if (isStale) {
                stale++;
            }
        }
        int dead = 0;
        List<String> dlq = deadLetterTopics();
        for (ConsumerRecord<String, String> r : readAll(dlq)) {
            dead++;
            problems.add("dead-lettered in " + r.topic() + ": key " + r.key());
        }
        long[] latencies = all.stream().filter(f -> f.publishedAfterNanos >= 0).mapToLong(f -> f.publishedAfterNanos)
                .sorted().toArray();
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        faults.forEach((k, v) -> kinds.put(k, v.get()));
        int failed = (int) all.stream().filter(f -> f.failure != null).count();
        return new Result(all.size(), faultCount(), kinds, once, lost, duplicated, stale, stuck, failed, dead,
                fiveXx.get(), q(latencies, 0.50), q(latencies, 0.99),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6, eventsReadMs, new ArrayList<>(problems));
    }

    /** The DeclarationPublished events of these flows in disclosure.events now, by declaration. */
    private Map<UUID, List<CloudEvent>> publications(Map<UUID, Flow> byId) {
        Map<UUID, List<CloudEvent>> published = new HashMap<>();
        for (ConsumerRecord<String, String> r : readAll(List.of(Topics.DISCLOSURE))) {
            CloudEvent e;
            try {
                e = Events.parse(r.value());
            } catch (RuntimeException ex) {
                continue;
            }
            if (e.type().equals(EventType.DECLARATION_PUBLISHED.ceType())) {
                DeclarationPublished p = Events.payload(e, DeclarationPublished.class);
                if (byId.containsKey(p.declarationId())) {
                    published.computeIfAbsent(p.declarationId(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        return published;
    }

    private List<String> deadLetterTopics() throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(suite.kafkaAdmin())) {
            return admin.listTopics().names().get(60, TimeUnit.SECONDS).stream().filter(t -> t.contains(".dlq.")).sorted()
                    .toList();
        }
    }

    /** Every record of these topics, from their beginning to their end now. */
    private List<ConsumerRecord<String, String>> readAll(List<String> topics) {
        var props = suite.kafkaAdmin();
        props.put("group.id", "chaos-reader-" + UUID.randomUUID());
        props.put("enable.auto.commit", "false");
        props.put("isolation.level", "read_committed");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            if (partitions.isEmpty()) {
                return found;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline
                    && partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(found::add);
            }
        }
        return found;
    }

    private static double q(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    /**
     * {@code deploy/local/suite chaos [FLOWS]}: the services twice each (8081, 18081…) against the replicas instance
     * (a three-node Kafka cluster, the PostgreSQL of run), FLOWS declarations (default 100) under at least 20 faults.
     */
    public static void main(String[] args) throws Exception {
        int flows = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int replicas = Integer.parseInt(System.getProperty("suite.chaos.replicas", "2"));
        Path logs = ReplicatedSuite.ROOT.resolve(".local/replicas/logs");
        Result result;
        try (ReplicatedSuite suite = new ReplicatedSuite("replicas", replicas, true, 58090, logs)) {
            // interrupted (Ctrl-C), it still stops the instances and the cluster it started
            Thread stopper = new Thread(() -> {
                try {
                    suite.close();
                } catch (Exception e) {
                    System.err.println("chaos: could not stop everything: " + e.getMessage());
                }
            });
            Runtime.getRuntime().addShutdownHook(stopper);
            suite.start();
            System.out.println("chaos: " + replicas + " instances of each service " + Arrays.toString(
                    RunningSuite.SERVICES) + ", Kafka " + suite.bootstrap() + "; " + flows + " flows");
            result = new ChaosRun(suite, flows, Math.max(20, flows / 5), 6, Duration.ofSeconds(6), Duration.ofSeconds(120))
                    .run();
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
        System.out.print(result.report());
        System.exit(result.lost() + result.duplicated() + result.stale() + result.stuck() + result.failed() == 0 ? 0 : 1);
    }
}
