package se.oroshub.access.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.oroshub.access.cli.AccessCommand;
import se.oroshub.access.model.AccessModel;
import se.oroshub.access.model.AccessPlan;
import se.oroshub.access.pki.LocalCertificateAuthority;
import se.oroshub.access.pki.TlsIdentity;
import se.oroshub.access.yaml.AccessFile;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.SecuredKafkaBroker;

/**
 * The access file applied to a real broker that authenticates every client by its certificate and authorises every
 * request by the ACLs: each allowed path works, each forbidden one is denied by the broker itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokerAccessIT {

    private static final String HUB = "oroshub-hub";
    private static final String REGISTRY = "oroshub-registry";
    private static final String OPERATOR = "oroshub-operator";
    private static final String SCHOOL = "oroshub-connector-school";
    private static final String HEALTHCARE = "oroshub-connector-healthcare";
    private static final String STOCKHOLM = "oroshub-social-services-stockholm";
    private static final String GOTEBORG = "oroshub-social-services-goteborg";
    /** Holds a certificate of the CA but is in no access file. */
    private static final String STRANGER = "oroshub-stranger";

    private static final Duration DENIAL_WITHIN = Duration.ofSeconds(20);

    private Path dir;

    private LocalCertificateAuthority ca;
    private SecuredKafkaBroker broker;
    private Path accessFile;
    private AccessPlan plan;

    @BeforeAll
    void startTheBrokerAndApplyTheAccessFile(@TempDir Path temporary) throws Exception {
        dir = temporary;
        ca = LocalCertificateAuthority.open(dir.resolve("pki"));
        broker = SecuredKafkaBroker.start(
                AccessModel.BROKER, ca.issue(AccessModel.BROKER).sslProperties());
        accessFile = dir.resolve("access.yaml");
        Files.copy(BrokerAccessIT.class.getResourceAsStream("/access-test.yaml"), accessFile);
        plan = AccessPlan.of(AccessFile.read(accessFile));
        for (String principal : plan.principals()) {
            ca.issue(principal);
        }
        ca.issue(STRANGER);

        assertThat(apply(accessFile)).contains("Created " + plan.grants().size() + " and deleted 0 ACLs");

        List<TopicSpec<?, ?>> topics = new ArrayList<>(Topics.FIXED);
        topics.add(Topics.SCHEMAS);
        for (String connector : List.of("school", "healthcare")) {
            topics.add(Topics.CONNECTOR_INTAKE.of(connector));
            topics.add(Topics.CONNECTOR_RECEIPTS.of(connector));
        }
        for (String code : List.of("0180", "1480")) {
            topics.add(Topics.MUNICIPALITY_REPORTS.of(code));
            topics.add(Topics.MUNICIPALITY_DEVIATIONS.of(code));
            topics.add(Topics.MUNICIPALITY_STATUS_EVENTS.of(code));
        }
        topics.add(Topics.AFTER_HOURS_REPORTS.of("jour-stockholm"));
        plan.model()
                .connectors()
                .forEach(c -> c.organisations()
                        .forEach(o -> topics.add(Topics.ORGANISATION_FEEDBACK.of(o.scheme() + ":" + o.value()))));
        try (Admin admin = admin(AccessModel.BROKER)) {
            admin.createTopics(topics.stream()
                            .map(t -> new NewTopic(t.name(), 1, (short) 1))
                            .toList())
                    .all()
                    .get(60, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    void stopTheBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    // --- who gets in at all

    @Test
    void aClientWithoutACertificateCannotEvenFetchMetadata() throws Exception {
        Map<String, Object> config = new HashMap<>(timeouts());
        TlsIdentity any = ca.identity(SCHOOL);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL");
        config.put("ssl.truststore.type", "PKCS12");
        config.put("ssl.truststore.location", any.truststore().toString());
        config.put("ssl.truststore.password", any.truststorePassword());
        try (Admin admin = Admin.create(config)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SslAuthenticationException.class);
        }
    }

    @Test
    void aPlaintextClientCannotEvenFetchMetadata() {
        Map<String, Object> config = new HashMap<>(timeouts());
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");
        try (Admin admin = Admin.create(config)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    @Test
    void aCertificateOfTheCaWithoutGrantsSeesNoTopicAndReadsNothing() throws Exception {
        try (Admin admin = admin(STRANGER)) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).isEmpty();
        }
        assertReadDenied(STRANGER, Topics.AUDIT.name());
    }

    // --- reporting connectors

    @Test
    void aConnectorWritesItsOwnIntakeTopicWithAnIdempotentProducer() throws Exception {
        String intake = Topics.CONNECTOR_INTAKE.of("school").name();
        try (KafkaProducer<String, String> producer = producer(SCHOOL, Map.of())) {
            producer.send(new ProducerRecord<>(intake, "report-1", "a report")).get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aConnectorCannotWriteAnotherConnectorsIntakeTopic() {
        assertWriteDenied(SCHOOL, Topics.CONNECTOR_INTAKE.of("healthcare").name());
        assertWriteDenied(SCHOOL, "oroshub.intake.concern-reports");
    }

    @Test
    void aConnectorReadsItsOwnReceiptsAndItsOrganisationsFeedback() {
        assertReadAllowed(SCHOOL, Topics.CONNECTOR_RECEIPTS.of("school").name());
        assertReadAllowed(
                SCHOOL,
                Topics.ORGANISATION_FEEDBACK.of("SCHOOL_UNIT_CODE:29837461").name());
    }

    @Test
    void aConnectorCannotReadAnotherConnectorsReceiptsOrAnotherOrganisationsFeedback() {
        assertReadDenied(SCHOOL, Topics.CONNECTOR_RECEIPTS.of("healthcare").name());
        assertReadDenied(
                SCHOOL,
                Topics.ORGANISATION_FEEDBACK.of("HSA_ID:SE1234567890-BVC1").name());
        assertReadDenied(HEALTHCARE, Topics.CONNECTOR_RECEIPTS.of("school").name());
    }

    @Test
    void theSchoolConnectorCannotReadAMunicipalitysReports() {
        assertReadDenied(SCHOOL, Topics.MUNICIPALITY_REPORTS.of("0180").name());
        assertReadDenied(SCHOOL, Topics.MUNICIPALITY_STATUS_EVENTS.of("0180").name());
    }

    // --- social services

    @Test
    void aMunicipalityWritesAndReadsBackItsOwnStatusEventsAndReadsItsReports() throws Exception {
        String statusEvents = Topics.MUNICIPALITY_STATUS_EVENTS.of("0180").name();
        try (KafkaProducer<String, String> producer = producer(STOCKHOLM, Map.of())) {
            producer.send(new ProducerRecord<>(statusEvents, "report-2", "opened"))
                    .get(30, TimeUnit.SECONDS);
        }
        assertThat(readAll(STOCKHOLM, statusEvents)).contains("opened");
        assertReadAllowed(STOCKHOLM, Topics.MUNICIPALITY_REPORTS.of("0180").name());
        assertReadAllowed(STOCKHOLM, Topics.MUNICIPALITY_DEVIATIONS.of("0180").name());
        assertReadAllowed(
                STOCKHOLM, Topics.AFTER_HOURS_REPORTS.of("jour-stockholm").name());
    }

    @Test
    void aMunicipalityCannotReadAnothersReportsNorWriteItsStatusEvents() {
        assertReadDenied(STOCKHOLM, Topics.MUNICIPALITY_REPORTS.of("1480").name());
        assertReadDenied(GOTEBORG, Topics.MUNICIPALITY_REPORTS.of("0180").name());
        assertReadDenied(GOTEBORG, Topics.MUNICIPALITY_DEVIATIONS.of("0180").name());
        assertReadDenied(
                GOTEBORG, Topics.AFTER_HOURS_REPORTS.of("jour-stockholm").name());
        assertWriteDenied(
                STOCKHOLM, Topics.MUNICIPALITY_STATUS_EVENTS.of("1480").name());
        assertWriteDenied(GOTEBORG, Topics.MUNICIPALITY_STATUS_EVENTS.of("0180").name());
    }

    @Test
    void aMunicipalityCommitsDeliveryOffsetsOnlyInItsOwnGroup() throws Exception {
        String reports = Topics.MUNICIPALITY_REPORTS.of("0180").name();
        TopicPartition partition = new TopicPartition(reports, 0);
        try (KafkaConsumer<String, String> own =
                consumer(STOCKHOLM, AccessPlan.deliveryGroup("social-services", "0180"))) {
            own.assign(List.of(partition));
            own.commitSync(Map.of(partition, new OffsetAndMetadata(0)), Duration.ofSeconds(30));
        }
        try (KafkaConsumer<String, String> other =
                consumer(GOTEBORG, AccessPlan.deliveryGroup("social-services", "0180"))) {
            other.subscribe(List.of(Topics.MUNICIPALITY_REPORTS.of("1480").name()));
            assertThatThrownBy(() -> pollUntilDenied(other)).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void noOneButTheHubWritesAMunicipalitysReports() {
        for (String principal : List.of(STOCKHOLM, GOTEBORG, SCHOOL, OPERATOR, REGISTRY)) {
            assertWriteDenied(principal, Topics.MUNICIPALITY_REPORTS.of("0180").name());
        }
    }

    // --- the hub

    @Test
    void theHubReadsEveryIntakeAndStatusEventTopicByPatternAndWritesMunicipalityTopicsTransactionally()
            throws Exception {
        try (KafkaProducer<String, String> school = producer(SCHOOL, Map.of());
                KafkaProducer<String, String> healthcare = producer(HEALTHCARE, Map.of());
                KafkaProducer<String, String> goteborg = producer(GOTEBORG, Map.of())) {
            school.send(new ProducerRecord<>(
                            Topics.CONNECTOR_INTAKE.of("school").name(), "r-school", "0180"))
                    .get(30, TimeUnit.SECONDS);
            healthcare
                    .send(new ProducerRecord<>(
                            Topics.CONNECTOR_INTAKE.of("healthcare").name(), "r-health", "0180"))
                    .get(30, TimeUnit.SECONDS);
            goteborg.send(new ProducerRecord<>(
                            Topics.MUNICIPALITY_STATUS_EVENTS.of("1480").name(), "r-event", "0180"))
                    .get(30, TimeUnit.SECONDS);
        }
        // A Kafka Streams application as the hub runs: exactly-once v2, pattern subscription, a state store and a
        // repartition (internal topics under its application id), writing a municipality's topic.
        StreamsBuilder builder = new StreamsBuilder();
        Pattern sources =
                Pattern.compile(Topics.CONNECTOR_INTAKE.pattern() + "|" + Topics.MUNICIPALITY_STATUS_EVENTS.pattern());
        builder.stream(sources, Consumed.with(Serdes.String(), Serdes.String()))
                .groupBy((key, municipality) -> municipality, Grouped.with(Serdes.String(), Serdes.String()))
                .count()
                .toStream()
                .mapValues(count -> "seen " + count)
                .to(
                        (key, value, context) ->
                                Topics.MUNICIPALITY_REPORTS.of(key).name(),
                        Produced.with(Serdes.String(), Serdes.String()));
        Properties config = new Properties();
        config.putAll(broker.clientProperties(ca.identity(HUB).sslProperties()));
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, plan.model().hub().applicationId());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        config.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("streams").toString());
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.METADATA_MAX_AGE_CONFIG), 1000);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (KafkaStreams hub = new KafkaStreams(builder.build(), config)) {
            hub.setUncaughtExceptionHandler(e -> {
                failure.set(e);
                return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                        .SHUTDOWN_CLIENT;
            });
            hub.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            List<String> seen = List.of();
            while (!seen.contains("seen 3") && System.nanoTime() < deadline && failure.get() == null) {
                seen = readAll(STOCKHOLM, Topics.MUNICIPALITY_REPORTS.of("0180").name());
            }
            assertThat(failure.get()).as("the hub's stream thread failed").isNull();
            assertThat(seen).as("read_committed by Stockholm").contains("seen 3");
        }
        assertWriteDenied(HUB, Topics.MUNICIPALITY_STATUS_EVENTS.of("0180").name());
        assertWriteDenied(HUB, Topics.CONNECTOR_INTAKE.of("school").name());
    }

    // --- the registry and the operator

    @Test
    void onlyTheRegistryWritesTheSchemaTopic() throws Exception {
        try (KafkaProducer<String, String> registry = producer(REGISTRY, Map.of())) {
            registry.send(new ProducerRecord<>(Topics.SCHEMAS.name(), "key", "schema"))
                    .get(30, TimeUnit.SECONDS);
        }
        assertReadAllowed(REGISTRY, Topics.SCHEMAS.name());
        assertWriteDenied(HUB, Topics.SCHEMAS.name());
        assertWriteDenied(SCHOOL, Topics.SCHEMAS.name());
        assertReadDenied(OPERATOR, Topics.SCHEMAS.name());
    }

    @Test
    void theOperatorWritesClearingDecisionsAndReadsTheAuditAndDeadLettersAsItsToolsDo() throws Exception {
        try (KafkaProducer<String, String> operator = producer(OPERATOR, Map.of())) {
            operator.send(new ProducerRecord<>(Topics.CLEARING_DECISIONS.name(), "report-3", "0180"))
                    .get(30, TimeUnit.SECONDS);
        }
        // as the audit verification and the clearing list read: a fresh group id, assigned partitions, nothing
        // committed
        for (TopicSpec<?, ?> topic :
                List.of(Topics.AUDIT, Topics.DEAD_LETTER, Topics.CLEARING, Topics.CLEARING_OVERDUE)) {
            try (KafkaConsumer<String, String> consumer =
                    consumer(OPERATOR, "oroshub-audit-verify-" + UUID.randomUUID())) {
                TopicPartition partition = new TopicPartition(topic.name(), 0);
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                consumer.poll(Duration.ofMillis(500));
                assertThat(consumer.position(partition)).isGreaterThanOrEqualTo(0);
            }
        }
        assertWriteDenied(HUB, Topics.CLEARING_DECISIONS.name());
        assertWriteDenied(SCHOOL, Topics.CLEARING_DECISIONS.name());
        assertReadDenied(OPERATOR, Topics.MUNICIPALITY_REPORTS.of("0180").name());
    }

    // --- applying the file

    @Test
    void applyingTheSameFileAgainChangesNothing() throws Exception {
        assertThat(apply(accessFile))
                .contains("were up to date (" + plan.grants().size() + " ACLs)");
        try (Admin admin = admin(AccessModel.BROKER)) {
            assertThat(KafkaAcls.apply(admin, plan).none()).isTrue();
        }
    }

    @Test
    void removingAPrincipalFromTheFileRevokesItsAccess() throws Exception {
        Path without = dir.resolve("access-without-goteborg.yaml");
        String text = Files.readString(accessFile, StandardCharsets.UTF_8);
        Files.writeString(without, text.substring(0, text.indexOf("  - principal: oroshub-social-services-goteborg")));
        try {
            String output = apply(without);
            assertThat(output).contains("- User:" + GOTEBORG).doesNotContain("+ User:");
            try (Admin admin = admin(AccessModel.BROKER)) {
                AclBindingFilter goteborgs = new AclBindingFilter(
                        ResourcePatternFilter.ANY,
                        new AccessControlEntryFilter(
                                "User:" + GOTEBORG, null, AclOperation.ANY, AclPermissionType.ANY));
                assertThat(admin.describeAcls(goteborgs).values().get(30, TimeUnit.SECONDS))
                        .isEmpty();
            }
            assertReadDenied(GOTEBORG, Topics.MUNICIPALITY_REPORTS.of("1480").name());
            assertReadAllowed(STOCKHOLM, Topics.MUNICIPALITY_REPORTS.of("0180").name());
        } finally {
            apply(accessFile);
        }
        assertReadAllowed(GOTEBORG, Topics.MUNICIPALITY_REPORTS.of("1480").name());
    }

    // --- helpers

    private String apply(Path file) throws Exception {
        Path commandConfig = dir.resolve("admin.properties");
        Properties admin = new Properties();
        admin.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL");
        admin.putAll(ca.identity(AccessModel.BROKER).sslProperties());
        try (var out = Files.newBufferedWriter(commandConfig)) {
            admin.store(out, null);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = AccessCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int exit = line.execute(
                "apply",
                "--file",
                file.toString(),
                "--bootstrap-server",
                broker.bootstrapServers(),
                "--command-config",
                commandConfig.toString());
        assertThat(exit).as("access apply: %s", err).isZero();
        return out.toString();
    }

    private static Map<String, Object> timeouts() {
        return Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
    }

    private Map<String, Object> client(String principal) throws Exception {
        Map<String, Object> config =
                broker.clientProperties(ca.identity(principal).sslProperties());
        config.putAll(timeouts());
        return config;
    }

    private Admin admin(String principal) throws Exception {
        return Admin.create(client(principal));
    }

    private KafkaProducer<String, String> producer(String principal, Map<String, Object> extra) throws Exception {
        Map<String, Object> config = client(principal);
        config.remove(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.putAll(extra);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private KafkaConsumer<String, String> consumer(String principal, String groupId) throws Exception {
        Map<String, Object> config = client(principal);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /** Every value of partition 0 of {@code topic}, read from the beginning without a group, as a projection does. */
    private List<String> readAll(String principal, String topic) throws Exception {
        try (KafkaConsumer<String, String> consumer = consumer(principal, null)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(10))
                    .get(partition);
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }

    private void assertReadAllowed(String principal, String topic) {
        try {
            readAll(principal, topic);
        } catch (Exception e) {
            throw new AssertionError(principal + " may read " + topic + " but was refused: " + e, e);
        }
    }

    private void assertReadDenied(String principal, String topic) {
        assertThatThrownBy(() -> {
                    try (KafkaConsumer<String, String> consumer = consumer(principal, null)) {
                        consumer.assign(List.of(new TopicPartition(topic, 0)));
                        consumer.seekToBeginning(List.of(new TopicPartition(topic, 0)));
                        pollUntilDenied(consumer);
                    }
                })
                .as("%s reading %s", principal, topic)
                .isInstanceOf(TopicAuthorizationException.class);
    }

    private void assertWriteDenied(String principal, String topic) {
        assertThatThrownBy(() -> {
                    try (KafkaProducer<String, String> producer =
                            producer(principal, Map.of(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false))) {
                        producer.send(new ProducerRecord<>(topic, "key", "value"))
                                .get(30, TimeUnit.SECONDS);
                    }
                })
                .as("%s writing %s", principal, topic)
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    private static void pollUntilDenied(KafkaConsumer<String, String> consumer) {
        long deadline = System.nanoTime() + DENIAL_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200));
        }
        throw new AssertionError("the broker did not deny within " + DENIAL_WITHIN);
    }
}
