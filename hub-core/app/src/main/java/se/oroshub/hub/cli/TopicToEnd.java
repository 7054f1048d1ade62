package se.oroshub.hub.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic once, from the beginning to the end it has when the read starts, committed records only, without
 * joining a consumer group's offsets (a fresh group id, nothing committed). Values are handed over as bytes, so the
 * caller decides what an undecodable record means.
 */
public final class TopicToEnd {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(5);

    private TopicToEnd() {}

    /**
     * Hands every record of {@code topic}, in partition order, to {@code each}.
     *
     * @param clients the Kafka client settings ({@link CommandOptions#clientSettings()})
     * @param purpose names the reader in its group id, e.g. {@code audit-verify}
     * @throws IllegalStateException if the end is not reached within five minutes
     */
    public static void read(
            Map<String, Object> clients, String topic, String purpose, Consumer<ConsumerRecord<String, byte[]>> each) {
        Properties props = new Properties();
        props.putAll(clients);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "oroshub-" + purpose + "-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            end.values().removeIf(offset -> offset == 0);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!end.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out reading to the end of " + topic);
                }
                consumer.poll(POLL).forEach(each);
                end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            }
        }
    }
}
