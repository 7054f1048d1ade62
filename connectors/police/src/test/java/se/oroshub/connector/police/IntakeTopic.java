package se.oroshub.connector.police;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;

/** Reads the intake topic of the test broker from the beginning to its current end: every record, none missed. */
final class IntakeTopic {

    private IntakeTopic() {}

    /** Every record on the intake topic up to the end offsets as they are now. */
    static List<ConsumerRecord<String, ConcernReport>> readAll(KafkaTestEnvironment kafka) {
        try (KafkaConsumer<String, ConcernReport> consumer =
                new KafkaConsumer<>(kafka.consumerProperties("police-it-" + UUID.randomUUID()))) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.CONNECTOR_INTAKE.of("police").name()).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, ConcernReport>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The intake records with this key (report id). */
    static List<ConsumerRecord<String, ConcernReport>> recordsOf(KafkaTestEnvironment kafka, String reportId) {
        return readAll(kafka).stream().filter(r -> reportId.equals(r.key())).toList();
    }
}
