package se.oroshub.access.strimzi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import se.oroshub.access.model.AccessPlan;
import se.oroshub.access.model.TestModels;
import se.oroshub.access.yaml.AccessFile;
import se.oroshub.access.yaml.AccessFileTest;

class KafkaUsersManifestTest {

    /** The checked-in manifest of the production cluster's users. */
    static final Path MANIFEST = Path.of(System.getProperty("basedir", "."))
            .resolve("../deploy/production/kubernetes/kafka-users.yaml")
            .normalize();

    /** The Strimzi cluster of {@code deploy/production}. */
    static final String CLUSTER = "kafka";

    @Test
    void theCheckedInKafkaUsersAreAFreshRenderOfTheAccessFile() throws Exception {
        String fresh = KafkaUsers.render(AccessPlan.of(AccessFile.read(AccessFileTest.PROJECT_FILE)), CLUSTER);
        assertThat(Files.readString(MANIFEST, StandardCharsets.UTF_8))
                .as(
                        "deploy/production/kubernetes/kafka-users.yaml is stale: regenerate it with"
                                + " `access render-strimzi --file deploy/security/access.yaml --cluster %s --out ...`",
                        CLUSTER)
                .isEqualTo(fresh);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachPrincipalIsOneTlsKafkaUserWithSimpleAuthorizationOfItsCluster() {
        AccessPlan plan = AccessPlan.of(TestModels.twoOfEach());
        List<Map<String, Object>> users = new ArrayList<>();
        new Yaml(new SafeConstructor(new LoaderOptions()))
                .loadAll(KafkaUsers.render(plan, "oroshub"))
                .forEach(doc -> users.add((Map<String, Object>) doc));
        assertThat(users).hasSize(plan.principals().size());
        for (Map<String, Object> user : users) {
            assertThat(user)
                    .containsEntry("apiVersion", "kafka.strimzi.io/v1beta2")
                    .containsEntry("kind", "KafkaUser");
            Map<String, Object> metadata = (Map<String, Object>) user.get("metadata");
            assertThat((Map<String, Object>) metadata.get("labels")).containsEntry("strimzi.io/cluster", "oroshub");
            Map<String, Object> spec = (Map<String, Object>) user.get("spec");
            assertThat((Map<String, Object>) spec.get("authentication")).containsEntry("type", "tls");
            Map<String, Object> authorization = (Map<String, Object>) spec.get("authorization");
            assertThat(authorization).containsEntry("type", "simple");
            List<Map<String, Object>> acls = (List<Map<String, Object>>) authorization.get("acls");
            long operations = acls.stream()
                    .mapToLong(acl -> ((List<?>) acl.get("operations")).size())
                    .sum();
            assertThat(operations)
                    .as("operations of %s", metadata.get("name"))
                    .isEqualTo(plan.grantsOf((String) metadata.get("name")).size());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSchoolConnectorsUserWritesOnlyItsIntakeTopic() {
        AccessPlan plan = AccessPlan.of(TestModels.twoOfEach());
        for (Object doc :
                new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(KafkaUsers.render(plan, "oroshub"))) {
            Map<String, Object> user = (Map<String, Object>) doc;
            if (!((Map<String, Object>) user.get("metadata")).get("name").equals(TestModels.SCHOOL)) {
                continue;
            }
            List<Map<String, Object>> acls = (List<Map<String, Object>>)
                    ((Map<String, Object>) ((Map<String, Object>) user.get("spec")).get("authorization")).get("acls");
            assertThat(acls.stream().filter(acl -> ((List<?>) acl.get("operations")).contains("Write")))
                    .singleElement()
                    .satisfies(acl -> assertThat((Map<String, Object>) acl.get("resource"))
                            .containsEntry("type", "topic")
                            .containsEntry(
                                    "name",
                                    se.oroshub.schemas.topics.Topics.CONNECTOR_INTAKE
                                            .of("school")
                                            .name())
                            .containsEntry("patternType", "literal"));
        }
    }
}
