package se.oroshub.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Counts the records that become visible to a {@code read_committed} reader of some topics (the municipality topics),
 * from their ends at start: a record counts once the transaction that wrote it committed. Runs on its own thread and
 * optionally tells a listener the key and the moment each record became visible.
 */
final class VisibleCounter implements AutoCloseable {

    /** Told of each record as it becomes visible. */
    @FunctionalInterface
    interface Listener {
        void visible(String key, long nanoTime);
    }

    private final AtomicLong count = new AtomicLong();
    private final AtomicLong lastVisibleNanos = new AtomicLong();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    private VisibleCounter(String bootstrapServers, List<String> topics, Listener listener) {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "bench-visible-counter",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                        10,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        5_000,
                        ConsumerConfig.CHECK_CRCS_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        thread = new Thread(() -> run(topics, listener), "bench-visible-counter");
        thread.setDaemon(true);
    }

    /** Starts counting from the current end of every partition of {@code topics}. */
    static VisibleCounter start(String bootstrapServers, List<String> topics, Listener listener)
            throws InterruptedException {
        VisibleCounter counter = new VisibleCounter(bootstrapServers, topics, listener);
        counter.thread.start();
        if (!counter.positioned.await(60, TimeUnit.SECONDS)) {
            counter.close();
            throw new IllegalStateException("could not position a reader on " + topics);
        }
        RuntimeException failed = counter.failure.get();
        if (failed != null) {
            throw failed;
        }
        return counter;
    }

    static VisibleCounter start(String bootstrapServers, List<String> topics) throws InterruptedException {
        return start(bootstrapServers, topics, (key, nanos) -> {});
    }

    long count() {
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
        return count.get();
    }

    long lastVisibleNanos() {
        return lastVisibleNanos.get();
    }

    private void run(List<String> topics, Listener listener) {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            positioned.countDown();
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty()) {
                    continue;
                }
                long now = System.nanoTime();
                for (ConsumerRecord<String, byte[]> record : records) {
                    listener.visible(record.key(), now);
                }
                lastVisibleNanos.set(now);
                count.addAndGet(records.count());
            }
        } catch (WakeupException e) {
            if (running) {
                failure.set(e);
            }
        } catch (RuntimeException e) {
            failure.set(e);
        } finally {
            positioned.countDown();
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
