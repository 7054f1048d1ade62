package se.oroshub.connector.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.oroshub.connector.police.Fixtures.replace;
import static se.oroshub.connector.police.Fixtures.validFull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.oroshub.connector.police.document.ReportIds;
import se.oroshub.connector.police.dropdir.DropDirectory;
import se.oroshub.connector.police.intake.DocumentIntake;
import se.oroshub.connector.police.intake.ReceiptRepresentation;
import se.oroshub.connector.support.ConnectorApplication;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.schemas.receipt.Receipts;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/**
 * The connector as deployed, closed and started again on the same transfer directory, on the real broker: what the
 * police put in the inbox ends up exactly once, in content, on the intake topic or in rejected/, whether the close
 * comes in the middle of a batch or the police send a document again after the restart.
 */
@RealKafka
class TransferDirectoryRestartIT {

    private static final String UNIT = "5000-LPO-SODERMALM";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final int VALID = 16;
    private static final int INVALID = 4;
    /** Long enough per document that closing the application lands in the middle of the batch. */
    private static final Duration PAUSE_PER_DOCUMENT = Duration.ofMillis(150);

    @BeforeAll
    static void topics(KafkaTestEnvironment kafka) {
        kafka.createTopics(
                Topics.CONNECTOR_INTAKE.of("police"),
                Topics.CONNECTOR_RECEIPTS.of("police"),
                Topics.feedbackTopic(new OrganisationId(OrganisationIdScheme.POLICE_UNIT, UNIT)),
                Topics.feedbackTopic(new OrganisationId(OrganisationIdScheme.POLICE_UNIT, "1400-LPO-GOTEBORG")));
    }

    @Test
    void closingTheConnectorMidBatchAndStartingItAgainLosesNoDocumentAndPublishesNoneDifferently(
            KafkaTestEnvironment kafka) throws Exception {
        DropDirectory directory = new DropDirectory(Files.createTempDirectory("police-restart-")).create();
        String batch = "PM-RESTART-" + UUID.randomUUID();
        List<String> valid = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (int i = 0; i < VALID + INVALID; i++) {
            String documentId = batch + "-" + i;
            if (i % 5 == 4) {
                invalid.add(documentId);
                dropCompleted(
                        directory.inbox(),
                        documentId + ".xml",
                        replace(
                                validFull(documentId),
                                "<municipalityOfRegistration>0180",
                                "<municipalityOfRegistration>0001"));
            } else {
                valid.add(documentId);
                dropCompleted(directory.inbox(), documentId + ".xml", validFull(documentId));
            }
        }

        ConfigurableApplicationContext first = start(kafka, directory, PAUSE_PER_DOCUMENT);
        try {
            await().atMost(PATIENCE).until(() -> filesIn(directory.outbox()).size() >= 3);
        } finally {
            first.close();
        }
        assertThat(filesIn(directory.inbox()).size()
                        + filesIn(directory.processing()).size())
                .as("documents the first connector left when it was closed")
                .isPositive();

        ConfigurableApplicationContext second = start(kafka, directory, Duration.ZERO);
        try {
            await().atMost(PATIENCE)
                    .until(() -> filesIn(directory.inbox()).isEmpty()
                            && filesIn(directory.processing()).isEmpty()
                            && filesIn(directory.outbox()).size() == VALID
                            && filesIn(directory.rejected()).size() == 2 * INVALID);
        } finally {
            second.close();
        }

        Map<String, List<ConsumerRecord<String, ConcernReport>>> onIntake =
                IntakeTopic.readAll(kafka).stream().collect(Collectors.groupingBy(ConsumerRecord::key));
        for (String documentId : valid) {
            String reportId = ReportIds.of(UNIT, documentId).toString();
            List<ConsumerRecord<String, ConcernReport>> records = onIntake.getOrDefault(reportId, List.of());
            assertThat(records).as("%s on the intake topic", documentId).isNotEmpty();
            Set<String> digests = records.stream()
                    .map(r -> ContentDigest.sha256Hex(r.value()))
                    .collect(Collectors.toSet());
            assertThat(digests)
                    .as("%s published more than once, always the identical report", documentId)
                    .hasSize(1);
            String receipt = Files.readString(directory.outbox().resolve(reportId + ".receipt.xml"));
            PublishedSchemas.validate(ReceiptRepresentation.SCHEMA_RESOURCE, receipt);
            assertThat(receipt)
                    .contains("<digest algorithm=\"SHA-256\">"
                            + digests.iterator().next() + "</digest>");
        }
        for (String documentId : invalid) {
            assertThat(onIntake)
                    .doesNotContainKey(ReportIds.of(UNIT, documentId).toString());
            assertThat(directory.rejected().resolve(documentId + ".xml")).exists();
            assertThat(Files.readString(directory.rejected().resolve(documentId + ".xml.reason.txt")))
                    .contains("/concernReport/child/municipalityOfRegistration: unknown_municipality");
        }
        assertThat(filesIn(directory.accepted())).isEmpty();
    }

