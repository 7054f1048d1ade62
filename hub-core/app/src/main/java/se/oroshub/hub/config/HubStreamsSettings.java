package se.oroshub.hub.config;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The hub's Kafka Streams settings, in three layers:
 * <ol>
 *   <li>tuning defaults: producer batches of {@value #PRODUCER_BATCH_BYTES} bytes with a {@value #PRODUCER_LINGER_MS} ms
 *       linger (a routed report is about 1 KiB, so Kafka's 16 KiB default batches are small, and larger batches are
 *       the biggest single lever on throughput; the transaction commit flushes them, so latency is bounded by the
 *       commit interval, not the linger);</li>
 *   <li>the Kafka client settings of the deployment (bootstrap servers, security, and any of the defaults above
 *       overridden through {@code spring.kafka.streams.properties.*});</li>
 *   <li>the hub's guarantees, which configuration cannot weaken: exactly-once processing, the replication of the
 *       topics it creates, and the settings of {@link HubProperties}.</li>
 * </ol>
 */
public final class HubStreamsSettings {

    static final int PRODUCER_BATCH_BYTES = 256 * 1024;
    static final int PRODUCER_LINGER_MS = 5;

    private HubStreamsSettings() {}

    /**
     * The settings for a streams client of the hub.
     *
     * @param properties the hub's configuration
     * @param clients    the Kafka client settings of the deployment (at least the bootstrap servers and
     *                   {@code schema.registry.url})
     */
    public static Properties of(HubProperties properties, Map<String, ?> clients) {
        Properties props = new Properties();
        props.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), PRODUCER_BATCH_BYTES);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), PRODUCER_LINGER_MS);
        props.putAll(clients);
        props.putAll(Map.of(
                StreamsConfig.APPLICATION_ID_CONFIG,
                properties.applicationId(),
                StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
                StreamsConfig.EXACTLY_ONCE_V2,
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
                properties.commitInterval().toMillis(),
                StreamsConfig.REPLICATION_FACTOR_CONFIG,
                (int) properties.replicationFactor(),
                StreamsConfig.topicPrefix("min.insync.replicas"),
                Integer.toString(properties.minInsyncReplicas()),
                StreamsConfig.STATE_DIR_CONFIG,
                properties.effectiveStateDir().toString(),
                StreamsConfig.NUM_STREAM_THREADS_CONFIG,
                properties.streamThreads()));
        if (properties.instanceId() != null && !properties.instanceId().isBlank()) {
            props.put(
                    StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), properties.instanceId());
        }
        return props;
    }
}
