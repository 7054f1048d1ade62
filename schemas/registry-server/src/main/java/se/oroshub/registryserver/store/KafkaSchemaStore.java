package se.oroshub.registryserver.store;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.oroshub.schemas.topics.Topics;

/**
 * The registry's durable store: a single-partition, log-compacted Kafka topic, as in Confluent's registry.
 *
 * <p>Writes go through an idempotent producer with {@code acks=all}. A write returns only after the broker acknowledged
 * it and this store's own reader, which tails the topic from the beginning, has handed it to the registry: the
 * registry's state is always the topic replayed, never something the topic does not hold.
 *
 * <p>One registry instance writes to a topic at a time (ids are the highest known id plus one, decided by that
 * instance); run a single registry per topic. Further instances would need Confluent's leader election, which this
 * store does not implement.
 */
public final class KafkaSchemaStore implements SchemaStore {

    private static final Logger log = LoggerFactory.getLogger(KafkaSchemaStore.class);
    private static final Duration POLL = Duration.ofMillis(100);

    /**
     * Where and how the store keeps its records.
     *
     * @param bootstrapServers  the Kafka cluster
     * @param topic             the store topic (Confluent's default: {@code _schemas})
     * @param replicationFactor replication of the store topic when this store creates it (3 in production)
     * @param timeout           how long a write may take to be acknowledged and applied
     * @param initTimeout       how long creating/reading the topic to its end may take at start-up
     * @param clientOverrides   further Kafka client settings (security, SASL...), passed to every client
     */
    public record Settings(
            String bootstrapServers,
            String topic,
            short replicationFactor,
            Duration timeout,
            Duration initTimeout,
            Map<String, String> clientOverrides) {
        public Settings {
            Objects.requireNonNull(bootstrapServers, "bootstrapServers");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(initTimeout, "initTimeout");
            clientOverrides = Map.copyOf(clientOverrides);
            if (replicationFactor < 1) {
                throw new IllegalArgumentException("the store topic's replication factor must be at least 1");
            }
        }
    }

    private final Settings settings;
    private final StoreCodec codec = new StoreCodec();
    private final TopicPartition partition;
    private final Object progress = new Object();
    private long appliedOffset;
    private Throwable readerFailure;
    private volatile boolean running;
    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private Thread reader;

    public KafkaSchemaStore(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.partition = new TopicPartition(settings.topic(), 0);
    }

    @Override
    public void start(Consumer<StoreRecord> sink) throws StoreException {
        try {
            connect(sink);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new StoreException(
                    StoreException.Kind.TIMEOUT,
                    "the Kafka cluster at " + settings.bootstrapServers() + " did not answer in time: "
                            + e.getMessage(),
                    e);
        } catch (KafkaException e) {
            throw new StoreException(
                    StoreException.Kind.BACKEND,
                    "could not use the Kafka cluster at "
                            + settings.bootstrapServers() + ": " + e.getMessage()
                            + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"),
                    e);
        }
    }

