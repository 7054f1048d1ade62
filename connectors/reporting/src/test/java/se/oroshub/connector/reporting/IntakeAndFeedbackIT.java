package se.oroshub.connector.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.schemas.fixtures.SyntheticReports;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/** The reporting module's two promises on a real broker: durable before "accepted", and feedback per organisation. */
@RealKafka
@SpringBootTest(
        classes = ReportingTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "oroshub.connector.id=support-it",
            "oroshub.connector.organisations[0].scheme=SCHOOL_UNIT_CODE",
            "oroshub.connector.organisations[0].value=40000001",
            "oroshub.connector.organisations[0].name=Norra skolan",
            "oroshub.connector.organisations[1].scheme=SCHOOL_UNIT_CODE",
            "oroshub.connector.organisations[1].value=40000002",
            "oroshub.connector.organisations[1].name=Södra skolan"
        })
class IntakeAndFeedbackIT {

    private static final OrganisationId NORTH = new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "40000001");
    private static final OrganisationId SOUTH = new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "40000002");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    IntakePublisher intake;

    @Autowired
    FeedbackInbox inbox;

    private final SyntheticReports reports = new SyntheticReports(new Random(), Clock.systemUTC());

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        KafkaTestEnvironment kafka = KafkaTestEnvironment.shared();
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("spring.kafka.properties.schema.registry.url", kafka::schemaRegistryUrl);
    }

    @BeforeAll
    static void topics(KafkaTestEnvironment kafka) {
        kafka.createTopics(
                Topics.CONNECTOR_INTAKE.of("support-it"),
                Topics.CONNECTOR_RECEIPTS.of("support-it"),
                Topics.feedbackTopic(NORTH),
                Topics.feedbackTopic(SOUTH));
    }

    @Test
    void submitReturnsOnlyWhenTheReportIsDurablyOnTheIntakeTopic(KafkaTestEnvironment kafka) {
        ConcernReport report =
                reports.report("support-it", ReporterKind.MANDATORY_PROFESSIONAL, NORTH, "Norra skolan", "0180");

        Receipt receipt = intake.submit(report);
        Map<TopicPartition, Long> endAtReturn = committedEndOffsets(kafka);

        List<ConsumerRecord<String, ConcernReport>> onIntake = readUpTo(kafka, endAtReturn).stream()
                .filter(r -> report.getReportId().equals(r.key()))
                .toList();
        assertThat(onIntake).singleElement().satisfies(r -> {
            assertThat(ContentDigest.canonicalBytes(r.value())).isEqualTo(ContentDigest.canonicalBytes(report));
            assertThat(ContentDigest.sha256Hex(r.value())).isEqualTo(receipt.getContentDigest());
        });
        assertThat(receipt.getAcceptedAt()).isEqualTo(report.getSubmittedAt());
        assertThat(receipt.getReportingOrganisation()).isEqualTo(NORTH);
    }

    @Test
    void anOrganisationSeesItsOwnDecisionAndNoOtherOrganisationEverDoes(KafkaTestEnvironment kafka) {
        Receipt northReceipt = intake.submit(
                reports.report("support-it", ReporterKind.MANDATORY_PROFESSIONAL, NORTH, "Norra skolan", "1480"));
        String reportId = northReceipt.getReportId();
        ReporterNotification decision = notification(reportId, NORTH, InvestigationDecision.OPENED);
        ReporterNotification misrouted =
                notification(UUID.randomUUID().toString(), NORTH, InvestigationDecision.NOT_OPENED);

        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(kafka.producerProperties())) {
            producer.send(new ProducerRecord<>(Topics.feedbackTopic(SOUTH).name(), misrouted.getReportId(), misrouted));
            producer.send(new ProducerRecord<>(Topics.feedbackTopic(NORTH).name(), reportId, decision));
            producer.flush();
        }

        await().atMost(PATIENCE).until(() -> inbox.decisionFor(NORTH, reportId).isPresent());
        assertThat(inbox.decisionFor(NORTH, reportId)).contains(decision);
        assertThat(inbox.reportsOf(NORTH))
                .filteredOn(v -> v.reportId().equals(reportId))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.receipt()).isEqualTo(northReceipt);
                    assertThat(v.decisionValue()).contains(InvestigationDecision.OPENED);
                });

        assertThat(inbox.decisionFor(SOUTH, reportId)).isEmpty();
        assertThat(inbox.reportOf(SOUTH, reportId)).isEmpty();
        assertThat(inbox.reportsOf(SOUTH)).noneMatch(v -> v.reportId().equals(reportId));
        await().atMost(PATIENCE).until(inbox::caughtUp);
        assertThat(inbox.decisionFor(SOUTH, misrouted.getReportId())).isEmpty();
        assertThat(inbox.decisionFor(NORTH, misrouted.getReportId())).isEmpty();
    }

    @Test
    void theHubsReceiptForThisConnectorShowsAndOtherConnectorsReceiptsDoNot(KafkaTestEnvironment kafka) {
        Receipt ours = receipt("support-it", NORTH);
        Receipt anotherConnectors = receipt("police", NORTH);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(kafka.producerProperties())) {
            producer.send(new ProducerRecord<>(
                    Topics.CONNECTOR_RECEIPTS.of("support-it").name(),
                    anotherConnectors.getReportId(),
                    anotherConnectors));
            producer.send(new ProducerRecord<>(
                    Topics.CONNECTOR_RECEIPTS.of("support-it").name(), ours.getReportId(), ours));
            producer.flush();
        }

        await().atMost(PATIENCE)
                .until(() -> inbox.reportOf(NORTH, ours.getReportId()).isPresent());
        assertThat(inbox.reportOf(NORTH, ours.getReportId()))
                .map(ReportStatusView::decision)
                .contains(Optional.empty());
        assertThat(inbox.reportOf(NORTH, anotherConnectors.getReportId())).isEmpty();
    }

    private static ReporterNotification notification(
            String reportId, OrganisationId organisation, InvestigationDecision decision) {
        return ReporterNotification.newBuilder()
                .setNotificationId(UUID.randomUUID().toString())
                .setReportId(reportId)
                .setReportingOrganisation(organisation)
                .setDecision(decision)
                .setDecisionDate(LocalDate.now())
                .setNotifiedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    private static Receipt receipt(String connectorId, OrganisationId organisation) {
        return Receipt.newBuilder()
                .setReportId(UUID.randomUUID().toString())
                .setConnectorId(connectorId)
                .setReportingOrganisation(organisation)
                .setAcceptedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setContentDigest("0f".repeat(32))
                .build();
    }

    /** The read_committed end of every partition of the intake topic, as it stands now. */
    private static Map<TopicPartition, Long> committedEndOffsets(KafkaTestEnvironment kafka) {
        try (KafkaConsumer<String, ConcernReport> consumer = readCommitted(kafka)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(
                    Topics.CONNECTOR_INTAKE.of("support-it").name())) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            return consumer.endOffsets(partitions);
        }
    }

    /** Every record of the intake topic below the given offsets, read with a read_committed consumer. */
    private static List<ConsumerRecord<String, ConcernReport>> readUpTo(
            KafkaTestEnvironment kafka, Map<TopicPartition, Long> end) {
        List<ConsumerRecord<String, ConcernReport>> out = new ArrayList<>();
        try (KafkaConsumer<String, ConcernReport> consumer = readCommitted(kafka)) {
            consumer.assign(end.keySet());
            consumer.seekToBeginning(end.keySet());
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        out.add(r);
                    }
                });
                return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
        }
        return out;
    }

    private static KafkaConsumer<String, ConcernReport> readCommitted(KafkaTestEnvironment kafka) {
        Map<String, Object> props = kafka.consumerProperties("unused-" + UUID.randomUUID());
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(props);
    }
}
