package org.carbonneutral.systemtests;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CPU time (clock ticks, user and system) the machine's processes have used so far, by who they are: each
 * service, PostgreSQL, the Kafka broker, this JVM and everything else; and the machine's busy and idle ticks
 * ({@code /proc/stat}).
 * Two snapshots bound a window; their difference tells who kept the cores busy meanwhile.
 */
final class CpuTime {

    /** A clock tick of {@code /proc}'s CPU times: Linux reports them in USER_HZ, 100 per second. */
    static final double MILLIS_PER_TICK = 10;
    static final String MACHINE_BUSY = "(machine busy)";
    static final String MACHINE_IDLE = "(machine idle)";

    /** Who each process seen so far is (a process is looked at once: reading its command line costs more). */
    private static final Map<Long, String> KNOWN = new HashMap<>();

    private CpuTime() {
    }

    static Map<String, Long> snapshot(Map<Long, String> named) throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                String stat;
                try {
                    stat = Files.readString(process.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                long pid = Long.parseLong(process.getFileName().toString());
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", 15);
                long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                String who = KNOWN.computeIfAbsent(pid, p -> named.containsKey(p) ? named.get(p)
                        : p == self ? "benchmark" : stat.contains("(postgres)") ? "postgresql"
                        : kafka(process) ? "kafka" : "other");
                ticks.merge(who, used, Long::sum);
            }
        }
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        long all = 0;
        for (int i = 1; i < cpu.length && i <= 8; i++) {
            all += Long.parseLong(cpu[i]);
        }
        ticks.put(MACHINE_BUSY, all - idle);
        ticks.put(MACHINE_IDLE, idle);
        return ticks;
    }

    private static boolean kafka(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline"))).contains("kafka.Kafka");
        } catch (IOException e) {
            return false;
        }
    }

    /** Adds {@code after - before} to {@code sum}. */
    static void add(Map<String, Long> sum, Map<String, Long> before, Map<String, Long> after) {
        after.forEach((who, t) -> sum.merge(who, t - before.getOrDefault(who, 0L), Long::sum));
    }
}
