package org.carbonneutral.platform.startup;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Completes a class data recording before the JVM writes it.
 *
 * <p>A service started with {@code -XX:ArchiveClassesAtExit} writes, as it stops, an archive of the classes it loaded;
 * the next start maps them instead of reading, parsing and verifying them again. A JDK 17 dynamic archive leaves out
 * every class that was loaded but never linked (about 2,800 of a service's 17,000: Hibernate's, Kafka's and Jackson's
 * classes that were looked up, or loaded while another was verified, but never used), so each start still loads those
 * from the jars. When {@code suite.class-data.loaded-classes} names the class-loading log of the recording run
 * ({@code -Xlog:class+load=info:file=...}), this links every class that log shows was loaded from a jar, once the
 * application has stopped and before the JVM writes the archive, so that they are archived too. Linking verifies a
 * class and runs none of its code; a class that cannot be linked is left out, as the JVM would leave it.
 */
@ApplicationScoped
public class ClassDataRecording {

    private static final Logger LOG = Logger.getLogger(ClassDataRecording.class);

    /** {@code [0.952s][info][class,load] org.example.Name source: jar:file:...} */
    private static final Pattern LOADED = Pattern.compile("\\]\\s(\\S+) source: (.*)$");

    /** Classes newly loaded while linking are linked too, in rounds, at most this many. */
    private static final int ROUNDS = 4;

    @ConfigProperty(name = "suite.class-data.loaded-classes")
    Optional<String> loadedClasses;

    void complete(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent stop) {
        if (loadedClasses.isEmpty()) {
            return;
        }
        ClassLoader loader = ClassDataRecording.class.getClassLoader();
        Set<String> seen = new HashSet<>();
        int linked = 0;
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<String> names;
            try {
                names = unshared(Files.readAllLines(Path.of(loadedClasses.get()), StandardCharsets.UTF_8), seen);
            } catch (IOException e) {
                LOG.warnf("class data recording: %s cannot be read (%s); the archive is written as it is",
                        loadedClasses.get(), e.getMessage());
                return;
            }
            if (names.isEmpty()) {
                break;
            }
            for (String name : names) {
                if (link(name, loader)) {
                    linked++;
                } else {
                    refused++;
                }
            }
        }
        LOG.infof("class data recording: %d classes loaded from the jars linked for the archive, %d could not be",
                linked, refused);
    }

    /**
     * The classes the log shows read from a jar, a folder or the runtime image (not mapped from the archive), not yet in
     * seen. Classes defined at run time (lambdas, proxies, generated accessors) have another source and cannot be
     * looked up by name.
     */
    static List<String> unshared(List<String> log, Set<String> seen) {
        return log.stream().map(LOADED::matcher).filter(Matcher::find)
                .filter(m -> m.group(2).startsWith("file:") || m.group(2).startsWith("jar:")
                        || m.group(2).startsWith("jrt:"))
                .map(m -> m.group(1))
                .filter(seen::add)
                .toList();
    }

    /** Links the class without initialising it: reflecting on its fields makes the JVM link it first. */
    private static boolean link(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader).getDeclaredFields();
            return true;
        } catch (LinkageError | ClassNotFoundException | RuntimeException refused) {
            // a class that does not verify, or refers to one that is absent: left out, as the JVM would leave it
            return false;
        }
    }
}
