package se.oroshub.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.topics.Topics;

@RealKafka
class KafkaTestEnvironmentIT {

    private final KafkaTestEnvironment injectedIntoConstructor;

    KafkaTestEnvironmentIT(KafkaTestEnvironment kafka) {
        this.injectedIntoConstructor = kafka;
    }

    @Test
    void oneEnvironmentServesTheWholeJvm(KafkaTestEnvironment kafka) {
        assertThat(kafka).isSameAs(injectedIntoConstructor).isSameAs(KafkaTestEnvironment.shared());
    }

    @Test
    void theRegistryAnswersOnItsUrl(KafkaTestEnvironment kafka) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(kafka.schemaRegistryUrl() + "/schemas/types"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[\"AVRO\"]");
    }

    @Test
    void createsTopicsAsTheirSpecsSayAndToleratesCreatingThemTwice(KafkaTestEnvironment kafka) throws Exception {
        kafka.createTopics(Topics.CONNECTOR_RECEIPTS.of("school"), Topics.CLEARING);
        kafka.createTopics(Topics.CONNECTOR_RECEIPTS.of("school"));

        try (Admin admin = Admin.create(kafka.clientProperties())) {
            TopicDescription receipts = admin.describeTopics(
                            List.of(Topics.CONNECTOR_RECEIPTS.of("school").name()))
                    .allTopicNames()
                    .get()
                    .get(Topics.CONNECTOR_RECEIPTS.of("school").name());
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.SCHEMAS.name());
            String schemasPolicy = admin.describeConfigs(Set.of(resource))
                    .all()
                    .get()
                    .get(resource)
                    .get("cleanup.policy")
                    .value();

            assertThat(receipts.partitions())
                    .hasSize(Topics.CONNECTOR_RECEIPTS.of("school").partitions());
            assertThat(schemasPolicy).isEqualTo("compact");
        }
    }

    @Test
    void producesThroughTheRegistryAndConsumesTheSameRecord(KafkaTestEnvironment kafka) throws Exception {
        kafka.createTopics(Topics.CONNECTOR_RECEIPTS.of("school"));
        String reportId = UUID.randomUUID().toString();
        Receipt sent = Receipt.newBuilder()
                .setReportId(reportId)
                .setConnectorId("school")
                .setReportingOrganisation(null)
                .setAcceptedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setContentDigest("ab".repeat(32))
                .build();

        try (KafkaProducer<String, Receipt> producer = new KafkaProducer<>(kafka.producerProperties())) {
            producer.send(new ProducerRecord<>(
                            Topics.CONNECTOR_RECEIPTS.of("school").name(), reportId, sent))
                    .get();
        }
        List<ConsumerRecord<String, Receipt>> received = kafka.consume(
                Topics.CONNECTOR_RECEIPTS.of("school"), "test-support-" + reportId, 1, Duration.ofSeconds(60));

        assertThat(received)
                .filteredOn(record -> record.key().equals(reportId))
                .singleElement()
                .satisfies(record -> assertThat(record.value()).isEqualTo(sent));
    }

    @Test
    void theBrokerDoesNotCreateTopicsOnItsOwn(KafkaTestEnvironment kafka) {
        Map<String, Object> props = kafka.producerProperties();
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000);
        String missing = "oroshub.test.never-created-" + UUID.randomUUID();

        try (KafkaProducer<String, Receipt> producer = new KafkaProducer<>(props)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(missing, "key", null))
                            .get())
                    .hasMessageContaining(missing);
        }
    }

    @Test
    void consumeFailsWithTheCountWhenTooFewRecordsArrive(KafkaTestEnvironment kafka) {
        kafka.createTopics(Topics.CLEARING);
        String group = "test-support-empty-" + UUID.randomUUID();

        assertThatThrownBy(() -> kafka.consume(Topics.CLEARING, group, 1_000_000, Duration.ofSeconds(2)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected 1000000 records on topic '" + Topics.CLEARING.name() + "'");
    }
}
