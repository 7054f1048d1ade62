package se.oroshub.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import se.oroshub.benchmarks.SyntheticIntake.Serialized;

/**
 * The raw pipe: a producer loop with {@code acks=all} and idempotence, as the connectors produce, with batching
 * chosen for throughput, writing already serialized reports. The ceiling the hub is compared against.
 */
final class RawProduce {

    /**
     * A producer setting to try.
     *
     * @param name        how the table names it
     * @param batchBytes  {@code batch.size}
     * @param lingerMs    {@code linger.ms}
     * @param compression {@code compression.type}
     */
    record Setting(String name, int batchBytes, int lingerMs, String compression) {

        static final List<Setting> CANDIDATES = List.of(
                new Setting("batch 256 KiB, linger 10 ms, no compression", 256 * 1024, 10, "none"),
                new Setting("batch 256 KiB, linger 10 ms, lz4", 256 * 1024, 10, "lz4"),
                new Setting("batch 64 KiB, linger 5 ms, no compression", 64 * 1024, 5, "none"));

        Map<String, Object> producerConfig(String bootstrapServers) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-raw");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.BATCH_SIZE_CONFIG, batchBytes);
            config.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
            config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
            config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
            return config;
        }
    }

    private RawProduce() {}

    /**
     * Sends {@code records} records to {@code topic}, cycling through {@code pool}, and returns records per second from
     * the first send to the last acknowledgement.
     */
    static double run(
            String bootstrapServers,
            Setting setting,
            String topic,
            List<Serialized> pool,
            int records,
            Progress progress) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                setting.producerConfig(bootstrapServers), new StringSerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(topic);
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                Serialized report = pool.get(i % pool.size());
                producer.send(new ProducerRecord<>(topic, report.key(), report.value()), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
                if ((i & 1023) == 0) {
                    progress.tick(setting.name(), i, records, start);
                }
            }
            producer.flush();
            long elapsed = System.nanoTime() - start;
            if (failure.get() != null) {
                throw new IllegalStateException("the raw producer failed", failure.get());
            }
            return records / (elapsed / 1e9);
        }
    }
}
