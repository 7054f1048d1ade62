package se.oroshub.hub.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.springframework.util.FileSystemUtils;
import se.oroshub.hub.rules.deadline.DeadlineConfig;
import se.oroshub.hub.rules.linking.ChildPseudonym;
import se.oroshub.hub.rules.origin.ConnectorMandates;
import se.oroshub.hub.rules.triage.TriageConfig;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ClearingDecision;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.fixtures.TestReport;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.registry.MockSchemaRegistry;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

/**
 * The hub topology in a {@link TopologyTestDriver}, with an in-memory schema registry of its own scope, a wall clock
 * that starts at {@link #START} and only moves when a test moves it, and a record of the topics the topology asked to
 * provision.
 */
public final class HubDriver implements AutoCloseable {

    /** A Tuesday, 10:00 in Stockholm: inside office hours. */
    static final Instant START = Instant.parse("2026-03-10T09:00:00Z");

    private final String scope = "hub-test-" + UUID.randomUUID();
    private final HubSerdes serdes;
    private final TopologyTestDriver driver;
    private final Map<String, TestInputTopic<String, byte[]>> inputs = new ConcurrentHashMap<>();
    private final TestInputTopic<String, byte[]> clearingDecisions;
    private final Set<String> provisioned = ConcurrentHashMap.newKeySet();
    private final Path stateDir;

    HubDriver() {
        this(defaultConfig());
    }

    HubDriver(HubTopologyConfig config) {
        try {
            stateDir = Files.createTempDirectory("hub-driver-state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        serdes = HubSerdes.fromConfig(Map.of("schema.registry.url", "mock://" + scope));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "oroshub-hub-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(
                HubTopology.build(config, serdes, topic -> provisioned.add(topic.name())), props, START);
        clearingDecisions = input(Topics.CLEARING_DECISIONS.name());
    }

    private TestInputTopic<String, byte[]> input(String topic) {
        return inputs.computeIfAbsent(
                topic,
                t -> driver.createInputTopic(
                        t, new StringSerializer(), new ByteArraySerializer(), START, Duration.ZERO));
    }

    /** The shared test report under a fresh id, submitted when the driver's clock starts. */
    static TestReport report() {
        return TestReport.report().freshId().submittedAt(START);
    }

    /** The connector the test reports come from ({@code TestReport}'s). */
    static final String CONNECTOR = "school";

    /** The intake topic of {@link #CONNECTOR}. */
    static final String INTAKE = Topics.CONNECTOR_INTAKE.of(CONNECTOR).name();

    /** The receipts topic of {@link #CONNECTOR}. */
    static final TopicSpec<String, Receipt> RECEIPTS = Topics.CONNECTOR_RECEIPTS.of(CONNECTOR);

    /**
     * The organisations {@link #CONNECTOR} may speak for: {@code TestReport}'s school and the schools
     * {@code 00000000}-{@code 00000004}.
     */
    static final Set<OrganisationId> SCHOOLS = Set.of(
            TestReport.SCHOOL,
            school("00000000"),
            school("00000001"),
            school("00000002"),
            school("00000003"),
            school("00000004"));

    private static OrganisationId school(String code) {
        return new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, code);
    }

    /** The topology configuration every topology test uses, with a fixed pseudonym secret. */
    public static HubTopologyConfig defaultConfig() {
        return new HubTopologyConfig(
                MunicipalityCodes.official(),
                TriageConfig.defaults(),
                DeadlineConfig.defaults(),
                new ChildPseudonym("a test secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8)),
                365,
                Duration.ofMinutes(1),
                6,
                ConnectorMandates.of(Map.of(CONNECTOR, SCHOOLS, "healthcare", Set.of(), "police", Set.of())),
                MunicipalityCodes.official().all().stream()
                        .map(MunicipalityCodes.Municipality::code)
                        .collect(Collectors.toSet()));
    }

    /**
     * Submits a report to the intake topic of the connector it names, keyed by its id, in the Confluent wire format.
     */
    void submit(ConcernReport report) {
        submitVia(report.getConnectorId(), report);
    }

    /** Submits a report to the intake topic of {@code connector}, whatever the report names. */
    void submitVia(String connector, ConcernReport report) {
        String topic = Topics.CONNECTOR_INTAKE.of(connector).name();
        input(topic).pipeInput(report.getReportId(), encode(topic, report));
    }

    /** Submits raw bytes to the intake topic of {@link #CONNECTOR}. */
    void submitRaw(String key, byte[] value) {
        input(Topics.CONNECTOR_INTAKE.of(CONNECTOR).name()).pipeInput(key, value);
    }

    /** Publishes a status event on the status topic of the municipality it names, keyed by its report id. */
    void publish(CaseStatusEvent event) {
        publishVia(event.getMunicipalityCode(), event);
    }

    /** Publishes a status event on the status topic of {@code municipality}, whatever the event names. */
    void publishVia(String municipality, CaseStatusEvent event) {
        String topic = Topics.MUNICIPALITY_STATUS_EVENTS.of(municipality).name();
        input(topic).pipeInput(event.getReportId(), encode(topic, event));
    }

    /** Publishes raw bytes on the status topic of {@code municipality}. */
    void publishRaw(String municipality, String key, byte[] value) {
        input(Topics.MUNICIPALITY_STATUS_EVENTS.of(municipality).name()).pipeInput(key, value);
    }

    /** Publishes a person's decision on a report in clearing, keyed by its report id. */
    void decide(ClearingDecision decision) {
        decideRaw(decision.getReportId(), encode(Topics.CLEARING_DECISIONS.name(), decision));
    }

    /** Publishes raw bytes as a clearing decision. */
    void decideRaw(String key, byte[] value) {
        clearingDecisions.pipeInput(key, value);
    }

    /** The wire-format bytes of a record as written to {@code topic} (registering its schema there). */
    @SuppressWarnings("unchecked")
    <T extends SpecificRecord> byte[] encode(String topic, T record) {
        return serdes.value((Class<T>) record.getClass()).serializer().serialize(topic, record);
    }

    /** Moves the wall clock, firing the deadline punctuator. */
    void advanceWallClock(Duration duration) {
        driver.advanceWallClockTime(duration);
    }

    /** The deadline clocks of the driver's task, to put in place a state slow to build report by report. */
    DeadlineClocks deadlineClocks() {
        return new DeadlineClocks(
                driver.getKeyValueStore(HubTopology.CLOCK_STORE), driver.getKeyValueStore(HubTopology.DUE_INDEX_STORE));
    }

    /** Reads (and consumes) everything written to a topic so far. */
    <V extends SpecificRecord> List<KeyValue<String, V>> read(TopicSpec<String, V> topic) {
        return driver.createOutputTopic(
                        topic.name(),
                        new StringDeserializer(),
                        serdes.value(topic.valueType()).deserializer())
                .readKeyValuesToList();
    }

    /** Reads (and consumes) the values written to a topic so far. */
    <V extends SpecificRecord> List<V> values(TopicSpec<String, V> topic) {
        return read(topic).stream().map(kv -> kv.value).toList();
    }

    /** The names of the topics the topology asked to provision. */
    Set<String> provisioned() {
        return Set.copyOf(provisioned);
    }

    /** Every topic name the driver has seen produced to. */
    Set<String> producedTopicNames() {
        return driver.producedTopicNames();
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(scope);
        FileSystemUtils.deleteRecursively(stateDir.toFile());
    }
}
