package se.oroshub.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.LagInfo;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import se.oroshub.hub.config.HubProperties;
import se.oroshub.hub.config.HubStreamsSettings;
import se.oroshub.hub.rules.linking.ChildPseudonym;
import se.oroshub.hub.rules.origin.ConnectorMandates;
import se.oroshub.hub.topology.HubSerdes;
import se.oroshub.hub.topology.HubTopology;
import se.oroshub.hub.topology.HubTopologyConfig;
import se.oroshub.schemas.fixtures.SyntheticReports;
import se.oroshub.schemas.provisioning.TopicProvisioner;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.serde.KafkaAvroSerdeConfig;
import se.oroshub.schemas.topics.Topics;

/**
 * The hub's topology ({@link HubTopology#build}) running in this process, configured as the hub process configures it
 * ({@code HubConfiguration}): the {@code oroshub.hub.*} defaults bound into {@link HubProperties} by Spring Boot's
 * binder, exactly-once v2, the hub's topic provisioning; plus the producer batching the benchmark tunes.
 */
final class InProcessHub implements AutoCloseable {

    /** Synthetic data only: the pseudonym secret of the benchmark's hub. */
    private static final String PSEUDONYM_SECRET = "benchmark-only-pseudonym-secret-for-synthetic-children";

    private static final int STORES = 5;

    private static final Logger LOG = LoggerFactory.getLogger(InProcessHub.class);

    private final KafkaStreams streams;
    private final Admin admin;
    private final String applicationId;
    private final AtomicInteger restoring = new AtomicInteger();
    private final AtomicLong restoredRecords = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private InProcessHub(KafkaStreams streams, Admin admin, String applicationId) {
        this.streams = streams;
        this.admin = admin;
        this.applicationId = applicationId;
    }

    /** The hub's Kafka Streams settings ({@link HubStreamsSettings}) for this broker and registry. */
    static Properties streamsProperties(HubProperties properties, String bootstrapServers, String registryUrl) {
        return HubStreamsSettings.of(
                properties,
                Map.of(
                        CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        KafkaAvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl));
    }

    /** The hub's settings: its defaults, with this application id, state directory, threads and partitions. */
    static HubProperties hubProperties(String applicationId, Path stateDir, int streamThreads, int internalPartitions) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("oroshub.hub.application-id", applicationId);
        settings.put("oroshub.hub.state-dir", stateDir.toAbsolutePath().toString());
        settings.put("oroshub.hub.stream-threads", Integer.toString(streamThreads));
        settings.put("oroshub.hub.internal-topic-partitions", Integer.toString(internalPartitions));
        settings.put("oroshub.hub.pseudonym-secret", PSEUDONYM_SECRET);
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("oroshub.hub", HubProperties.class);
    }

    static HubTopologyConfig topologyConfig(HubProperties properties) {
        return new HubTopologyConfig(
                MunicipalityCodes.official(),
                properties.triage().toConfig(),
                properties.deadlines().toConfig(),
                new ChildPseudonym(properties.pseudonymSecret().getBytes(StandardCharsets.UTF_8)),
                properties.linkingWindowDays(),
                properties.deadlineCheckInterval(),
                properties.internalTopicPartitions(),
                ConnectorMandates.of(Map.of(BenchTopics.CONNECTOR, Set.of(SyntheticIntake.LOAD_SCHOOL))),
                Set.copyOf(SyntheticReports.SAMPLE_MUNICIPALITIES));
    }

    /** Builds the topology and starts it, with {@code overrides} on top of the hub's Kafka Streams settings. */
    static InProcessHub start(
            HubProperties properties, String bootstrapServers, String registryUrl, Map<String, String> overrides) {
        Admin admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        TopicProvisioner provisioner = new TopicProvisioner(
                admin,
                properties.replicationFactor(),
                Optional.of(properties.minInsyncReplicas()),
                Duration.ofSeconds(30).toMillis());
        provisioner.ensureAll(Topics.FIXED);
        HubSerdes serdes = HubSerdes.fromConfig(Map.of(KafkaAvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl));
        Topology topology = HubTopology.build(topologyConfig(properties), serdes, provisioner::ensure);
        Properties streamsProperties = streamsProperties(properties, bootstrapServers, registryUrl);
        streamsProperties.putAll(overrides);
        KafkaStreams streams = new KafkaStreams(topology, streamsProperties);
        InProcessHub hub = new InProcessHub(streams, admin, properties.applicationId());
        streams.setUncaughtExceptionHandler(e -> {
            hub.failure.set(e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setGlobalStateRestoreListener(hub.new RestoreCounter());
        streams.start();
        return hub;
    }

    KafkaStreams.State state() {
        Throwable failed = failure.get();
        if (failed != null) {
            throw new IllegalStateException("the hub's stream thread failed: " + failed, failed);
        }
        return streams.state();
    }

    /** Running, no store restoring, and every local store caught up with its changelog. */
    boolean caughtUp() {
        if (state() != KafkaStreams.State.RUNNING || restoring.get() > 0) {
            return false;
        }
        Map<String, Map<Integer, LagInfo>> lags = streams.allLocalStorePartitionLags();
        return lags.size() >= STORES
                && lags.values().stream()
                        .flatMap(partitions -> partitions.values().stream())
                        .allMatch(lag -> lag.offsetLag() == 0);
    }

    long restoredRecords() {
        return restoredRecords.get();
    }

    /**
     * Closes the hub (committing its open transaction), removes it from its consumer group and deletes its local
     * state, as a fresh instance on a new machine would find it. A closed Kafka Streams member stays in the group
     * until its session times out (45 s by default); removing it lets the next instance start at once.
     */
    void closeAndWipeState() throws InterruptedException {
        streams.close(Duration.ofSeconds(60));
        try {
            admin.removeMembersFromConsumerGroup(applicationId, new RemoveMembersFromConsumerGroupOptions())
                    .all()
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Could not remove the closed hub from group {}: {}", applicationId, e.toString());
        }
        admin.close(Duration.ofSeconds(5));
        streams.cleanUp();
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(60));
        admin.close(Duration.ofSeconds(5));
    }

    private final class RestoreCounter implements StateRestoreListener {

        @Override
        public void onRestoreStart(TopicPartition partition, String store, long startOffset, long endOffset) {
            restoring.incrementAndGet();
        }

        @Override
        public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long numRestored) {
            restoredRecords.addAndGet(numRestored);
        }

        @Override
        public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
            restoring.decrementAndGet();
        }

        @Override
        public void onRestoreSuspended(TopicPartition partition, String store, long totalRestored) {
            restoring.decrementAndGet();
        }
    }
}
