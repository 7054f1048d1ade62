package se.oroshub.hub.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.testsupport.KafkaTestEnvironment;

/**
 * Everything committed on a topic right now: reads every partition from the beginning to its end offset as a
 * {@code read_committed} consumer. With no transaction open on the topic (its producer closed, or its last
 * transaction committed) that is exactly what the topic holds.
 */
final class TopicContents {

    private TopicContents() {}

    static <V> List<ConsumerRecord<String, V>> readAll(KafkaTestEnvironment kafka, TopicSpec<String, V> topic) {
        Map<String, Object> props = kafka.consumerProperties("hub-it-reader-" + UUID.randomUUID());
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic.name(), Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            while (!end.isEmpty()) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(record);
                }
                end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            }
        }
        return records;
    }
}
