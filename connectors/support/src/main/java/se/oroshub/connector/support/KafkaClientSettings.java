package se.oroshub.connector.support;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import se.oroshub.schemas.serde.KafkaAvroDeserializer;
import se.oroshub.schemas.serde.KafkaAvroSerdeConfig;
import se.oroshub.schemas.serde.KafkaAvroSerializer;

/**
 * The one place where a connector's Kafka clients get their guarantees. Every client starts from the application's
 * {@code spring.kafka.*} settings (bootstrap servers, security, {@code schema.registry.url}); what this class adds
 * cannot be configured away:
 *
 * <ul>
 *   <li>{@link #durableProducer}: idempotent, {@code acks=all}, no linger, and every timeout bounded by
 *       {@code oroshub.connector.intake.ack-timeout}, so a send either is durably acknowledged within it or fails and
 *       may be repeated without being written twice;</li>
 *   <li>{@link #replayConsumer}: {@code read_committed}, no consumer group, nothing committed, from the beginning:
 *       for projections rebuilt from the log on every start ({@link TopicReplay});</li>
 *   <li>{@link #groupConsumer}: {@code read_committed} in a consumer group, committed by hand only after the record
 *       was handled, from the beginning when the group has no offset yet.</li>
 * </ul>
 *
 * Keys are strings (report ids); values are the contract's Avro records in the Confluent wire format, read as the
 * generated classes. Each client id is {@code connector-<connector id>-<purpose>}.
 */
public final class KafkaClientSettings {

    private final Map<String, Object> producerBase;
    private final Map<String, Object> consumerBase;
    private final String connectorId;
    private final Duration ackTimeout;

    /**
     * @param producerBase the application's producer settings ({@code spring.kafka.*})
     * @param consumerBase the application's consumer settings ({@code spring.kafka.*})
     * @param connectorId  the connector id, part of every client id
     * @param ackTimeout   how long a send may take until the broker's durable acknowledgement
     */
    public KafkaClientSettings(
            Map<String, Object> producerBase,
            Map<String, Object> consumerBase,
            String connectorId,
            Duration ackTimeout) {
        this.producerBase = Collections.unmodifiableMap(new HashMap<>(producerBase));
        this.consumerBase = Collections.unmodifiableMap(new HashMap<>(consumerBase));
        this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
        this.ackTimeout = Objects.requireNonNull(ackTimeout, "ackTimeout");
    }

    /** The settings of a connector configured by {@code spring.kafka.*} and {@code oroshub.connector.*}. */
    public static KafkaClientSettings of(KafkaProperties kafka, ConnectorProperties connector) {
        return new KafkaClientSettings(
                kafka.buildProducerProperties(),
                kafka.buildConsumerProperties(),
                connector.id(),
                connector.intake().ackTimeout());
    }

    /** An idempotent {@code acks=all} producer that waits at most the acknowledgement timeout. */
    public Map<String, Object> durableProducer(String purpose) {
        long ackTimeoutMs = ackTimeout.toMillis();
        Map<String, Object> config = new HashMap<>(producerBase);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId(purpose));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, ackTimeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1, ackTimeoutMs / 2));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ackTimeoutMs);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, KafkaAvroSerializer.class);
        return config;
    }

    /** A {@code read_committed} consumer without a group, for reading topics from the beginning. */
    public Map<String, Object> replayConsumer(String purpose) {
        Map<String, Object> config = readCommitted(purpose);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return config;
    }

    /** A {@code read_committed} consumer of {@code groupId} that commits by hand. */
    public Map<String, Object> groupConsumer(String purpose, String groupId) {
        Map<String, Object> config = readCommitted(purpose);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, Objects.requireNonNull(groupId, "groupId"));
        return config;
    }

    private Map<String, Object> readCommitted(String purpose) {
        Map<String, Object> config = new HashMap<>(consumerBase);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId(purpose));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, KafkaAvroDeserializer.class);
        config.put(KafkaAvroSerdeConfig.SPECIFIC_AVRO_READER, true);
        return config;
    }

    private String clientId(String purpose) {
        return "connector-" + connectorId + "-" + Objects.requireNonNull(purpose, "purpose");
    }
}
