package se.oroshub.system.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.testsupport.KafkaTestEnvironment;

/**
 * Reads topics the way an auditor would: without a consumer group (so it moves no one's offsets), every partition
 * from the beginning, {@code read_committed}, values decoded through the registry into the generated classes.
 */
final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaTestEnvironment kafka;

    TopicReader(KafkaTestEnvironment kafka) {
        this.kafka = kafka;
    }

    /**
     * Waits for the first record on {@code topic} that matches.
     *
     * @throws AssertionError when none arrives within {@code timeout}
     */
    <V> ConsumerRecord<String, V> await(
            TopicSpec<String, V> topic, Predicate<ConsumerRecord<String, V>> matching, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, V> consumer = consumer()) {
            List<TopicPartition> partitions = assignWhenCreated(consumer, topic, deadline);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, V> record : consumer.poll(POLL)) {
                    if (matching.test(record)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no " + what + " on " + topic.name() + " within " + timeout);
    }

    /** The record with this key, waiting for it. */
    <V> ConsumerRecord<String, V> awaitKey(TopicSpec<String, V> topic, String key, Duration timeout) {
        return await(topic, r -> key.equals(r.key()), "record with key " + key, timeout);
    }

    /**
     * Everything committed on {@code topic} now: every partition read to the end offset it has at the time of the
     * call. An absent topic holds nothing.
     */
    <V> List<ConsumerRecord<String, V>> readAll(TopicSpec<String, V> topic) {
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = consumer()) {
            List<PartitionInfo> infos = Optional.ofNullable(
                            consumer.listTopics(Duration.ofSeconds(30)).get(topic.name()))
                    .orElse(List.of());
            List<TopicPartition> partitions = infos.stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            while (!end.isEmpty()) {
                end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
                if (!end.isEmpty()) {
                    consumer.poll(POLL).forEach(records::add);
                }
            }
        }
        return records;
    }

    private <V> KafkaConsumer<String, V> consumer() {
        Map<String, Object> props = kafka.consumerProperties("unused");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(props);
    }

    /** Topics of municipalities and organisations are created on first use; waits until this one exists. */
    private static List<TopicPartition> assignWhenCreated(
            KafkaConsumer<String, ?> consumer, TopicSpec<?, ?> topic, long deadline) {
        while (true) {
            List<PartitionInfo> infos =
                    consumer.listTopics(Duration.ofSeconds(10)).get(topic.name());
            if (infos != null && !infos.isEmpty()) {
                List<TopicPartition> partitions = infos.stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
                consumer.assign(partitions);
                return partitions;
            }
            if (System.nanoTime() >= deadline) {
                throw new AssertionError("topic " + topic.name() + " was never created");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for topic " + topic.name(), e);
            }
        }
    }
}
