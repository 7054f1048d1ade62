package se.oroshub.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.provisioning.TopicProvisioner;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

/** The provisioner creates topics as their specs say, on a real broker, and tolerates topics that exist. */
@RealKafka
class TopicProvisionerIT {

    @Test
    void createsEachTopicWithItsPartitionsRetentionAndMinimumInSyncReplicas(KafkaTestEnvironment kafka)
            throws Exception {
        TopicSpec<String, ?> spec = Topics.MUNICIPALITY_REPORTS.of("2584");
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            new TopicProvisioner(admin, (short) 1, Optional.of(1), 30_000).ensure(spec);

            TopicDescription description = admin.describeTopics(List.of(spec.name()))
                    .allTopicNames()
                    .get()
                    .get(spec.name());
            Config config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, spec.name())))
                    .all()
                    .get()
                    .values()
                    .iterator()
                    .next();
            assertThat(description.partitions()).hasSize(spec.partitions());
            assertThat(config.get("min.insync.replicas").value()).isEqualTo("1");
            spec.topicConfig()
                    .forEach((key, value) ->
                            assertThat(config.get(key).value()).as(key).isEqualTo(value));
        }
    }

    @Test
    void aTopicThatExistsAlreadyIsLeftAsItIs(KafkaTestEnvironment kafka) throws Exception {
        TopicSpec<String, ?> spec = Topics.ORGANISATION_FEEDBACK.of("provisioner-test-" + UUID.randomUUID());
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            new TopicProvisioner(admin, (short) 1, Optional.empty(), 30_000).ensure(spec);
            new TopicProvisioner(admin, (short) 1, Optional.empty(), 30_000).ensureAll(List.of(spec, spec));

            assertThat(admin.listTopics().names().get()).contains(spec.name());
            assertThat(admin.describeTopics(List.of(spec.name()))
                            .allTopicNames()
                            .get()
                            .get(spec.name())
                            .partitions())
                    .hasSize(spec.partitions());
        }
    }
}