    @Test
    void aDocumentSentAgainAfterARestartGetsItsEarlierReceiptAndIsNotPublishedAgain(KafkaTestEnvironment kafka)
            throws Exception {
        DropDirectory directory = new DropDirectory(Files.createTempDirectory("police-resend-")).create();
        String documentId = "PM-RESEND-" + UUID.randomUUID();
        String reportId = ReportIds.of(UNIT, documentId).toString();
        Path receipt = directory.outbox().resolve(reportId + ".receipt.xml");
        ConfigurableApplicationContext first = start(kafka, directory, Duration.ZERO);
        try {
            dropCompleted(directory.inbox(), documentId + ".xml", validFull(documentId));
            await().atMost(PATIENCE).until(() -> Files.exists(receipt));
        } finally {
            first.close();
        }
        String firstReceipt = Files.readString(receipt);
        ConcernReport accepted = IntakeTopic.recordsOf(kafka, reportId).get(0).value();
        publishAsTheHub(kafka, Receipts.of(accepted));
        Files.delete(receipt);
        dropCompleted(directory.inbox(), documentId + ".xml", validFull(documentId));

        ConfigurableApplicationContext second = start(kafka, directory, Duration.ZERO);
        try {
            await().atMost(PATIENCE)
                    .until(() -> Files.exists(receipt)
                            && filesIn(directory.inbox()).isEmpty()
                            && filesIn(directory.processing()).isEmpty());
        } finally {
            second.close();
        }

        assertThat(IntakeTopic.recordsOf(kafka, reportId).stream()
                        .map(r -> r.value().getSubmittedAt()))
                .as("published once, not again with a later submittedAt")
                .containsExactly(accepted.getSubmittedAt());
        assertThat(Files.readString(receipt)).isEqualTo(firstReceipt);
        assertThat(filesIn(directory.rejected())).isEmpty();
    }

    /**
     * The application as {@code main} starts it, on this directory, with every document held back by {@code pause}
     * before it goes to the (real) intake.
     */
    private static ConfigurableApplicationContext start(
            KafkaTestEnvironment kafka, DropDirectory directory, Duration pause) {
        ConnectorApplication.trustContractClasses();
        BeanPostProcessor pausing = new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof DocumentIntake intake) || pause.isZero()) {
                    return bean;
                }
                return (DocumentIntake) (document, sender, receivedAt) -> {
                    try {
                        Thread.sleep(pause.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return intake.submit(document, sender, receivedAt);
                };
            }
        };
        return new SpringApplicationBuilder(PoliceConnectorApplication.class)
                .main(PoliceConnectorApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(pausing))
                .run(
                        "--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                        "--spring.kafka.properties.schema.registry.url=" + kafka.schemaRegistryUrl(),
                        "--oroshub.connector.police.directory.root=" + directory.root(),
                        "--oroshub.connector.police.directory.poll-interval=100ms");
    }

    /** Publishes the receipt of an accepted report to the receipts topic, as the hub does once it has taken it in. */
    private static void publishAsTheHub(KafkaTestEnvironment kafka, Receipt receipt) {
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(kafka.producerProperties())) {
            producer.send(new ProducerRecord<>(
                    Topics.CONNECTOR_RECEIPTS.of("police").name(), receipt.getReportId(), receipt));
            producer.flush();
        }
    }

    /** Writes as the sender's transfer client does: to {@code name.part}, then an atomic rename. */
    private static void dropCompleted(Path inbox, String name, String content) throws IOException {
        Path part = inbox.resolve(name + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The files a person or the transfer channel would see: regular, not hidden. */
    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .toList();
        }
    }
}
