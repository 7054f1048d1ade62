package se.oroshub.system.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import se.oroshub.registryserver.RegistryConfig;
import se.oroshub.registryserver.SchemaRegistryServer;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/**
 * Schema ids are the contract between every producer and consumer; they must survive a registry restart. Each test
 * runs its own registry instances on a store topic of its own, so the JVM's shared registry is left alone.
 */
@RealKafka
class RegistryRestartIT {

    @Test
    void aRestartedRegistryKeepsEveryIdAndContinuesAfterTheHighest(KafkaTestEnvironment kafka) {
        RegistryConfig config = configWithOwnTopic(kafka);
        int receiptId;
        int notificationId;
        int sharedId;
        try (SchemaRegistryServer first = SchemaRegistryServer.start(config)) {
            RegistryRest rest = new RegistryRest(first.url());
            receiptId =
                    rest.registerOk("receipts-value", Receipt.getClassSchema().toString());
            notificationId = rest.registerOk(
                    "feedback-value", ReporterNotification.getClassSchema().toString());
            sharedId = rest.registerOk(
                    "receipts-copy-value", Receipt.getClassSchema().toString());
            assertThat(rest.put("/config/feedback-value", "{\"compatibility\":\"FULL_TRANSITIVE\"}")
                            .status())
                    .isEqualTo(200);
            assertThat(rest.delete("/subjects/receipts-copy-value").status()).isEqualTo(200);
        }

        try (SchemaRegistryServer second = SchemaRegistryServer.start(config)) {
            RegistryRest rest = new RegistryRest(second.url());

            assertThat(rest.get("/subjects/receipts-value/versions/1")
                            .body()
                            .get("id")
                            .asInt())
                    .isEqualTo(receiptId);
            assertThat(rest.get("/subjects/feedback-value/versions/latest")
                            .body()
                            .get("id")
                            .asInt())
                    .isEqualTo(notificationId);
            assertThat(rest.get("/schemas/ids/" + notificationId)
                            .body()
                            .get("schema")
                            .asText())
                    .contains("ReporterNotification");
            assertThat(rest.get("/config/feedback-value")
                            .body()
                            .get("compatibilityLevel")
                            .asText())
                    .isEqualTo("FULL_TRANSITIVE");
            assertThat(rest.get("/subjects").body().toString()).isEqualTo("[\"feedback-value\",\"receipts-value\"]");
            assertThat(sharedId).isEqualTo(receiptId);

            assertThat(rest.registerOk(
                            "receipts-value", Receipt.getClassSchema().toString()))
                    .isEqualTo(receiptId);
            int next =
                    rest.registerOk("audit-value", AuditRecord.getClassSchema().toString());
            assertThat(next).isEqualTo(Math.max(receiptId, notificationId) + 1);
        }
    }

    @Test
    void concurrentRegistrationsGetDistinctIdsThatSurviveARestart(KafkaTestEnvironment kafka) throws Exception {
        RegistryConfig config = configWithOwnTopic(kafka);
        int count = 12;
        Map<String, Integer> idsBySubject = new TreeMap<>();
        try (SchemaRegistryServer first = SchemaRegistryServer.start(config)) {
            RegistryRest rest = new RegistryRest(first.url());
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                Map<String, Future<Integer>> pending = new TreeMap<>();
                for (int i = 0; i < count; i++) {
                    String schema = "{\"type\":\"fixed\",\"name\":\"F" + i + "\",\"size\":" + (i + 1) + "}";
                    String subject = "fixed-" + i + "-value";
                    pending.put(subject, pool.submit(() -> rest.registerOk(subject, schema)));
                }
                for (Map.Entry<String, Future<Integer>> entry : pending.entrySet()) {
                    idsBySubject.put(entry.getKey(), entry.getValue().get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(new TreeSet<>(idsBySubject.values())).hasSize(count);

        try (SchemaRegistryServer second = SchemaRegistryServer.start(config)) {
            RegistryRest rest = new RegistryRest(second.url());
            for (int i = 0; i < count; i++) {
                String schema = "{\"type\":\"fixed\",\"name\":\"F" + i + "\",\"size\":" + (i + 1) + "}";
                String subject = "fixed-" + i + "-value";
                assertThat(rest.get("/subjects/" + subject + "/versions/1")
                                .body()
                                .get("id")
                                .asInt())
                        .isEqualTo(idsBySubject.get(subject));
                assertThat(rest.registerOk(subject, schema)).isEqualTo(idsBySubject.get(subject));
            }
        }
    }

    @Test
    void theStoreIsACompactedSinglePartitionTopicInConfluentsRecordFormat(KafkaTestEnvironment kafka) throws Exception {
        RegistryConfig config = configWithOwnTopic(kafka);
        try (SchemaRegistryServer registry = SchemaRegistryServer.start(config)) {
            new RegistryRest(registry.url())
                    .registerOk("receipts-value", Receipt.getClassSchema().toString());
        }

        try (Admin admin = Admin.create(kafka.clientProperties())) {
            TopicDescription topic = admin.describeTopics(List.of(config.topic()))
                    .allTopicNames()
                    .get()
                    .get(config.topic());
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, config.topic());
            String policy = admin.describeConfigs(Set.of(resource))
                    .all()
                    .get()
                    .get(resource)
                    .get("cleanup.policy")
                    .value();
            assertThat(topic.partitions()).hasSize(1);
            assertThat(policy).isEqualTo("compact");
        }
        List<ConsumerRecord<String, String>> records = readAll(kafka, config.topic());
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.key())
                    .isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"receipts-value\",\"version\":1,\"magic\":1}");
            assertThat(record.value())
                    .startsWith("{\"subject\":\"receipts-value\",\"version\":1,\"id\":1,\"schema\":")
                    .endsWith(",\"deleted\":false}");
        });
    }

    private static RegistryConfig configWithOwnTopic(KafkaTestEnvironment kafka) {
        return RegistryConfig.forBroker(kafka.bootstrapServers())
                .withTopic(Topics.SCHEMAS.name() + "_restart_"
                        + UUID.randomUUID().toString().substring(0, 8));
    }

    private static List<ConsumerRecord<String, String>> readAll(KafkaTestEnvironment kafka, String topic) {
        Map<String, Object> props = kafka.clientProperties();
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
