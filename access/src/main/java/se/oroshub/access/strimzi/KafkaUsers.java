package se.oroshub.access.strimzi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import se.oroshub.access.model.AccessPlan;
import se.oroshub.access.model.Grant;
import se.oroshub.access.model.Operation;
import se.oroshub.access.model.PatternType;
import se.oroshub.access.model.ResourceType;

/**
 * One {@code kafka.strimzi.io/v1beta2} {@code KafkaUser} per principal: authenticated by a TLS client certificate
 * whose CN is the user's name (Strimzi's user operator issues it), authorised by the plan's ACLs. Rendered
 * deterministically, so the checked-in manifest can be compared with a fresh render.
 */
public final class KafkaUsers {

    private static final Pattern CLUSTER_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private KafkaUsers() {}

    /** The manifest of every principal of the plan, as one multi-document YAML text. */
    public static String render(AccessPlan plan, String cluster) {
        Objects.requireNonNull(cluster, "cluster");
        if (!CLUSTER_NAME.matcher(cluster).matches()) {
            throw new IllegalArgumentException("'" + cluster + "' is not a Kubernetes name of a Kafka cluster");
        }
        StringBuilder out = new StringBuilder();
        out.append("# The hub's Kafka users for the Strimzi operator: one KafkaUser per principal of\n")
                .append(
                        "# deploy/security/access.yaml, authenticated by its TLS client certificate (CN = its name) and\n")
                .append(
                        "# allowed exactly the ACLs the access module derives for it. Generated; do not edit. Regenerate:\n")
                .append(
                        "#   java -jar access/target/access-*-exec.jar render-strimzi --file deploy/security/access.yaml \\\n")
                .append("#     --cluster ")
                .append(cluster)
                .append(" --out deploy/production/kubernetes/kafka-users.yaml\n");
        for (String principal : plan.principals()) {
            out.append("---\n")
                    .append("apiVersion: kafka.strimzi.io/v1beta2\n")
                    .append("kind: KafkaUser\n")
                    .append("metadata:\n")
                    .append("  name: ")
                    .append(principal)
                    .append('\n')
                    .append("  labels:\n")
                    .append("    strimzi.io/cluster: ")
                    .append(cluster)
                    .append('\n')
                    .append("    app.kubernetes.io/part-of: oroshub\n")
                    .append("spec:\n")
                    .append("  authentication:\n")
                    .append("    type: tls\n")
                    .append("  authorization:\n")
                    .append("    type: simple\n")
                    .append("    acls:\n");
            for (Map.Entry<Resource, TreeSet<Operation>> rule :
                    rules(plan.grantsOf(principal)).entrySet()) {
                Resource resource = rule.getKey();
                out.append("      - resource: {type: ").append(type(resource.type()));
                if (resource.type() != ResourceType.CLUSTER) {
                    out.append(", name: \"")
                            .append(resource.name())
                            .append("\", patternType: ")
                            .append(resource.patternType() == PatternType.PREFIXED ? "prefix" : "literal");
                }
                List<String> operations = new ArrayList<>();
                rule.getValue().forEach(operation -> operations.add(operation(operation)));
                out.append("}\n        operations: [")
                        .append(String.join(", ", operations))
                        .append("]\n");
            }
        }
        return out.toString();
    }

    private record Resource(ResourceType type, String name, PatternType patternType) {}

    private static Map<Resource, TreeSet<Operation>> rules(List<Grant> grants) {
        Map<Resource, TreeSet<Operation>> rules = new LinkedHashMap<>();
        for (Grant grant : grants) {
            rules.computeIfAbsent(
                            new Resource(grant.resourceType(), grant.name(), grant.patternType()), r -> new TreeSet<>())
                    .add(grant.operation());
        }
        return rules;
    }

    private static String type(ResourceType type) {
        return switch (type) {
            case TOPIC -> "topic";
            case GROUP -> "group";
            case TRANSACTIONAL_ID -> "transactionalId";
            case CLUSTER -> "cluster";
        };
    }

    private static String operation(Operation operation) {
        return switch (operation) {
            case READ -> "Read";
            case WRITE -> "Write";
            case CREATE -> "Create";
            case DELETE -> "Delete";
            case DESCRIBE -> "Describe";
            case DESCRIBE_CONFIGS -> "DescribeConfigs";
        };
    }
}
