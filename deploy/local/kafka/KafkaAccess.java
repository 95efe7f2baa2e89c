import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Creates the suite's topics and its services' ACLs on the local broker, as the admin user, in one client session.
 * Used only by deploy/local/infra, which compiles it against the broker's jars and writes the plan to its stdin:
 *
 *   topic NAME                                  the topic exists (created with the broker's defaults if not)
 *   allow USER OPERATION[,OPERATION] topic NAME  a literal topic ACL for User:USER on any host
 *   allow USER OPERATION[,OPERATION] group PREFIX  a prefixed consumer-group ACL
 *
 * Arguments: BOOTSTRAP ADMIN_USER ADMIN_PASSWORD. Running it twice changes nothing.
 */
public class KafkaAccess {

    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + args[1] + "\" password=\"" + args[2] + "\";");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
        List<NewTopic> topics = new ArrayList<>();
        List<AclBinding> acls = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] w = line.trim().split("\\s+");
            if (w.length == 0 || w[0].isEmpty() || w[0].startsWith("#")) {
                continue;
            }
            switch (w[0]) {
                case "topic" -> topics.add(new NewTopic(w[1], java.util.Optional.empty(), java.util.Optional.empty()));
                case "allow" -> {
                    ResourcePattern resource = switch (w[3]) {
                        case "topic" -> new ResourcePattern(ResourceType.TOPIC, w[4], PatternType.LITERAL);
                        case "group" -> new ResourcePattern(ResourceType.GROUP, w[4], PatternType.PREFIXED);
                        default -> throw new IllegalArgumentException("unknown resource: " + line);
                    };
                    for (String op : w[2].split(",")) {
                        acls.add(new AclBinding(resource, new AccessControlEntry("User:" + w[1], "*",
                                AclOperation.fromString(op), AclPermissionType.ALLOW)));
                    }
                }
                default -> throw new IllegalArgumentException("unknown line: " + line);
            }
        }
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            for (var created : admin.createTopics(missing).values().entrySet()) {
                try {
                    created.getValue().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            admin.createAcls(acls).all().get(60, TimeUnit.SECONDS);
            System.err.printf("kafka: %d topic(s) created, %d ACL(s) in place%n", missing.size(), acls.size());
        }
    }
}
