package se.oroshub.system.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.oroshub.casemanagement.ReceivedReport;
import se.oroshub.casemanagement.StatusEventSender;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.ReportReceived;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.avro.RoutingBasis;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.schemas.time.SwedishTime;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The walk of a report through the whole hub, on a real broker and registry, with every component running as it is
 * deployed: the hub and the four connectors from their executable jars, each its own process, and Stockholm's
 * case-management system on a real HTTP server ({@link WholeFlowSystem}). Nothing is put on a topic by the test:
 * every report enters through a connector's own API and every answer is read where its recipient reads it. Topics
 * are only read, to see where the hub put what.
 *
 * <p>What the tests prove, together:
 * <ul>
 *   <li>a school's report gets a receipt whose digest is the digest of exactly what the hub received, reaches the
 *       child's municipality and that municipality's case system with the same digest, is acknowledged, and the
 *       decision social services record comes back to the school as the one thing the law lets it see (old SoL
 *       14 kap. 1 b §, OSL 26 kap. 9 a §);</li>
 *   <li>a decision social services withhold never reaches the school;</li>
 *   <li>the healthcare connector (FHIR) and the police connector (XML) reach the right municipality through the hub,
 *       and a police document sent again is still one report with one receipt;</li>
 *   <li>no component writes a child's personal identity number to its log.</li>
 * </ul>
 * No connector offers a private or anonymous reporter a way in (all three report as mandatory reporters), so that
 * path has no whole-flow test here; the hub's own tests cover its rule.
 */
@RealKafka
class WholeFlowIT {

    @RegisterExtension
    static final WholeFlowSystem SYSTEM = new WholeFlowSystem();

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String STOCKHOLM = WholeFlowSystem.INTEGRATED_MUNICIPALITY;
    private static final String GOTEBORG = "1480";
    private static final String MALMO = "1280";

    /** Ekbackens skola, the school of the staff user {@code erik} the school connector is started with. */
    private static final OrganisationId EKBACKEN =
            new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837462");

    private static final OrganisationId BVC = new OrganisationId(OrganisationIdScheme.HSA_ID, "SE1234567890-BVC1");
    private static final OrganisationId SODERMALM =
            new OrganisationId(OrganisationIdScheme.POLICE_UNIT, "5000-LPO-SODERMALM");

    private static SignedIn erik() {
        return SYSTEM.atSchool("erik");
    }

    private static SignedIn anna() {
        return SYSTEM.atSchool("anna");
    }

    @Test
    void aSchoolReportReachesTheCaseSystemAndTheSchoolSeesOnlyThePermittedDecision(KafkaTestEnvironment kafka) {
        TopicReader topics = new TopicReader(kafka);
        SyntheticChild child = SyntheticChild.next();
        String description = "Eleven berättade för kuratorn att pappa slog henne i helgen.";

        // (1) The school submits over its JSON API and gets a receipt naming the digest of what the hub received.
        JsonNode receipt = submitToSchool(child, STOCKHOLM, description);
        String reportId = receipt.path("reportId").asString();
        String digest = receipt.path("contentDigest").asString();
        assertThat(receipt.path("digestAlgorithm").asString()).isEqualTo("SHA-256");

        ConcernReport received = topics.awaitKey(Topics.CONNECTOR_INTAKE.of("school"), reportId, PATIENCE)
                .value();
        assertThat(ContentDigest.sha256Hex(received)).isEqualTo(digest);
        assertThat(received.getReporter().getKind()).isEqualTo(ReporterKind.MANDATORY_PROFESSIONAL);
        assertThat(received.getReporter().getOrganisation().getId()).isEqualTo(EKBACKEN);
        assertThat(received.getObservations())
                .singleElement()
                .satisfies(o -> assertThat(o.getDescription()).isEqualTo(description));
        assertThat(child.number().equals(received.getChild().getPersonalIdentityNumber()))
                .as("the intake holds the child's personal identity number as submitted")
                .isTrue();

        // (2) The hub routes it to the child's municipality, unchanged.
        RoutedReport routed = topics.awaitKey(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM), reportId, PATIENCE)
                .value();
        assertRoutedAsReceived(routed, STOCKHOLM, digest, "school", EKBACKEN, child);

