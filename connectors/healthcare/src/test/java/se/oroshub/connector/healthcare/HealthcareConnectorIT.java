package se.oroshub.connector.healthcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.oroshub.connector.healthcare.fhir.FhirSystems;
import se.oroshub.schemas.avro.ConcernCategory;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.Observation;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/**
 * The connector on a real broker, through real HTTP: a FHIR Bundle lands on the intake topic as exactly the report the
 * receipt's digest names, and a notification on the organisation's feedback topic comes back as the Task.
 */
@RealKafka
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HealthcareConnectorIT {

    private static final OrganisationId BVC = new OrganisationId(OrganisationIdScheme.HSA_ID, Fixtures.HSA_ID);
    private static final OrganisationId AKM = new OrganisationId(OrganisationIdScheme.HSA_ID, "SE1234567890-AKM2");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final FhirContext fhir = FhirContext.forR4Cached();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        KafkaTestEnvironment kafka = KafkaTestEnvironment.shared();
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("spring.kafka.properties.schema.registry.url", kafka::schemaRegistryUrl);
    }

    @BeforeAll
    static void topics(KafkaTestEnvironment kafka) {
        kafka.createTopics(
                Topics.CONNECTOR_INTAKE.of("healthcare"),
                Topics.CONNECTOR_RECEIPTS.of("healthcare"),
                Topics.feedbackTopic(BVC),
                Topics.feedbackTopic(AKM));
    }

    @Test
    void aValidBundleLandsOnIntakeAsTheReportTheReceiptsDigestNames(KafkaTestEnvironment kafka) throws Exception {
        Communication receipt = submit(uniqueBundle());
        String reportId = receipt.getIdentifierFirstRep().getValue();
        String digest = ((StringType) receipt.getExtensionByUrl(FhirSystems.CONTENT_DIGEST_EXTENSION)
                        .getValue())
                .getValue();

        ConsumerRecord<String, ConcernReport> record = intakeRecord(kafka, reportId);
        ConcernReport report = record.value();

        assertThat(ContentDigest.sha256Hex(report)).isEqualTo(digest);
        assertThat(report.getReportId()).isEqualTo(reportId);
        assertThat(report.getConnectorId()).isEqualTo("healthcare");
        assertThat(report.getReporter().getKind()).isEqualTo(ReporterKind.MANDATORY_PROFESSIONAL);
        assertThat(report.getReporter().getOrganisation().getId()).isEqualTo(BVC);
        assertThat(report.getChild().getPersonalIdentityNumber()).isEqualTo(Fixtures.CHILD_PNR);
        assertThat(report.getChild().getMunicipalityOfRegistration()).isEqualTo("0184");
        assertThat(report.getObservations())
                .extracting(Observation::getCategory)
                .containsExactly(ConcernCategory.PHYSICAL_VIOLENCE, ConcernCategory.NEGLECT);
        assertThat(report.getUrgency().getReporterMarkedAcute()).isTrue();
        assertThat(record.key()).doesNotContain(Fixtures.CHILD_PNR);
    }

    @Test
    void aNotificationOnTheOrganisationsFeedbackTopicComesBackAsTheTask(KafkaTestEnvironment kafka) throws Exception {
        String reportId = submit(uniqueBundle()).getIdentifierFirstRep().getValue();
        Task before = fhir.newJsonParser()
                .parseResource(
                        Task.class,
                        get("/fhir/Task/" + reportId, "sjukskoterska").body());
        assertThat(before.getStatus()).isEqualTo(Task.TaskStatus.RECEIVED);
        assertThat(before.hasBusinessStatus()).isFalse();

        ReporterNotification notification = ReporterNotification.newBuilder()
                .setNotificationId(UUID.randomUUID().toString())
                .setReportId(reportId)
                .setReportingOrganisation(BVC)
                .setDecision(InvestigationDecision.ALREADY_ONGOING)
                .setDecisionDate(LocalDate.parse("2026-11-20"))
                .setNotifiedAt(Instant.parse("2026-11-20T13:00:00Z"))
                .build();
        try (KafkaProducer<String, ReporterNotification> producer = new KafkaProducer<>(kafka.producerProperties())) {
            producer.send(new ProducerRecord<>(Topics.feedbackTopic(BVC).name(), reportId, notification))
                    .get();
        }

        Task task = await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> taskFound(reportId), t -> t != null && t.hasBusinessStatus());
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getSystem())
                .isEqualTo(FhirSystems.INVESTIGATION_DECISION);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("ALREADY_ONGOING");
        assertThat(task.getAuthoredOnElement().getValueAsString()).isEqualTo("2026-11-20");
        assertThat(task.getRequester().getIdentifier().getValue()).isEqualTo(Fixtures.HSA_ID);
        assertThat(get("/fhir/Task/" + reportId, "akutlakare").statusCode()).isEqualTo(404);
    }

    private static ConsumerRecord<String, ConcernReport> intakeRecord(KafkaTestEnvironment kafka, String reportId) {
        try (KafkaConsumer<String, ConcernReport> consumer =
                new KafkaConsumer<>(kafka.consumerProperties("healthcare-it-" + UUID.randomUUID()))) {
            consumer.subscribe(List.of(Topics.CONNECTOR_INTAKE.of("healthcare").name()));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, ConcernReport> record : consumer.poll(Duration.ofMillis(500))) {
                    if (reportId.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("report " + reportId + " did not arrive on "
                + Topics.CONNECTOR_INTAKE.of("healthcare").name());
    }

    private Task taskFound(String reportId) throws Exception {
        HttpResponse<String> response = get("/fhir/Task?focus=Communication/" + reportId, "sjukskoterska");
        Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, response.body());
        return bundle.getEntry().isEmpty()
                ? null
                : (Task) bundle.getEntryFirstRep().getResource();
    }

    /** The valid fixture with a business identifier of its own, so each test submits a report of its own. */
    private String uniqueBundle() {
        return Fixtures.read("valid-bundle.json").replace("\"2026-0042\"", "\"" + UUID.randomUUID() + "\"");
    }

    private Communication submit(String bundle) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/fhir/Bundle"))
                        .header("Content-Type", "application/fhir+json")
                        .header("Authorization", basic("sjukskoterska"))
                        .POST(HttpRequest.BodyPublishers.ofString(bundle, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return fhir.newJsonParser().parseResource(Communication.class, response.body());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", basic(user))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
