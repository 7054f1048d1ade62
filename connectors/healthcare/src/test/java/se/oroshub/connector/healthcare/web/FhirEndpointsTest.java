package se.oroshub.connector.healthcare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ca.uhn.fhir.context.FhirContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.oroshub.connector.healthcare.Fixtures;
import se.oroshub.connector.healthcare.fhir.FhirSystems;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.reporting.IntakePublisher;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.connector.support.IntakeUnavailableException;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.schemas.receipt.Receipts;

/** The HTTP contract of the FHIR endpoints, with the support module's real security and the two ports replaced. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FhirEndpointsTest {

    private static final String FHIR_JSON = "application/fhir+json";
    private static final OrganisationId BVC = new OrganisationId(OrganisationIdScheme.HSA_ID, Fixtures.HSA_ID);
    private static final OrganisationId AKM = new OrganisationId(OrganisationIdScheme.HSA_ID, "SE1234567890-AKM2");
    private static final String REPORT_ID = "3f0c2a52-0c1e-4c7e-9d55-6f1e2b3a4c5d";

    private final FhirContext fhir = FhirContext.forR4Cached();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IntakePublisher intake;

    @MockitoBean
    FeedbackInbox inbox;

    @Test
    void aValidBundleIsSubmittedAndAnsweredWithTheReceiptAsCreatedCommunication() throws Exception {
        when(intake.submit(any())).thenAnswer(call -> Receipts.of(call.getArgument(0)));

        MockHttpServletResponse response = perform(post("/fhir/Bundle")
                .contentType(FHIR_JSON)
                .content(Fixtures.read("valid-bundle.json"))
                .with(httpBasic("sjukskoterska", "demo")));

        ArgumentCaptor<ConcernReport> submitted = ArgumentCaptor.forClass(ConcernReport.class);
        verify(intake).submit(submitted.capture());
        String reportId = submitted.getValue().getReportId();
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentType()).startsWith(FHIR_JSON);
        assertThat(response.getHeader(HttpHeaders.LOCATION)).endsWith("/fhir/Communication/" + reportId);
        Communication receipt = parse(response, Communication.class);
        assertThat(receipt.getIdentifierFirstRep().getSystem()).isEqualTo(FhirSystems.REPORT_ID);
        assertThat(receipt.getIdentifierFirstRep().getValue()).isEqualTo(reportId);
        assertThat(((StringType) receipt.getExtensionByUrl(FhirSystems.CONTENT_DIGEST_EXTENSION)
                                .getValue())
                        .getValue())
                .isEqualTo(ContentDigest.sha256Hex(submitted.getValue()));
        assertThat(response.getContentAsString()).doesNotContain(Fixtures.CHILD_PNR);
    }

    @Test
    void aCommunicationWithContainedResourcesIsAcceptedToo() throws Exception {
        when(intake.submit(any())).thenAnswer(call -> Receipts.of(call.getArgument(0)));

        MockHttpServletResponse response = perform(post("/fhir/Communication")
                .contentType(FHIR_JSON)
                .content(Fixtures.read("communication-with-contained.json"))
                .with(httpBasic("sjukskoterska", "demo")));

        assertThat(response.getStatus()).isEqualTo(201);
    }

    @Test
    void xmlInIsXmlOut() throws Exception {
        when(intake.submit(any())).thenAnswer(call -> Receipts.of(call.getArgument(0)));
        Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, Fixtures.read("valid-bundle.json"));

        MockHttpServletResponse response = perform(post("/fhir/Bundle")
                .contentType("application/fhir+xml")
                .content(fhir.newXmlParser().encodeResourceToString(bundle))
                .with(httpBasic("sjukskoterska", "demo")));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentType()).startsWith("application/fhir+xml");
        assertThat(response.getContentAsString()).startsWith("<Communication");
    }

    @Test
    void malformedJsonIs400WithAStructureIssue() throws Exception {
        MockHttpServletResponse response = perform(post("/fhir/Bundle")
                .contentType(FHIR_JSON)
                .content(Fixtures.read("malformed.json"))
                .with(httpBasic("sjukskoterska", "demo")));

        assertThat(response.getStatus()).isEqualTo(400);
        OperationOutcome outcome = parse(response, OperationOutcome.class);
        assertThat(outcome.getIssue()).singleElement().satisfies(issue -> {
            assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
            assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.STRUCTURE);
            assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo("malformed_content");
        });
        verify(intake, never()).submit(any());
    }

    @Test
    void aPatientPostedAsBundleIs400() throws Exception {
        MockHttpServletResponse response = perform(post("/fhir/Bundle")
                .contentType(FHIR_JSON)
                .content("{\"resourceType\": \"Patient\"}")
                .with(httpBasic("sjukskoterska", "demo")));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(codes(parse(response, OperationOutcome.class))).containsExactly("unexpected_resource_type");
    }

    @Test
    void anInvalidReportIs422WithEveryIssueAtItsExpression() throws Exception {
        MockHttpServletResponse response = perform(post("/fhir/Bundle")
                .contentType(FHIR_JSON)
                .content(Fixtures.read("patient-invalid-pnr-checksum.json"))
                .with(httpBasic("sjukskoterska", "demo")));

        assertThat(response.getStatus()).isEqualTo(422);
        OperationOutcome outcome = parse(response, OperationOutcome.class);
        assertThat(outcome.getIssue()).singleElement().satisfies(issue -> {
            assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.VALUE);
            assertThat(issue.getExpression())
                    .extracting(StringType::getValue)
                    .containsExactly("Bundle.entry[2].resource.identifier[0].value");
            assertThat(issue.getDetails().getCodingFirstRep().getSystem()).isEqualTo(FhirSystems.ISSUE_CODE);
            assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo("invalid_personal_identity_number");
            assertThat(issue.getDiagnostics()).isNotBlank();
        });
        assertThat(response.getContentAsString()).doesNotContain("201503149824");
        verify(intake, never()).submit(any());
    }

    @Test
    void aReportForAnotherOrganisationThanTheCallersIsForbidden() throws Exception {
        MockHttpServletResponse response = perform(post("/fhir/Bundle")
                .contentType(FHIR_JSON)
                .content(Fixtures.read("valid-bundle.json"))
                .with(httpBasic("akutlakare", "demo")));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(codes(parse(response, OperationOutcome.class))).containsExactly("organisation_mismatch");
        verify(intake, never()).submit(any());
    }

    @Test
    void withoutSignInNothingIsAccepted() throws Exception {
        MockHttpServletResponse response =
                perform(post("/fhir/Bundle").contentType(FHIR_JSON).content(Fixtures.read("valid-bundle.json")));

        assertThat(response.getStatus()).isEqualTo(401);
        verify(intake, never()).submit(any());
    }

    @Test
    void whenTheBrokerDoesNotAcknowledgeTheAnswerIs503AndSaysNotAccepted() throws Exception {
        when(intake.submit(any())).thenThrow(new IntakeUnavailableException("no ack", Duration.ofSeconds(10), null));

        MockHttpServletResponse response = perform(post("/fhir/Bundle")
                .contentType(FHIR_JSON)
                .content(Fixtures.read("valid-bundle.json"))
                .with(httpBasic("sjukskoterska", "demo")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        OperationOutcome outcome = parse(response, OperationOutcome.class);
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.TRANSIENT);
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("NOT accepted");
    }

    @Test
    void anUnsupportedMediaTypeIs415() throws Exception {
        MockHttpServletResponse response = perform(
                post("/fhir/Bundle").contentType("text/plain").content("hej").with(httpBasic("sjukskoterska", "demo")));

        assertThat(response.getStatus()).isEqualTo(415);
    }

    @Test
    void theTaskCarriesOnlyThePermittedDecision() throws Exception {
        when(inbox.reportOf(BVC, REPORT_ID)).thenReturn(Optional.of(decided(InvestigationDecision.NOT_OPENED)));

        MockHttpServletResponse response =
                perform(get("/fhir/Task/" + REPORT_ID).with(httpBasic("sjukskoterska", "demo")));

        assertThat(response.getStatus()).isEqualTo(200);
        Task task = parse(response, Task.class);
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getSystem())
                .isEqualTo(FhirSystems.INVESTIGATION_DECISION);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("NOT_OPENED");
        assertThat(task.getFocus().getReference()).isEqualTo("Communication/" + REPORT_ID);
    }

    @Test
    void searchingByFocusFindsTheTaskOfTheCallersReport() throws Exception {
        when(inbox.reportOf(BVC, REPORT_ID)).thenReturn(Optional.of(decided(InvestigationDecision.OPENED)));

        MockHttpServletResponse response = perform(get("/fhir/Task")
                .param("focus", "Communication/" + REPORT_ID)
                .with(httpBasic("sjukskoterska", "demo")));

        Bundle result = parse(response, Bundle.class);
        assertThat(result.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(result.getEntry())
                .singleElement()
                .satisfies(entry -> assertThat(((Task) entry.getResource())
                                .getBusinessStatus()
                                .getCodingFirstRep()
                                .getCode())
                        .isEqualTo("OPENED"));
    }

    @Test
    void anotherOrganisationsReportIsNotFoundAndItsFeedbackNeverAskedFor() throws Exception {
        when(inbox.reportOf(BVC, REPORT_ID)).thenReturn(Optional.of(decided(InvestigationDecision.OPENED)));
        when(inbox.reportOf(eq(AKM), any())).thenReturn(Optional.empty());

        MockHttpServletResponse read = perform(get("/fhir/Task/" + REPORT_ID).with(httpBasic("akutlakare", "demo")));
        MockHttpServletResponse search = perform(
                get("/fhir/Task").param("focus", "Communication/" + REPORT_ID).with(httpBasic("akutlakare", "demo")));

        assertThat(read.getStatus()).isEqualTo(404);
        assertThat(parse(search, Bundle.class).getEntry()).isEmpty();
        verify(inbox, never()).reportOf(eq(BVC), any());
    }

    @Test
    void theReceiptCanBeReadBackByTheReportingOrganisation() throws Exception {
        when(inbox.reportOf(BVC, REPORT_ID)).thenReturn(Optional.of(decided(InvestigationDecision.OPENED)));

        MockHttpServletResponse response =
                perform(get("/fhir/Communication/" + REPORT_ID).with(httpBasic("sjukskoterska", "demo")));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(parse(response, Communication.class).getIdentifierFirstRep().getValue())
                .isEqualTo(REPORT_ID);
    }

    @Test
    void theCapabilityStatementNamesTheInteractions() throws Exception {
        MockHttpServletResponse response = perform(get("/fhir/metadata").with(httpBasic("sjukskoterska", "demo")));

        CapabilityStatement statement = parse(response, CapabilityStatement.class);
        assertThat(statement.getRestFirstRep().getResource())
                .extracting(CapabilityStatement.CapabilityStatementRestResourceComponent::getType)
                .containsExactly("Bundle", "Communication", "Task");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private <T extends IBaseResource> T parse(MockHttpServletResponse response, Class<T> type) throws Exception {
        return fhir.newJsonParser().parseResource(type, response.getContentAsString());
    }

    private static List<String> codes(OperationOutcome outcome) {
        return outcome.getIssue().stream()
                .map(i -> i.getDetails().getCodingFirstRep().getCode())
                .toList();
    }

    private static ReportStatusView decided(InvestigationDecision decision) {
        Receipt receipt = Receipt.newBuilder()
                .setReportId(REPORT_ID)
                .setConnectorId("healthcare")
                .setReportingOrganisation(BVC)
                .setAcceptedAt(Instant.parse("2026-11-02T08:00:00Z"))
                .setContentDigest("0".repeat(64))
                .build();
        ReporterNotification notification = ReporterNotification.newBuilder()
                .setNotificationId("n-1")
                .setReportId(REPORT_ID)
                .setReportingOrganisation(BVC)
                .setDecision(decision)
                .setDecisionDate(LocalDate.parse("2026-11-16"))
                .setNotifiedAt(Instant.parse("2026-11-16T10:00:00Z"))
                .build();
        return new ReportStatusView(receipt, Optional.of(notification));
    }
}
