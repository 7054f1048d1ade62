package se.oroshub.connector.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.serde.KafkaAvroDeserializer;
import se.oroshub.schemas.serde.KafkaAvroSerdeConfig;
import se.oroshub.schemas.serde.KafkaAvroSerializer;

class KafkaClientSettingsTest {

    private final KafkaClientSettings settings = new KafkaClientSettings(
            Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    "broker:9092",
                    ProducerConfig.ACKS_CONFIG,
                    "1",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                    false),
            Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    "broker:9092",
                    ConsumerConfig.GROUP_ID_CONFIG,
                    "configured",
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                    "read_uncommitted"),
            "school",
            Duration.ofSeconds(10));

    @Test
    void aDurableProducerIsIdempotentWaitsForAllReplicasAndGivesUpWithinTheAckTimeout() {
        Map<String, Object> producer = settings.durableProducer("intake");

        assertThat(producer)
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "connector-school-intake")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000L)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000)
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000)
                .containsEntry(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, KafkaAvroSerializer.class);
    }

    @Test
    void aReplayConsumerReadsCommittedRecordsFromTheBeginningWithoutAGroup() {
        Map<String, Object> consumer = settings.replayConsumer("feedback-inbox");

        assertThat(consumer)
                .doesNotContainKey(ConsumerConfig.GROUP_ID_CONFIG)
                .containsEntry(ConsumerConfig.CLIENT_ID_CONFIG, "connector-school-feedback-inbox")
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, KafkaAvroDeserializer.class)
                .containsEntry(KafkaAvroSerdeConfig.SPECIFIC_AVRO_READER, true);
    }

    @Test
    void aGroupConsumerReadsCommittedRecordsInItsGroupAndCommitsByHand() {
        Map<String, Object> consumer = settings.groupConsumer("delivery-0180", "school.delivery.0180");

        assertThat(consumer)
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "school.delivery.0180")
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }

    @Test
    void eachCallGivesItsOwnMapSoACallerMayAddToIt() {
        settings.replayConsumer("a").put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10);

        assertThat(settings.replayConsumer("a")).doesNotContainKey(ConsumerConfig.MAX_POLL_RECORDS_CONFIG);
    }
}
