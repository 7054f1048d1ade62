package se.oroshub.connector.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static se.oroshub.connector.police.Fixtures.CHILD_PNR;
import static se.oroshub.connector.police.Fixtures.replace;
import static se.oroshub.connector.police.Fixtures.validFull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.oroshub.connector.police.document.ReportIds;
import se.oroshub.connector.police.dropdir.DropDirectory;
import se.oroshub.connector.police.dropdir.DropDirectoryWatcher;
import se.oroshub.connector.police.intake.DocumentIntake;
import se.oroshub.connector.police.intake.FeedbackRepresentation;
import se.oroshub.connector.police.intake.IntakeOutcome;
import se.oroshub.connector.police.intake.ReceiptRepresentation;
import se.oroshub.connector.support.AccessRole;
import se.oroshub.connector.support.testing.TestTokens;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/** The police connector as deployed, on a real broker: HTTP and the transfer directory both end on the intake topic. */
@RealKafka
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("test")
@SpringBootTest(
        classes = PoliceConnectorApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oroshub.connector.police.directory.poll-interval=250ms")
class PoliceConnectorIT {

    private static final String UNIT = "5000-LPO-SODERMALM";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Path TRANSFER = temporaryDirectory();

    @LocalServerPort
    int port;

    @Autowired
    DocumentIntake intake;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        KafkaTestEnvironment kafka = KafkaTestEnvironment.shared();
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("spring.kafka.properties.schema.registry.url", kafka::schemaRegistryUrl);
        registry.add("oroshub.connector.police.directory.root", TRANSFER::toString);
    }

    @BeforeAll
    static void topics(KafkaTestEnvironment kafka) {
        kafka.createTopics(
                Topics.CONNECTOR_INTAKE.of("police"),
                Topics.CONNECTOR_RECEIPTS.of("police"),
                Topics.feedbackTopic(new OrganisationId(OrganisationIdScheme.POLICE_UNIT, UNIT)),
                Topics.feedbackTopic(new OrganisationId(OrganisationIdScheme.POLICE_UNIT, "1400-LPO-GOTEBORG")));
    }

    @Test
    void aDocumentPostedOverHttpIsOnTheIntakeTopicWhenTheReceiptIsReturned(KafkaTestEnvironment kafka)
            throws Exception {
        String documentId = uniqueDocumentId();

        HttpResponse<String> response = post(validFull(documentId), "polis-sodermalm", "application/json");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String reportId = ReportIds.of(UNIT, documentId).toString();
        assertThat(response.body()).contains("\"reportId\":\"" + reportId + "\"");
        List<ConsumerRecord<String, ConcernReport>> onIntake = IntakeTopic.recordsOf(kafka, reportId);
        assertThat(onIntake).singleElement().satisfies(record -> {
            assertThat(record.value().getConnectorId()).isEqualTo("police");
            assertThat(record.value().getChild().getPersonalIdentityNumber()).isEqualTo(CHILD_PNR.replace("-", ""));
            assertThat(record.value().getReporter().getOrganisation().getId().getValue())
                    .isEqualTo(UNIT);
            assertThat(response.body())
                    .contains("\"contentDigest\":\"" + ContentDigest.sha256Hex(record.value()) + "\"");
        });
    }

    @Test
    void anXmlCallerGetsAnXmlReceipt(KafkaTestEnvironment kafka) throws Exception {
        String documentId = uniqueDocumentId();

        HttpResponse<String> response = post(validFull(documentId), "polis-sodermalm", "application/xml");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        assertThat(response.body()).contains("<reportId>" + ReportIds.of(UNIT, documentId) + "</reportId>");
    }

    @Test
    void anInvalidDocumentIs400WithEveryProblemAndIsNotPublished(KafkaTestEnvironment kafka) throws Exception {
        String documentId = uniqueDocumentId();
        String invalid = replace(
                replace(validFull(documentId), "<category>NEGLECT</category>", "<category>X</category>"),
                CHILD_PNR,
                "20120315-9982");

        HttpResponse<String> schemaInvalid = post(invalid, "polis-sodermalm", null);
        HttpResponse<String> contractInvalid =
                post(replace(validFull(documentId), CHILD_PNR, "20120315-9982"), "polis-sodermalm", null);

        assertThat(schemaInvalid.statusCode()).isEqualTo(400);
        assertThat(schemaInvalid.body())
                .contains("\"field\":\"/concernReport/observations/observation[2]/category\"")
                .contains("\"line\":30")
                .contains("\"code\":\"invalid_value\"");
        assertThat(contractInvalid.statusCode()).isEqualTo(400);
        assertThat(contractInvalid.body())
                .contains("\"field\":\"/concernReport/child/personalIdentityNumber\"")
                .contains("\"code\":\"invalid_personal_identity_number\"");
        assertThat(schemaInvalid.body() + contractInvalid.body())
                .doesNotContain("9982")
                .doesNotContain("20120315");
        assertThat(IntakeTopic.recordsOf(kafka, ReportIds.of(UNIT, documentId).toString()))
                .isEmpty();
    }

    @Test
    void noIdentityNumberReachesTheLogWhateverHappensToTheDocument(CapturedOutput output) throws Exception {
        String documentId = uniqueDocumentId();
        post(validFull(documentId), "polis-sodermalm", null);
        post(replace(validFull(uniqueDocumentId()), CHILD_PNR, "20120315-9982"), "polis-sodermalm", null);
        post(
                replace(
                        validFull(uniqueDocumentId()),
                        "<municipalityOfRegistration>0180",
                        "<municipalityOfRegistration>201203159981"),
                "polis-sodermalm",
                null);
        dropCompleted(
                TRANSFER.resolve("inbox"),
                documentId + "-bad.xml",
                replace(validFull(documentId + "-bad"), CHILD_PNR, "20120315-9982"));
        await().atMost(PATIENCE)
                .until(() -> Files.exists(TRANSFER.resolve("rejected").resolve(documentId + "-bad.xml.reason.txt")));

        assertThat(output.getAll())
                .contains("rejected")
                .doesNotContain("201203159981")
                .doesNotContain("20120315-9981")
                .doesNotContain("201203159982")
                .doesNotContain("20120315-9982");
    }

    @Test
    void anXxeAttemptOverHttpIs400AndReadsNothing() throws Exception {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE concernReport [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<concernReport xmlns=\"urn:se:oroshub:police:concern-report:1\">&x;</concernReport>";

        HttpResponse<String> response = post(xxe, "polis-sodermalm", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("doctype_not_allowed").doesNotContain("root:");
    }

    @Test
    void theTransferDirectoryReportsItsHealthToAnOperator() throws Exception {
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .header(
                                "Authorization",
                                TestTokens.token("drift", "POLICE_UNIT:5000-LPO-SODERMALM", AccessRole.OPERATOR)
                                        .audience("connector-police")
                                        .bearer())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.body()).contains("\"transferDirectory\":{").contains("\"processing\":");
        assertThat(anonymous.body()).doesNotContain("transferDirectory");
    }

    @Test
    void thePoliceSystemsClientCredentialsTokenIsLetIn() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/reports"))
                        .header("Accept", "application/xml")
                        .header(
                                "Authorization",
                                TestTokens.token(
                                                "polis-sodermalm",
                                                "POLICE_UNIT:5000-LPO-SODERMALM",
                                                AccessRole.POLICE_SYSTEM)
                                        .audience("connector-police")
                                        .bearer())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aReportersTokenIsNotEnoughForThePoliceApi() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/reports"))
                        .header(
                                "Authorization",
                                TestTokens.token("someone", "POLICE_UNIT:5000-LPO-SODERMALM", AccessRole.REPORTER)
                                        .audience("connector-police")
                                        .bearer())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aCallerCannotSendForAnotherUnitAndAnAnonymousCallerNotAtAll() throws Exception {
        assertThat(post(validFull(uniqueDocumentId()), "polis-goteborg", null).statusCode())
                .isEqualTo(403);
        assertThat(post(validFull(uniqueDocumentId()), null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void documentsDroppedInTheInboxLandOnTheIntakeTopicAndLeaveTheDirectory(KafkaTestEnvironment kafka)
            throws IOException {
        List<String> documentIds =
                IntStream.range(0, 3).mapToObj(i -> uniqueDocumentId()).toList();
        for (String documentId : documentIds) {
            dropCompleted(TRANSFER.resolve("inbox"), documentId + ".xml", validFull(documentId));
        }

        await().atMost(PATIENCE).until(() -> documentIds.stream().noneMatch(this::stillInTransfer));

        Map<String, Long> onIntake = countByKey(IntakeTopic.readAll(kafka));
        for (String documentId : documentIds) {
            assertThat(onIntake.get(ReportIds.of(UNIT, documentId).toString()))
                    .as(documentId)
                    .isEqualTo(1L);
        }
    }

    @Test
    void anInvalidFileLandsInRejectedWithItsReasons(KafkaTestEnvironment kafka) throws IOException {
        String documentId = uniqueDocumentId();
        dropCompleted(
                TRANSFER.resolve("inbox"),
                documentId + ".xml",
                replace(validFull(documentId), "<municipalityOfRegistration>0180", "<municipalityOfRegistration>0001"));
        Path reasons = TRANSFER.resolve("rejected").resolve(documentId + ".xml.reason.txt");

        await().atMost(PATIENCE)
                .until(() -> Files.exists(reasons)
                        && Files.exists(TRANSFER.resolve("rejected").resolve(documentId + ".xml")));

        assertThat(Files.readString(reasons))
                .contains("/concernReport/child/municipalityOfRegistration: unknown_municipality")
                .doesNotContain(CHILD_PNR)
                .doesNotContain("9981");
        assertThat(stillInTransfer(documentId, "inbox", "processing")).isFalse();
        assertThat(IntakeTopic.recordsOf(kafka, ReportIds.of(UNIT, documentId).toString()))
                .isEmpty();
    }

    @Test
    void aConnectorKilledBeforeTheAcknowledgementLosesNothingAndDuplicatesNothing(KafkaTestEnvironment kafka)
            throws IOException {
        DropDirectory directory = new DropDirectory(Files.createTempDirectory("police-kill-")).create();
        List<String> documentIds =
                IntStream.range(0, 4).mapToObj(i -> uniqueDocumentId()).toList();
        for (String documentId : documentIds.subList(0, 3)) {
            dropCompleted(directory.inbox(), documentId + ".xml", validFull(documentId));
        }
        // a file exactly as an earlier crash leaves it: claimed, never acknowledged
        Files.writeString(directory.processing().resolve(documentIds.get(3) + ".xml"), validFull(documentIds.get(3)));

        AtomicInteger submissions = new AtomicInteger();
        DocumentIntake killedOnSecondSubmission = (document, sender, receivedAt) -> {
            if (submissions.incrementAndGet() == 2) {
                throw new SimulatedKill();
            }
            return intake.submit(document, sender, receivedAt);
        };
        DropDirectoryWatcher first = watcher(directory, killedOnSecondSubmission);
        assertThatThrownBy(first::pollOnce).isInstanceOf(SimulatedKill.class);
        assertThat(filesIn(directory.processing()))
                .as("the file in flight when the kill came")
                .hasSize(1);
        assertThat(filesIn(directory.inbox())).as("files not yet taken").hasSize(2);

        DropDirectoryWatcher restarted = watcher(directory, intake);
        restarted.start();
        try {
            await().atMost(PATIENCE)
                    .until(() -> filesIn(directory.inbox()).isEmpty()
                            && filesIn(directory.processing()).isEmpty());
        } finally {
            restarted.stop();
        }

        assertThat(filesIn(directory.rejected())).isEmpty();
        Map<String, Long> onIntake = countByKey(IntakeTopic.readAll(kafka));
        for (String documentId : documentIds) {
            assertThat(onIntake.get(ReportIds.of(UNIT, documentId).toString()))
                    .as(documentId)
                    .isEqualTo(1L);
        }
    }

    @Test
    void aConnectorKilledAfterTheAcknowledgementDoesNotPublishTheReportAgain(KafkaTestEnvironment kafka)
            throws IOException {
        DropDirectory directory = new DropDirectory(Files.createTempDirectory("police-kill-after-")).create();
        String documentId = uniqueDocumentId();
        dropCompleted(directory.inbox(), documentId + ".xml", validFull(documentId));
        DocumentIntake killedAfterAck = (document, sender, receivedAt) -> {
            IntakeOutcome outcome = intake.submit(document, sender, receivedAt);
            assertThat(outcome).isInstanceOf(IntakeOutcome.Accepted.class);
            throw new SimulatedKill();
        };
        assertThatThrownBy(watcher(directory, killedAfterAck)::pollOnce).isInstanceOf(SimulatedKill.class);
        assertThat(filesIn(directory.processing()))
                .as("acknowledged but not yet removed")
                .hasSize(1);

        DropDirectoryWatcher.PollResult restarted = watcher(directory, intake).pollOnce();

        assertThat(restarted.accepted()).isEqualTo(1);
        assertThat(filesIn(directory.processing())).isEmpty();
        assertThat(IntakeTopic.recordsOf(kafka, ReportIds.of(UNIT, documentId).toString()))
                .hasSize(1);
    }

    @Test
    void aDocumentPostedTwiceGetsTheSameReceiptAndIsPublishedOnce(KafkaTestEnvironment kafka) throws Exception {
        String documentId = uniqueDocumentId();

        HttpResponse<String> first = post(validFull(documentId), "polis-sodermalm", null);
        HttpResponse<String> again = post(validFull(documentId), "polis-sodermalm", null);
        HttpResponse<String> changed = post(
                replace(validFull(documentId), "<immediateDanger>false", "<immediateDanger>true"),
                "polis-sodermalm",
                null);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(changed.statusCode()).isEqualTo(400);
        assertThat(changed.body())
                .contains("\"code\":\"conflicting_duplicate\"")
                .contains("/concernReport/documentId");
        assertThat(IntakeTopic.recordsOf(kafka, ReportIds.of(UNIT, documentId).toString()))
                .hasSize(1);
    }

    @Test
    void aUnitFetchesTheReceiptOfItsReportAgainAndAnotherUnitIsToldThereIsNoSuchReport() throws Exception {
        String documentId = uniqueDocumentId();
        String reportId = ReportIds.of(UNIT, documentId).toString();
        HttpResponse<String> posted = post(validFull(documentId), "polis-sodermalm", "application/xml");
        String receiptPath = "/api/v1/reports/" + reportId + "/receipt";

        HttpResponse<String> mine = get(receiptPath, "polis-sodermalm");
        HttpResponse<String> theirs = get(receiptPath, "polis-goteborg");

        assertThat(posted.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(receiptPath));
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        assertThat(mine.body()).isEqualTo(posted.body());
        PublishedSchemas.validate(ReceiptRepresentation.SCHEMA_RESOURCE, mine.body());
        String unknownId = UUID.randomUUID().toString();
        HttpResponse<String> unknown = get("/api/v1/reports/" + unknownId + "/receipt", "polis-sodermalm");
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(theirs.body())
                .as("the same answer as for a report that does not exist")
                .isEqualTo(unknown.body().replace(unknownId, reportId));
        assertThat(get(receiptPath, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theDecisionSocialServicesSharedIsListedForTheUnitThatReportedAndForNoOther(KafkaTestEnvironment kafka)
            throws Exception {
        String documentId = uniqueDocumentId();
        String reportId = ReportIds.of(UNIT, documentId).toString();
        assertThat(post(validFull(documentId), "polis-sodermalm", null).statusCode())
                .isEqualTo(201);

        publishFeedback(kafka, notification(reportId, InvestigationDecision.OPENED));

        await().atMost(PATIENCE)
                .until(() -> decisionListed(
                                get("/api/v1/reports", "polis-sodermalm").body(), reportId)
                        .isPresent());
        HttpResponse<String> mine = get("/api/v1/reports", "polis-sodermalm");
        HttpResponse<String> theirs = get("/api/v1/reports", "polis-goteborg");
        PublishedSchemas.validate(FeedbackRepresentation.SCHEMA_RESOURCE, mine.body());
        assertThat(decisionListed(mine.body(), reportId)).hasValue("OPENED 2026-12-01");
        assertThat(theirs.statusCode()).isEqualTo(200);
        PublishedSchemas.validate(FeedbackRepresentation.SCHEMA_RESOURCE, theirs.body());
        assertThat(theirs.body()).doesNotContain(reportId);
    }

    @Test
    void aDocumentSentThroughTheTransferDirectoryGetsItsReceiptAndThenItsFeedbackInTheOutbox(KafkaTestEnvironment kafka)
            throws Exception {
        String documentId = uniqueDocumentId();
        String reportId = ReportIds.of(UNIT, documentId).toString();
        Path outbox = TRANSFER.resolve("outbox");
        Path receipt = outbox.resolve(reportId + ".receipt.xml");
        dropCompleted(TRANSFER.resolve("inbox"), documentId + ".xml", validFull(documentId));

        await().atMost(PATIENCE).until(() -> Files.exists(receipt));
        String receiptXml = Files.readString(receipt);
        PublishedSchemas.validate(ReceiptRepresentation.SCHEMA_RESOURCE, receiptXml);
        assertThat(IntakeTopic.recordsOf(kafka, reportId))
                .singleElement()
                .satisfies(record -> assertThat(receiptXml)
                        .contains("<digest algorithm=\"SHA-256\">" + ContentDigest.sha256Hex(record.value())
                                + "</digest>"));

        ReporterNotification notification = notification(reportId, InvestigationDecision.NOT_OPENED);
        publishFeedback(kafka, notification);
        Path feedback = outbox.resolve(reportId + ".feedback." + notification.getNotificationId() + ".xml");

        await().atMost(PATIENCE).until(() -> Files.exists(feedback));
        String feedbackXml = Files.readString(feedback);
        PublishedSchemas.validate(FeedbackRepresentation.SCHEMA_RESOURCE, feedbackXml);
        assertThat(feedbackXml)
                .contains("<decision>NOT_OPENED</decision>")
                .contains("<decisionDate>2026-12-01</decisionDate>");
    }

    private DropDirectoryWatcher watcher(DropDirectory directory, DocumentIntake documentIntake) {
        return new DropDirectoryWatcher(
                directory, documentIntake, Duration.ofMillis(250), 100, false, 1024 * 1024, Clock.systemUTC());
    }

    private HttpResponse<String> post(String document, String user, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/documents"))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/xml");
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The decision and its date listed for {@code reportId} in a {@code reports} document, if any. */
    private static Optional<String> decisionListed(String reportsXml, String reportId) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(reportsXml.getBytes(StandardCharsets.UTF_8)));
        NodeList reports = document.getElementsByTagNameNS(FeedbackRepresentation.NAMESPACE, "report");
        for (int i = 0; i < reports.getLength(); i++) {
            Element report = (Element) reports.item(i);
            String id = report.getElementsByTagNameNS(ReceiptRepresentation.NAMESPACE, "reportId")
                    .item(0)
                    .getTextContent();
            NodeList decision = report.getElementsByTagNameNS(FeedbackRepresentation.NAMESPACE, "decision");
            if (id.equals(reportId) && decision.getLength() == 1) {
                return Optional.of(decision.item(0).getTextContent() + " "
                        + report.getElementsByTagNameNS(FeedbackRepresentation.NAMESPACE, "decisionDate")
                                .item(0)
                                .getTextContent());
            }
        }
        return Optional.empty();
    }

    /** A notification as the hub publishes it for a decision social services let through. */
    private static ReporterNotification notification(String reportId, InvestigationDecision decision) {
        return ReporterNotification.newBuilder()
                .setNotificationId(UUID.randomUUID().toString())
                .setReportId(reportId)
                .setReportingOrganisation(new OrganisationId(OrganisationIdScheme.POLICE_UNIT, UNIT))
                .setDecision(decision)
                .setDecisionDate(LocalDate.of(2026, 12, 1))
                .setNotifiedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    /** Publishes to the unit's feedback topic, as the hub does. */
    private static void publishFeedback(KafkaTestEnvironment kafka, ReporterNotification notification) {
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(kafka.producerProperties())) {
            producer.send(new ProducerRecord<>(
                    Topics.feedbackTopic(notification.getReportingOrganisation())
                            .name(),
                    notification.getReportId(),
                    notification));
            producer.flush();
        }
    }

    /** Writes as the sender's transfer client does: to {@code name.part}, then an atomic rename. */
    private static void dropCompleted(Path inbox, String name, String content) throws IOException {
        Path part = inbox.resolve(name + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private boolean stillInTransfer(String documentId) {
        return stillInTransfer(documentId, "inbox", "processing");
    }

    private static boolean stillInTransfer(String documentId, String... dirs) {
        return Stream.of(dirs)
                .anyMatch(dir -> Files.exists(TRANSFER.resolve(dir).resolve(documentId + ".xml")));
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static Map<String, Long> countByKey(List<ConsumerRecord<String, ConcernReport>> records) {
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }

    private static String uniqueDocumentId() {
        return "PM-IT-" + UUID.randomUUID();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("police-transfer-it-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stands for the process dying: an {@link Error}, which the watcher does not catch. */
    private static final class SimulatedKill extends Error {
        SimulatedKill() {
            super("simulated kill", null, false, false);
        }
    }
}
