package se.oroshub.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.topics.TopicSpec;

class TopicReplayTest {

    private static final TopicSpec<String, String> TOPIC =
            new TopicSpec<>("replay-test", String.class, String.class, 1, Optional.empty(), false);
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC.name(), 0);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final List<Object> projected = new CopyOnWriteArrayList<>();
    private TopicReplay replay;

    @AfterEach
    void stop() {
        if (replay != null) {
            replay.stop();
        }
    }

    @Test
    void everythingOnTheTopicAtTheStartIsProjectedBeforeItHasCaughtUp() {
        MockConsumer<String, Object> consumer = topicWith("a", "b", "c");
        replay = new TopicReplay(
                "test", List.of(TOPIC), () -> consumer, r -> projected.add(r.value()), TopicReplay.Undecodable.SKIP);

        replay.start();

        await().atMost(PATIENCE).until(replay::caughtUp);
        assertThat(projected).containsExactly("a", "b", "c");
    }

    @Test
    void aReplayWithoutTopicsHasCaughtUpAtOnceAndStartsNoThread() {
        replay = new TopicReplay(
                "test",
                List.of(),
                () -> {
                    throw new AssertionError("no consumer is needed");
                },
                projected::add,
                TopicReplay.Undecodable.SKIP);

        replay.start();

        assertThat(replay.caughtUp()).isTrue();
        assertThat(replay.isRunning()).isFalse();
    }

    @Test
    void anUndecodableRecordIsSkippedWhenTheProjectionCanDoWithoutIt() {
        MockConsumer<String, Object> consumer = topicWith("a", "b");
        consumer.setPollException(new RecordDeserializationException(PARTITION, 0, "unreadable", null));
        replay = new TopicReplay(
                "test", List.of(TOPIC), () -> consumer, r -> projected.add(r.value()), TopicReplay.Undecodable.SKIP);

        replay.start();

        await().atMost(PATIENCE).until(replay::caughtUp);
        assertThat(projected).containsExactly("b");
    }

    @Test
    void anUndecodableRecordIsReadAgainWhenTheProjectionMustNotMissIt() {
        MockConsumer<String, Object> consumer = topicWith("a", "b");
        consumer.setPollException(new RecordDeserializationException(PARTITION, 0, "unreadable", null));
        replay = new TopicReplay(
                "test",
                List.of(TOPIC),
                () -> consumer,
                r -> projected.add(r.value()),
                TopicReplay.Undecodable.WAIT_AND_RETRY);

        replay.start();

        await().atMost(PATIENCE).until(replay::caughtUp);
        assertThat(projected).containsExactly("a", "b");
    }

    @Test
    void aBrokerThatCannotBeReachedYetIsTriedAgainAndTheReplayStartsOver() {
        AtomicInteger attempts = new AtomicInteger();
        replay = new TopicReplay(
                "test",
                List.of(TOPIC),
                () -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new TimeoutException("no broker");
                    }
                    return topicWith("a");
                },
                r -> projected.add(r.value()),
                TopicReplay.Undecodable.SKIP);

        replay.start();

        await().atMost(PATIENCE).until(replay::caughtUp);
        assertThat(attempts).hasValue(2);
        assertThat(projected).containsExactly("a");
    }

    @Test
    void stoppingWakesTheConsumerAndClosesIt() {
        MockConsumer<String, Object> consumer = topicWith("a");
        replay = new TopicReplay(
                "test", List.of(TOPIC), () -> consumer, r -> projected.add(r.value()), TopicReplay.Undecodable.SKIP);
        replay.start();
        await().atMost(PATIENCE).until(replay::caughtUp);

        replay.stop();

        assertThat(replay.isRunning()).isFalse();
        assertThat(consumer.closed()).isTrue();
    }

    private static MockConsumer<String, Object> topicWith(String... values) {
        MockConsumer<String, Object> consumer = new MockConsumer<>("earliest");
        consumer.updatePartitions(TOPIC.name(), List.of(new PartitionInfo(TOPIC.name(), 0, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.updateEndOffsets(Map.of(PARTITION, (long) values.length));
        consumer.schedulePollTask(() -> {
            for (int offset = 0; offset < values.length; offset++) {
                consumer.addRecord(new ConsumerRecord<>(TOPIC.name(), 0, offset, "key-" + offset, values[offset]));
            }
        });
        return consumer;
    }
}
