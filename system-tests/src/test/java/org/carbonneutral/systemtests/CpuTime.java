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
 * ({@code /proc/stat}); and each service's by the kind of thread that used it ({@link #threadKind}: the request and
 * consuming event loops, the Kafka clients, the compiler, the collector...), keyed {@code "service: kind"}.
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

    /**
     * The CPU time used so far. Reading {@code /proc} takes this JVM several milliseconds of CPU: the benchmark's own
     * time and the machine's busy and idle ticks are read last in the snapshot that opens a window ({@code opening})
     * and first in the one that closes it, so that the reading itself falls outside the window.
     */
    static Map<String, Long> snapshot(Map<Long, String> named, boolean opening) throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        long self = ProcessHandle.current().pid();
        if (!opening) {
            own(self, ticks);
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                String stat = read(process.resolve("stat"));
                if (stat == null) {
                    continue;
                }
                long pid = Long.parseLong(process.getFileName().toString());
                if (pid == self) {
                    continue;
                }
                long used = used(stat);
                String who = KNOWN.computeIfAbsent(pid, p -> named.containsKey(p) ? named.get(p)
                        : stat.contains("(postgres)") ? "postgresql"
                        : kafka(process) ? "kafka" : "other");
                ticks.merge(who, used, Long::sum);
                if (named.containsKey(pid) || who.equals("kafka")) {
                    threads(process, who, ticks);
                }
            }
        }
        if (opening) {
            own(self, ticks);
        }
        return ticks;
    }

    /** This JVM's CPU time and the machine's busy and idle ticks. */
    private static void own(long self, Map<String, Long> ticks) throws IOException {
        ticks.put("benchmark", used(Files.readString(Path.of("/proc", String.valueOf(self), "stat"))));
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        long all = 0;
        for (int i = 1; i < cpu.length && i <= 8; i++) {
            all += Long.parseLong(cpu[i]);
        }
        ticks.put(MACHINE_BUSY, all - idle);
        ticks.put(MACHINE_IDLE, idle);
    }

    /** A process's or thread's {@code stat} line, or null when it has ended. */
    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException gone) {
            return null;
        }
    }

    /** The CPU ticks of a {@code stat} line: user and system time (fields 14 and 15). */
    private static long used(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", 15);
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Adds the CPU time of each of a service's threads under {@code "service: kind"}. */
    private static void threads(Path process, String service, Map<String, Long> ticks) throws IOException {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(process.resolve("task"))) {
            for (Path task : tasks) {
                String stat = read(task.resolve("stat"));
                if (stat == null) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                ticks.merge(service + ": " + threadKind(name), used(stat), Long::sum);
            }
        }
    }

    /** The kind of a JVM thread, from its name as Linux keeps it (the first 15 characters). */
    static String threadKind(String name) {
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "compiler";
        }
        if (name.startsWith("VM Thread") || name.startsWith("GC Thread") || name.startsWith("G1 ")
                || name.startsWith("VM Periodic")) {
            return "collector and VM";
        }
        if (name.startsWith("vert.x-eventloo")) {
            return "event loops";
        }
        if (name.startsWith("vert.x-worker") || name.startsWith("executor-threa")) {
            return "workers";
        }
        if (name.startsWith("kafka-") || name.startsWith("smallrye-kafka")) {
            return "kafka clients";
        }
        if (name.startsWith("data-plane-kafk")) {
            return "requests";
        }
        if (name.startsWith("outbox-relay")) {
            return "outbox relay";
        }
        return "other";
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
