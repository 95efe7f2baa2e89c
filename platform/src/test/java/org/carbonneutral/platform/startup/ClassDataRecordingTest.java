package org.carbonneutral.platform.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassDataRecordingTest {

    private static final String JAR = "file:/srv/pathway-service/quarkus-app/lib/main/org.hibernate.orm.hibernate-core-6.jar";

    /** Lines as a JDK 17 -Xlog:class+load=info writes them. */
    private static final List<String> LOG = List.of(
            "[0.093s][info][class,load] java.lang.invoke.LambdaForm source: shared objects file",
            "[0.112s][info][class,load] sun.nio.cs.UTF_8$Encoder source: jrt:/java.base",
            "[0.151s][info][class,load] java.lang.invoke.LambdaForm$DMH/0x00007f4690000400 source: __JVM_LookupDefineClass__",
            "[0.418s][info][class,load] org.hibernate.dialect.Dialect source: " + JAR,
            "[0.419s][info][class,load] org.hibernate.dialect.Dialect$1 source: " + JAR,
            "[0.420s][info][class,load] org.example.Shared source: shared objects file (top)",
            "[2.244s][info][class,load] jdk.proxy1.$Proxy0 source: __dynamic_proxy__",
            "[8.684s][info][class,load] org.apache.kafka.common.protocol.Errors$$Lambda$1692/0x00007f4690b3e680 source: "
                    + "org.apache.kafka.common.protocol.Errors",
            "[8.700s][warning][cds] a line of another kind",
            "");

    @Test
    void classesReadFromJarsOrTheRuntimeImageAreTakenAndArchivedOnesAndOnesDefinedAtRunTimeAreNot() {
        assertEquals(List.of("sun.nio.cs.UTF_8$Encoder", "org.hibernate.dialect.Dialect", "org.hibernate.dialect.Dialect$1"),
                ClassDataRecording.unshared(LOG, new HashSet<>()));
    }

    @Test
    void aClassIsTakenOnceAcrossRounds() {
        Set<String> seen = new HashSet<>();
        assertEquals(3, ClassDataRecording.unshared(LOG, seen).size());
        List<String> grown = new ArrayList<>(LOG);
        grown.add("[9.001s][info][class,load] org.hibernate.dialect.PostgreSQLDialect source: " + JAR);
        assertEquals(List.of("org.hibernate.dialect.PostgreSQLDialect"), ClassDataRecording.unshared(grown, seen));
        assertEquals(List.of(), ClassDataRecording.unshared(grown, seen));
    }
}
