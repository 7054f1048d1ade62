package se.oroshub.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import se.oroshub.registryserver.RegistryConfig;
import se.oroshub.registryserver.SchemaRegistryServer;
import se.oroshub.schemas.serde.KafkaAvroDeserializer;
import se.oroshub.schemas.serde.KafkaAvroSerdeConfig;
import se.oroshub.schemas.serde.KafkaAvroSerializer;
import se.oroshub.schemas.topics.TopicSpec;

/**
 * A real Kafka broker and a schema registry (Confluent REST API, stored in the broker's {@code _schemas} topic) for
 * integration tests, with client settings that match production: idempotent producers with {@code acks=all},
 * {@code read_committed} consumers, values in the Confluent Avro wire format through the registry.
 *
 * <p>One environment serves the whole test JVM ({@link #shared()}): started on first use, stopped at the end of the
 * test run (by JUnit through {@link RealKafka}, or at JVM exit). Tests share the broker, so each test should use its
 * own consumer group ids and must not assume a topic is empty.
 *
 * <p>Backend: a Testcontainers Kafka container ({@code apache/kafka:4.1.2}) where a Docker engine is available,
 * otherwise an in-process KRaft broker. The system property {@value #BACKEND_PROPERTY} set to {@code embedded} or
 * {@code testcontainers} forces one.
 */
public final class KafkaTestEnvironment implements AutoCloseable {

    /** System property forcing the backend: {@code embedded} or {@code testcontainers}. */
    public static final String BACKEND_PROPERTY = "oroshub.test.kafka";

    private static final Logger log = LoggerFactory.getLogger(KafkaTestEnvironment.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(100);

    private static KafkaTestEnvironment shared;

    private final KafkaBackend backend;
    private final SchemaRegistryServer registry;
    private boolean closed;

    private KafkaTestEnvironment(KafkaBackend backend, SchemaRegistryServer registry) {
        this.backend = backend;
        this.registry = registry;
    }

    /** The JVM's environment, started on the first call. */
    public static synchronized KafkaTestEnvironment shared() {
        if (shared == null) {
            shared = start();
            KafkaTestEnvironment started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "kafka-test-environment-shutdown"));
        }
        return shared;
    }

    private static KafkaTestEnvironment start() {
        BrokerLogging.quieten();
        long began = System.nanoTime();
        KafkaBackend backend = chooseBackend();
        long brokerReady = System.nanoTime();
        SchemaRegistryServer registry;
        try {
            registry = SchemaRegistryServer.start(RegistryConfig.forBroker(backend.bootstrapServers()));
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        log.info(
                "Test Kafka ready: {} at {} (started in {} ms), schema registry at {} (started in {} ms)",
                backend.describe(),
                backend.bootstrapServers(),
                Duration.ofNanos(brokerReady - began).toMillis(),
                registry.url(),
                Duration.ofNanos(System.nanoTime() - brokerReady).toMillis());
        return new KafkaTestEnvironment(backend, registry);
    }

    private static KafkaBackend chooseBackend() {
        String forced = System.getProperty(BACKEND_PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        return switch (forced) {
            case "embedded" -> EmbeddedKraftBackend.start();
            case "testcontainers" -> ContainerBackend.start();
            case "" ->
                BrokerLogging.withDockerDiscoverySilenced(DockerClientFactory.instance()::isDockerAvailable)
                        ? ContainerBackend.start()
                        : EmbeddedKraftBackend.start();
            default ->
                throw new IllegalArgumentException("system property " + BACKEND_PROPERTY + " is '" + forced
                        + "'; use 'embedded' or 'testcontainers', or leave it unset to choose by Docker availability");
        };
    }

    /** The broker's bootstrap servers, e.g. {@code 127.0.0.1:40123}. */
    public String bootstrapServers() {
        return backend.bootstrapServers();
    }

    /** The schema registry's base URL, e.g. {@code http://127.0.0.1:40125}. */
    public String schemaRegistryUrl() {
        return registry.url();
    }

    /**
     * Creates the topics as their specs say (partitions and {@link TopicSpec#topicConfig()}), replication 1. Topics
     * that exist already are left as they are, so several tests may create the same topic.
     */
    public void createTopics(TopicSpec<?, ?>... specs) {
        List<NewTopic> topics = Arrays.stream(specs)
                .map(spec -> new NewTopic(spec.name(), spec.partitions(), (short) 1).configs(spec.topicConfig()))
                .toList();
        try (Admin admin = Admin.create(clientProperties())) {
            var results = admin.createTopics(topics).values();
            for (var entry : results.entrySet()) {
                try {
                    entry.getValue().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(
                                "could not create topic '" + entry.getKey() + "': "
                                        + e.getCause().getMessage(),
                                e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("topics were not created within " + ADMIN_TIMEOUT, e);
        }
    }

    /** The settings every client needs: the bootstrap servers. A fresh, mutable map. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    /**
     * Producer settings as in production: idempotent, {@code acks=all}, String keys, Avro values in the Confluent wire
     * format through the registry (schemas registered automatically). A fresh, mutable map.
     */
    public Map<String, Object> producerProperties() {
        Map<String, Object> props = clientProperties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, KafkaAvroSerializer.class.getName());
        props.put(KafkaAvroSerdeConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl());
        props.put(KafkaAvroSerdeConfig.AUTO_REGISTER_SCHEMAS, true);
        return props;
    }

    /**
     * Consumer settings: {@code read_committed}, from the earliest offset, String keys, Avro values decoded by schema id
     * into the generated classes ({@code specific.avro.reader=true}). A fresh, mutable map.
     */
    public Map<String, Object> consumerProperties(String groupId) {
        Map<String, Object> props = clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, KafkaAvroDeserializer.class.getName());
        props.put(KafkaAvroSerdeConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl());
        props.put(KafkaAvroSerdeConfig.SPECIFIC_AVRO_READER, true);
        return props;
    }

    /**
     * Reads records from a topic as a member of {@code groupId} until at least {@code count} arrived, then commits
     * and returns them (there may be more than {@code count}).
     *
     * @throws AssertionError when fewer than {@code count} records arrive within {@code timeout}, saying how many did
     */
    public <K, V> List<ConsumerRecord<K, V>> consume(
            TopicSpec<K, V> topic, String groupId, int count, Duration timeout) {
        Map<String, Object> props = consumerProperties(groupId);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, deserializerFor(topic.keyType()));
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, deserializerFor(topic.valueType()));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<K, V>> received = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (received.size() < count && System.nanoTime() < deadline) {
                consumer.poll(POLL).forEach(received::add);
            }
            if (!received.isEmpty()) {
                consumer.commitSync();
            }
        }
        if (received.size() < count) {
            throw new AssertionError("expected " + count + " records on topic '" + topic.name() + "' within " + timeout
                    + " (group '" + groupId + "'), got " + received.size());
        }
        return received;
    }

    private static String deserializerFor(Class<?> type) {
        if (type == String.class) {
            return StringDeserializer.class.getName();
        }
        if (type == byte[].class) {
            return ByteArrayDeserializer.class.getName();
        }
        if (type == Long.class) {
            return LongDeserializer.class.getName();
        }
        return KafkaAvroDeserializer.class.getName();
    }

    /** Stops the registry and the broker. Called by JUnit at the end of the run and at JVM exit; idempotent. */
    @Override
    public void close() {
        synchronized (KafkaTestEnvironment.class) {
            if (closed) {
                return;
            }
            closed = true;
            if (shared == this) {
                shared = null;
            }
        }
        registry.close();
        backend.close();
    }
}