        // (3) The social-services connector delivers it to the case system, which acknowledges.
        ReceivedReport registration = awaitDelivery(reportId);
        JsonNode delivered = registration.body();
        assertThat(delivered.path("reportId").asString()).isEqualTo(reportId);
        assertThat(delivered.path("municipalityCode").asString()).isEqualTo(STOCKHOLM);
        assertThat(delivered.path("contentDigest").asString()).isEqualTo(digest);
        assertThat(delivered.path("reporter").path("kind").asString()).isEqualTo("MANDATORY_PROFESSIONAL");
        assertThat(delivered.path("reporter").path("organisation").path("value").asString())
                .isEqualTo(EKBACKEN.getValue());
        assertThat(delivered.path("observations").path(0).path("description").asString())
                .isEqualTo(description);
        assertThat(child.number()
                        .equals(delivered
                                .path("child")
                                .path("personalIdentityNumber")
                                .asString()))
                .as("the case system received the child's personal identity number as submitted")
                .isTrue();
        CaseStatusEvent acknowledgement = topics.await(
                        Topics.MUNICIPALITY_STATUS_EVENTS.of(STOCKHOLM),
                        r -> reportId.equals(r.key()) && r.value().getPayload() instanceof ReportReceived,
                        "acknowledgement of " + reportId,
                        PATIENCE)
                .value();
        assertThat(((ReportReceived) acknowledgement.getPayload()).getSystemReference())
                .isEqualTo(registration.systemReference());
        assertThat(SYSTEM.caseSystem().refusedDeliveries()).isZero();

        // (4) Social services record the protective assessment and the decision; the case system sends both back.
        LocalDate decidedOn = LocalDate.now(SwedishTime.ZONE);
        acceptedByTheConnector(() -> SYSTEM.caseSystem().protectiveAssessmentMade(reportId, true));
        acceptedByTheConnector(
                () -> SYSTEM.caseSystem().investigationDecisionMade(reportId, "OPENED", decidedOn, false));