    private void connect(Consumer<StoreRecord> sink) throws StoreException {
        int initTimeoutMs = (int) settings.initTimeout().toMillis();
        Map<String, Object> adminProps = clientProperties("admin");
        adminProps.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, Math.min(initTimeoutMs, 30_000));
        adminProps.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, initTimeoutMs);
        Admin admin = Admin.create(adminProps);
        try {
            ensureTopic(admin);
        } finally {
            admin.close(Duration.ofSeconds(1));
        }
        Map<String, Object> producerProps = clientProperties("writer");
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer());

        Map<String, Object> consumerProps = clientProperties("reader");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer());
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        long end =
                consumer.endOffsets(List.of(partition), settings.initTimeout()).get(partition);

        running = true;
        reader = new Thread(() -> readLoop(sink), "schema-store-reader");
        reader.setDaemon(true);
        reader.start();
        awaitApplied(end, settings.initTimeout(), "reading topic '" + settings.topic() + "' to its end");
        log.debug("Read the store topic '{}' to its end, offset {}", settings.topic(), end);
    }

    @Override
    public void append(StoreRecord record) throws StoreException {
        if (!running) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "the Kafka store is not running");
        }
        ProducerRecord<String, String> out = new ProducerRecord<>(
                settings.topic(), 0, codec.encodeKey(record.key()), codec.encodeValue(record.value()));
        RecordMetadata written;
        try {
            written = producer.send(out).get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new StoreException(
                    StoreException.Kind.TIMEOUT,
                    "the broker did not acknowledge the write within "
                            + settings.timeout().toMillis() + " ms",
                    e);
        } catch (ExecutionException e) {
            throw new StoreException(
                    StoreException.Kind.BACKEND,
                    "the broker rejected the write: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "interrupted while writing", e);
        }
        awaitApplied(written.offset() + 1, settings.timeout(), "applying the acknowledged write");
    }

    @Override
    public String describe() {
        return "topic '" + settings.topic() + "' on " + settings.bootstrapServers();
    }

    @Override
    public void close() {
        running = false;
        if (consumer != null && reader == null) {
            consumer.close(Duration.ofSeconds(1));
        } else if (consumer != null) {
            consumer.wakeup();
        }
        if (reader != null) {
            try {
                reader.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void readLoop(Consumer<StoreRecord> sink) {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    apply(sink, record);
                }
                long position = consumer.position(partition);
                synchronized (progress) {
                    appliedOffset = Math.max(appliedOffset, position);
                    progress.notifyAll();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                fail(e);
            }
        } catch (RuntimeException e) {
            log.error("The schema store reader stopped: {}", e.toString());
            fail(e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void apply(Consumer<StoreRecord> sink, ConsumerRecord<String, String> record) {
        try {
            codec.decode(record.key(), record.value()).ifPresent(sink);
        } catch (IllegalArgumentException e) {
            log.error(
                    "Skipping unreadable store record at offset {} of '{}': {}",
                    record.offset(),
                    settings.topic(),
                    e.getMessage());
        }
        synchronized (progress) {
            appliedOffset = Math.max(appliedOffset, record.offset() + 1);
            progress.notifyAll();
        }
    }

    private void fail(Throwable cause) {
        running = false;
        synchronized (progress) {
            readerFailure = cause;
            progress.notifyAll();
        }
    }

    private void awaitApplied(long offset, Duration timeout, String what) throws StoreException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (appliedOffset < offset) {
                if (readerFailure != null) {
                    throw new StoreException(
                            StoreException.Kind.BACKEND,
                            "the store reader failed while " + what + ": " + readerFailure,
                            readerFailure);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new StoreException(
                            StoreException.Kind.TIMEOUT, "timed out after " + timeout.toMillis() + " ms " + what);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException(StoreException.Kind.UNAVAILABLE, "interrupted while " + what, e);
                }
            }
        }
    }

    private void ensureTopic(Admin admin) throws StoreException {
        String topic = settings.topic();
        long timeoutMs = settings.initTimeout().toMillis();
        try {
            Optional<TopicDescription> existing = describe(admin, topic, timeoutMs);
            if (existing.isEmpty()) {
                NewTopic newTopic =
                        new NewTopic(topic, 1, settings.replicationFactor()).configs(Topics.SCHEMAS.topicConfig());
                try {
                    admin.createTopics(List.of(newTopic)).all().get(timeoutMs, TimeUnit.MILLISECONDS);
                    log.info(
                            "Created the schema store topic '{}' (compacted, replication factor {})",
                            topic,
                            settings.replicationFactor());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
                return;
            }
            int partitions = existing.get().partitions().size();
            if (partitions != 1) {
                throw new StoreException(
                        StoreException.Kind.BACKEND,
                        "the schema store topic '" + topic + "' has " + partitions
                                + " partitions; it must have exactly one, so records stay in order");
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(Set.of(resource))
                    .all()
                    .get(timeoutMs, TimeUnit.MILLISECONDS)
                    .get(resource);
            ConfigEntry policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
            if (policy == null || !policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
                throw new StoreException(
                        StoreException.Kind.BACKEND,
                        "the schema store topic '" + topic
                                + "' must have cleanup.policy=compact, or old schemas would be deleted by retention; it has "
                                + (policy == null ? "none" : policy.value()));
            }
        } catch (ExecutionException e) {
            throw new StoreException(
                    StoreException.Kind.BACKEND,
                    "could not prepare the schema store topic '" + topic + "': "
                            + e.getCause().getMessage(),
                    e);
        } catch (TimeoutException e) {
            throw new StoreException(
                    StoreException.Kind.TIMEOUT,
                    "could not reach the Kafka cluster at " + settings.bootstrapServers() + " within " + timeoutMs
                            + " ms",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "interrupted while preparing the store", e);
        }
    }

    private static Optional<TopicDescription> describe(Admin admin, String topic, long timeoutMs)
            throws ExecutionException, TimeoutException, InterruptedException {
        try {
            return Optional.of(admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(timeoutMs, TimeUnit.MILLISECONDS)
                    .get(topic));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Map<String, Object> clientProperties(String role) {
        Map<String, Object> props = new HashMap<>(settings.clientOverrides());
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, "schema-registry-" + role);
        return props;
    }
}
