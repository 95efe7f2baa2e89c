package org.carbonneutral.offset.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.carbonneutral.offset.service.SerialLedger;

/**
 * The serial ledger at scale: fills {@code retired_block} (schema from the service's own migration, exclusion
 * constraint in place) with N retired blocks spread over registries and numbering spaces, then prints the latency of
 * the service's overlap check and of a retirement (p50/p99, over loopback JDBC), and retirements/s with 8 concurrent
 * clients. Goal: overlap check p99 ≤ 2 ms at 10,000,000 blocks. Run by {@code deploy/local/suite bench-ledger [N]}
 * against the test PostgreSQL; not a test.
 */
public final class LedgerBenchmark {

    static final String PG = "jdbc:postgresql://127.0.0.1:" + System.getProperty("suite.test.pg-port", "26432") + "/offsets";
    /** Every block is 50 serials wide with a gap of 50 after it: probes can hit a block or fall into a gap. */
    static final long WIDTH = 50;
    static final long STRIDE = 100;
    static final int SPACES = 1000;
    static final String[][] MIX = {{"VERRA", "VCU"}, {"GOLD_STANDARD", "batch "}, {"MOENV", "TW"}, {"ACR", "ACR-US-"}};

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long blocks = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        try (Connection c = DriverManager.getConnection(PG, "postgres", "postgres")) {
            schema(c);
            fill(c, blocks);
            try (Statement st = c.createStatement()) {
                st.execute("vacuum analyze retired_block");
            }
            print("ledger", "%,d blocks, table %s, exclusion index %s", count(c), size(c, "retired_block"),
                    size(c, "retired_block_no_overlap"));
            overlapLatency(c, blocks);
            retirementLatency(c, blocks);
        }
        throughput(blocks, 8);
    }

    /** Key of block {@code i}: registry, numbering space, start serial. */
    static Object[] block(long i) {
        String[] m = MIX[(int) (i % MIX.length)];
        long perKind = i / MIX.length;
        boolean global = m[0].equals("VERRA") || m[0].equals("MOENV");
        String key = global ? m[1] : m[1] + (perKind % SPACES);
        long slot = global ? perKind : perKind / SPACES;
        return new Object[] {m[0], key, slot * STRIDE + 1};
    }

    static void schema(Connection c) throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute("drop table if exists registry_record, registry_import, retired_block cascade");
            // the ledger's migrations, and the one table of the part they read
            st.execute("drop table if exists part cascade");
            st.execute("drop function if exists retired_block_published_is_final cascade");
            st.execute("create table part (declaration_id uuid primary key, approved_revision integer)");
            for (String migration : List.of("V10__serial_ledger.sql", "V32__ledger_holds_on_approval.sql")) {
                try (InputStream in = LedgerBenchmark.class.getResourceAsStream("/db/migration/" + migration)) {
                    st.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    static void fill(Connection c, long blocks) throws SQLException {
        long started = System.nanoTime();
        long chunk = 1_000_000;
        // the same layout as block(i), in SQL, a million at a time (each chunk one transaction)
        String sql = "insert into retired_block (registry, batch_key, serial_start, serial_end, serial_number, tenant, "
                + "declaration_id, retired_on, offsets_revision) select k.registry, case when k.global then k.prefix else k.prefix "
                + "|| ((g / 4) % " + SPACES + ") end, (case when k.global then g / 4 else (g / 4) / " + SPACES + " end) * "
                + STRIDE + " + 1, (case when k.global then g / 4 else (g / 4) / " + SPACES + " end) * " + STRIDE + " + "
                + WIDTH + ", 'bench-' || g, 'bench', '00000000-0000-0000-0000-000000000001', date '2025-03-01', 1 "
                + "from generate_series(?::bigint, ?::bigint) g join (values (0, 'VERRA', 'VCU', true), "
                + "(1, 'GOLD_STANDARD', 'batch ', false), (2, 'MOENV', 'TW', true), (3, 'ACR', 'ACR-US-', false)) "
                + "k(kind, registry, prefix, global) on k.kind = g % 4";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (long from = 0; from < blocks; from += chunk) {
                ps.setLong(1, from);
                ps.setLong(2, Math.min(blocks, from + chunk) - 1);
                ps.executeUpdate();
                print("fill", "%,d blocks, %.0f s", Math.min(blocks, from + chunk), (System.nanoTime() - started) / 1e9);
            }
        }
    }

    static void overlapLatency(Connection c, long blocks) throws SQLException {
        String sql = SerialLedger.OVERLAP.replaceAll("\\?\\d+", "?");
        SplittableRandom random = new SplittableRandom(42);
        int warmup = 2_000;
        int samples = 20_000;
        long[] nanos = new long[samples];
        int hits = 0;
        UUID probe = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int n = -warmup; n < samples; n++) {
                Object[] b = block(random.nextLong(blocks));
                long start = (Long) b[2] + random.nextLong(STRIDE) - 10;
                ps.setString(1, (String) b[0]);
                ps.setString(2, (String) b[1]);
                ps.setLong(3, Math.max(1, start));
                ps.setLong(4, Math.max(1, start) + random.nextLong(20));
                ps.setObject(5, probe);
                long t = System.nanoTime();
                try (ResultSet rs = ps.executeQuery()) {
                    boolean found = rs.next();
                    if (n >= 0) {
                        nanos[n] = System.nanoTime() - t;
                        hits += found ? 1 : 0;
                    }
                }
            }
        }
        print("overlap check", "p50 %s, p99 %s, max %s over %,d probes (%d %% overlapping)  [goal: p99 <= 2 ms]",
                ms(nanos, 0.50), ms(nanos, 0.99), ms(nanos, 1.0), samples, hits * 100 / samples);
    }

    static void retirementLatency(Connection c, long blocks) throws SQLException {
        String sql = SerialLedger.INSERT.replaceAll("\\?\\d+", "?");
        int samples = 5_000;
        long[] nanos = new long[samples];
        UUID declaration = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int n = 0; n < samples; n++) {
                // a fresh block in the gap after an existing one: checked against its neighbours, never refused
                Object[] b = block(blocks - 1 - n);
                bind(ps, b, (Long) b[2] + WIDTH + 10, declaration);
                long t = System.nanoTime();
                ps.executeUpdate();
                nanos[n] = System.nanoTime() - t;
            }
        }
        print("retirement", "p50 %s, p99 %s over %,d single-block retirements (insert checked by the exclusion constraint, "
                + "autocommit)", ms(nanos, 0.50), ms(nanos, 0.99), samples);
    }

    static void bind(PreparedStatement ps, Object[] b, long start, UUID declaration) throws SQLException {
        ps.setString(1, (String) b[0]);
        ps.setString(2, (String) b[1]);
        ps.setLong(3, start);
        ps.setLong(4, start + 9);
        ps.setString(5, "bench");
        ps.setString(6, "bench");
        ps.setObject(7, declaration);
        ps.setObject(8, java.time.LocalDate.of(2025, 3, 1));
        ps.setString(9, null);
        ps.setInt(10, 1);
    }

    static void throughput(long blocks, int clients) throws Exception {
        String sql = SerialLedger.INSERT.replaceAll("\\?\\d+", "?");
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> done = new ArrayList<>();
        long seconds = 10;
        for (int k = 0; k < clients; k++) {
            int client = k;
            done.add(pool.submit(() -> {
                long count = 0;
                UUID declaration = UUID.randomUUID();
                try (Connection c = DriverManager.getConnection(PG, "postgres", "postgres");
                        PreparedStatement ps = c.prepareStatement(sql)) {
                    // each client retires 1-serial blocks in its own slice of the gaps of the existing blocks
                    for (long i = client; !stop.get(); i += clients) {
                        Object[] b = block(i % blocks);
                        bind(ps, b, (Long) b[2] + WIDTH + 20 + (i / blocks) * 10, declaration);
                        ps.executeUpdate();
                        count++;
                    }
                }
                return count;
            }));
        }
        Thread.sleep(seconds * 1000);
        stop.set(true);
        long total = 0;
        for (Future<Long> f : done) {
            total += f.get();
        }
        pool.shutdown();
        print("throughput", "%,.0f retirements/s with %d concurrent clients over %d s (%,d retirements)",
                total / (double) seconds, clients, seconds, total);
    }

    static String ms(long[] nanos, double q) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return String.format(Locale.ROOT, "%.3f ms", sorted[Math.max(0, i)] / 1e6);
    }

    static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from retired_block")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String size(Connection c, String relation) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select pg_size_pretty(pg_relation_size('" + relation + "'))")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void print(String what, String format, Object... args) {
        System.out.printf(Locale.ROOT, "%-14s " + format + "%n", prepend(what, args));
    }

    private static Object[] prepend(String what, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = what;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