        // (5) The school sees the decision and its date, and nothing else: no assessment, no reference, no content.
        JsonNode shown = await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> schoolEntry(erik(), reportId),
                        e -> e.isPresent() && !e.get().path("decision").isNull())
                .orElseThrow();
        assertThat(fieldNames(shown)).containsExactly("receipt", "decision");
        assertThat(fieldNames(shown.path("decision"))).containsExactlyInAnyOrder("decision", "decisionDate");
        assertThat(shown.path("decision").path("decision").asString()).isEqualTo("OPENED");
        assertThat(shown.path("decision").path("decisionDate").asString()).isEqualTo(decidedOn.toString());
        assertThat(shown.path("receipt")).isEqualTo(receipt);

        List<ReporterNotification> notifications = topics.readAll(Topics.feedbackTopic(EKBACKEN)).stream()
                .filter(r -> reportId.equals(r.key()))
                .map(ConsumerRecord::value)
                .toList();
        assertThat(notifications).singleElement().satisfies(n -> {
            assertThat(n.getDecision()).isEqualTo(InvestigationDecision.OPENED);
            assertThat(n.getDecisionDate()).isEqualTo(decidedOn);
            assertThat(n.getReportingOrganisation()).isEqualTo(EKBACKEN);
        });
        assertThat(anna().get("/api/v1/reports", "application/json").body()).doesNotContain(reportId);

        assertNoComponentLogged(child);
    }

    @Test
    void aDecisionSocialServicesWithholdNeverReachesTheSchool(KafkaTestEnvironment kafka) {
        TopicReader topics = new TopicReader(kafka);
        SyntheticChild child = SyntheticChild.next();
        JsonNode receipt = submitToSchool(child, STOCKHOLM, "Eleven har varit frånvarande tre veckor i följd.");
        String reportId = receipt.path("reportId").asString();
        awaitDelivery(reportId);

        String eventId = acceptedByTheConnector(() -> SYSTEM.caseSystem()
                .investigationDecisionMade(reportId, "NOT_OPENED", LocalDate.now(SwedishTime.ZONE), true));

        AuditRecord suppressed = topics.await(
                        Topics.AUDIT,
                        r -> r.value().getAction() == AuditAction.SUPPRESSED_BY_POLICY
                                && eventId.equals(r.value().getAttributes().get("eventId")),
                        "audit of the withheld decision " + eventId,
                        PATIENCE)
                .value();
        assertThat(suppressed.getReportId()).isEqualTo(reportId);
        assertThat(suppressed.getReasonCode()).isEqualTo("decision_withheld");
        assertThat(topics.readAll(Topics.feedbackTopic(EKBACKEN))).noneMatch(r -> reportId.equals(r.key()));
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> schoolEntry(erik(), reportId),
                        e -> e.isPresent()
                                && e.get().path("decision").isNull()
                                && e.get().path("receipt").equals(receipt));

        assertNoComponentLogged(child);
    }

    @Test
    void aHealthcareBundleIsRoutedThroughTheHubToTheChildsMunicipality(KafkaTestEnvironment kafka) {
        TopicReader topics = new TopicReader(kafka);
        SyntheticChild child = SyntheticChild.next();
        String bundle = fill(
                template("healthcare-bundle.json"),
                Map.of(
                        "@RUN@", UUID.randomUUID().toString(),
                        "@NOW@", now(),
                        "@PNR@", child.number(),
                        "@BIRTH_DATE@", child.birthDate().toString(),
                        "@MUNICIPALITY@", GOTEBORG));

        HttpResponse<String> response = SYSTEM.atHealthcare("sjukskoterska")
                .post("/fhir/Bundle", "application/fhir+json", "application/fhir+json", bundle);

        assertThat(response.statusCode()).as("answer of the FHIR endpoint").isEqualTo(201);
        JsonNode communication = JSON.readTree(response.body());
        String reportId = communication.path("identifier").path(0).path("value").asString();
        String digest = extension(communication, "https://oroshub.se/fhir/StructureDefinition/content-digest");
        RoutedReport routed = topics.awaitKey(Topics.MUNICIPALITY_REPORTS.of(GOTEBORG), reportId, PATIENCE)
                .value();
        assertRoutedAsReceived(routed, GOTEBORG, digest, "healthcare", BVC, child);
        assertThat(topics.readAll(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM))).noneMatch(r -> reportId.equals(r.key()));

        assertNoComponentLogged(child);
    }

    @Test
    void aPoliceDocumentReachesTheChildsMunicipalityOnceEvenWhenSentAgain(KafkaTestEnvironment kafka) {
        TopicReader topics = new TopicReader(kafka);
        SyntheticChild child = SyntheticChild.next();
        String document = fill(
                template("police-document.xml"),
                Map.of(
                        "@DOCUMENT_ID@",
                        "PM-FLOW-" + UUID.randomUUID(),
                        "@NOW@",
                        now(),
                        "@PNR@",
                        child.withDash(),
                        "@MUNICIPALITY@",
                        MALMO));

        SignedIn sodermalm = SYSTEM.atPolice("polis-sodermalm");

        HttpResponse<String> response =
                sodermalm.post("/api/v1/documents", "application/xml", "application/json", document);

        assertThat(response.statusCode()).as("answer of the documents endpoint").isEqualTo(201);
        JsonNode receipt = JSON.readTree(response.body());
        String reportId = receipt.path("reportId").asString();
        RoutedReport routed = topics.awaitKey(Topics.MUNICIPALITY_REPORTS.of(MALMO), reportId, PATIENCE)
                .value();
        assertRoutedAsReceived(routed, MALMO, receipt.path("contentDigest").asString(), "police", SODERMALM, child);
        assertThat(topics.readAll(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM))).noneMatch(r -> reportId.equals(r.key()));

        // The police case system sends the same document again (it never saw the answer): the same report.
        HttpResponse<String> again =
                sodermalm.post("/api/v1/documents", "application/xml", "application/json", document);

        assertThat(again.statusCode()).as("answer to the document sent again").isEqualTo(201);
        assertThat(JSON.readTree(again.body())).isEqualTo(receipt);
        assertThat(topics.readAll(Topics.MUNICIPALITY_REPORTS.of(MALMO)))
                .filteredOn(r -> reportId.equals(r.key()))
                .hasSize(1);

        assertNoComponentLogged(child);
    }

    /** Submits as the school's staff user erik and returns the receipt. */
    private static JsonNode submitToSchool(SyntheticChild child, String municipality, String description) {
        ObjectNode report = JSON.createObjectNode();
        report.putObject("child")
                .put("personalIdentityNumber", child.withDash())
                .put("givenName", "Saga")
                .put("familyName", "Testsson")
                .put("municipalityOfRegistration", municipality);
        report.putArray("observations")
                .addObject()
                .put("category", "PHYSICAL_VIOLENCE")
                .put("observedAt", now())
                .put("description", description);
        report.putObject("urgency").put("reporterMarkedAcute", false).put("immediateDanger", false);

        HttpResponse<String> response =
                erik().post("/api/v1/reports", "application/json", "application/json", JSON.writeValueAsString(report));

        assertThat(response.statusCode()).as("answer of the school's API").isEqualTo(201);
        return JSON.readTree(response.body());
    }

    /** The school's view of one of its reports, as its staff user sees it in "my reports". */
    private static Optional<JsonNode> schoolEntry(SignedIn user, String reportId) {
        HttpResponse<String> response = user.get("/api/v1/reports", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body())
                .valueStream()
                .filter(entry ->
                        reportId.equals(entry.path("receipt").path("reportId").asString()))
                .findFirst();
    }

    private static ReceivedReport awaitDelivery(String reportId) {
        return await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> SYSTEM.caseSystem().registration(reportId), Optional::isPresent)
                .orElseThrow();
    }

    /** A status event the case system sends; the connector answers 202 once it is durably on the topic. */
    private interface StatusEventSent {
        StatusEventSender.Outcome send() throws IOException, InterruptedException;
    }

    /** Sends the event and returns its id, once the connector has accepted it. */
    private static String acceptedByTheConnector(StatusEventSent event) {
        try {
            StatusEventSender.Outcome outcome = event.send();
            assertThat(outcome.status())
                    .as("the connector's answer to the status event: %s", outcome.body())
                    .isEqualTo(202);
            return outcome.eventId();
        } catch (IOException e) {
            throw new AssertionError("the status event could not be sent: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while sending a status event", e);
        }
    }

    private static void assertRoutedAsReceived(
            RoutedReport routed,
            String municipality,
            String digest,
            String connectorId,
            OrganisationId reporter,
            SyntheticChild child) {
        assertThat(routed.getMunicipalityCode()).isEqualTo(municipality);
        assertThat(routed.getRoutingBasis()).isEqualTo(RoutingBasis.MUNICIPALITY_OF_REGISTRATION);
        assertThat(routed.getContentDigest()).isEqualTo(digest);
        assertThat(ContentDigest.sha256Hex(routed.getReport())).isEqualTo(digest);
        assertThat(routed.getReport().getConnectorId()).isEqualTo(connectorId);
        assertThat(routed.getReport().getReporter().getKind()).isEqualTo(ReporterKind.MANDATORY_PROFESSIONAL);
        assertThat(routed.getReport().getReporter().getOrganisation().getId()).isEqualTo(reporter);
        assertThat(child.number().equals(routed.getReport().getChild().getPersonalIdentityNumber()))
                .as("the routed report holds the child's personal identity number as submitted")
                .isTrue();
    }

    /** Fails naming the component and the form, never the number itself. */
    private static void assertNoComponentLogged(SyntheticChild child) {
        List<String> forms = child.writtenForms();
        SYSTEM.logs().forEach((component, text) -> {
            for (int i = 0; i < forms.size(); i++) {
                assertThat(text.contains(forms.get(i)))
                        .as(
                                "the %s log contains the child's personal identity number (written form %d)",
                                component, i + 1)
                        .isFalse();
            }
        });
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    private static String extension(JsonNode resource, String url) {
        return resource.path("extension")
                .valueStream()
                .filter(e -> url.equals(e.path("url").asString()))
                .map(e -> e.path("valueString").asString())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no extension " + url + " in the receipt"));
    }

    private static String now() {
        return OffsetDateTime.now(SwedishTime.ZONE)
                .truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String template(String name) {
        try (InputStream in = WholeFlowIT.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }
}
