package se.oroshub.connector.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.reporting.IntakePublisher;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.connector.support.AccessRole;
import se.oroshub.connector.support.ErrorCode;
import se.oroshub.connector.support.FieldError;
import se.oroshub.connector.support.IntakeUnavailableException;
import se.oroshub.connector.support.SubmissionRejectedException;
import se.oroshub.connector.support.testing.TestTokens;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.receipt.Receipts;

/** The JSON API with the intake and the inbox replaced, so only the HTTP contract is under test. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class SchoolReportsApiTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IntakePublisher intake;

    @MockitoBean
    FeedbackInbox inbox;

    @Test
    void anAcceptedReportIs201WithTheReceiptAndTheSchoolOfTheSignedInUser() throws Exception {
        when(intake.submit(any())).thenAnswer(call -> Receipts.of(call.getArgument(0)));

        mvc.perform(post("/api/v1/reports")
                        .with(httpBasic("anna", "anna-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestReports.reportJson(TestReports.childNumber(), "Blåmärken på armarna.")))
                .andExpect(status().isCreated())
                .andExpect(header().string(
                                "Location",
                                org.hamcrest.Matchers.matchesRegex("/api/v1/reports/[0-9a-f-]{36}/receipt")))
                .andExpect(jsonPath("$.reportId").isString())
                .andExpect(jsonPath("$.organisationScheme").value("SCHOOL_UNIT_CODE"))
                .andExpect(jsonPath("$.organisationId").value("29837461"))
                .andExpect(jsonPath("$.digestAlgorithm").value("SHA-256"))
                .andExpect(jsonPath("$.contentDigest").value(org.hamcrest.Matchers.matchesRegex("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.acceptedAt").isString());

        ArgumentCaptor<ConcernReport> submitted = ArgumentCaptor.forClass(ConcernReport.class);
        verify(intake).submit(submitted.capture());
        assertThat(submitted.getValue().getReporter().getOrganisation().getId()).isEqualTo(TestReports.KVARNBACKA);
        assertThat(submitted.getValue().getReporter().getName()).isEqualTo("Anna Lärare");
    }

    @Test
    void aRejectedReportIs400NamingEachFieldAndReason() throws Exception {
        when(intake.submit(any()))
                .thenThrow(new SubmissionRejectedException(List.of(
                        new FieldError(
                                "child.personalIdentityNumber", ErrorCode.INVALID_PERSONAL_IDENTITY_NUMBER, "checksum"),
                        new FieldError("observations[0].description", ErrorCode.MISSING_FIELD, "is required"))));

        mvc.perform(post("/api/v1/reports")
                        .with(httpBasic("anna", "anna-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestReports.reportJson("19000101-0000", "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("child.personalIdentityNumber"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid_personal_identity_number"))
                .andExpect(jsonPath("$.errors[1].field").value("observations[0].description"))
                .andExpect(jsonPath("$.errors[1].code").value("missing_field"));
    }

    @Test
    void anUnknownCategoryIsRejectedNamingTheField() throws Exception {
        String json =
                TestReports.reportJson(TestReports.childNumber(), "Text").replace("PHYSICAL_VIOLENCE", "BAD_MOOD");

        mvc.perform(post("/api/v1/reports")
                        .with(httpBasic("anna", "anna-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("observations[0].category"))
                .andExpect(jsonPath("$.errors[0].code").value("malformed_request"));
        verify(intake, never()).submit(any());
    }

    @Test
    void anUnknownFieldIsRefusedNamingItInsteadOfBeingIgnored() throws Exception {
        String claimsAnonymity = TestReports.reportJson(TestReports.childNumber(), "Text")
                .replaceFirst("\\{", "{\"reporter\": {\"anonymous\": true}, ");

        mvc.perform(post("/api/v1/reports")
                        .with(httpBasic("anna", "anna-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(claimsAnonymity))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("reporter.anonymous"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown_field"));
        verify(intake, never()).submit(any());
    }

    @Test
    void anUnacknowledgedReportIs503WithRetryAfter() throws Exception {
        when(intake.submit(any())).thenThrow(new IntakeUnavailableException("no ack", Duration.ofSeconds(10), null));

        mvc.perform(post("/api/v1/reports")
                        .with(httpBasic("anna", "anna-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestReports.reportJson(TestReports.childNumber(), "Text")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(jsonPath("$.code").value("intake_unavailable"));
    }

    @Test
    void withoutSignInNothingIsAnswered() throws Exception {
        mvc.perform(get("/api/v1/reports")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reports").with(httpBasic("anna", "wrong"))).andExpect(status().isUnauthorized());
        verify(intake, never()).submit(any());
    }

    @Test
    void theListShowsTheReceiptAndThePermittedDecisionOfTheUsersSchoolOnly() throws Exception {
        String reportId = UUID.randomUUID().toString();
        when(inbox.reportsOf(TestReports.KVARNBACKA))
                .thenReturn(List.of(new ReportStatusView(
                        TestReports.receipt(reportId, TestReports.KVARNBACKA),
                        Optional.of(TestReports.notification(
                                reportId, TestReports.KVARNBACKA, InvestigationDecision.ALREADY_ONGOING)))));

        mvc.perform(get("/api/v1/reports").with(httpBasic("anna", "anna-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].receipt.reportId").value(reportId))
                .andExpect(jsonPath("$[0].receipt.contentDigest").value("3a".repeat(32)))
                .andExpect(jsonPath("$[0].decision.decision").value("ALREADY_ONGOING"))
                .andExpect(jsonPath("$[0].decision.decisionDate").value("2026-12-01"))
                .andExpect(jsonPath("$[0].decision.notificationId").doesNotExist());

        mvc.perform(get("/api/v1/reports").with(httpBasic("erik", "erik-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        verify(inbox).reportsOf(eq(TestReports.EKBACKEN));
    }

    @Test
    void aReceiptIsFoundOnlyForTheUsersSchool() throws Exception {
        String reportId = UUID.randomUUID().toString();
        when(inbox.reportOf(TestReports.KVARNBACKA, reportId))
                .thenReturn(Optional.of(
                        new ReportStatusView(TestReports.receipt(reportId, TestReports.KVARNBACKA), Optional.empty())));

        mvc.perform(get("/api/v1/reports/{id}/receipt", reportId).with(httpBasic("anna", "anna-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportId").value(reportId))
                .andExpect(jsonPath("$.acceptedAt").value("2026-11-23T09:30:00.123Z"));
        mvc.perform(get("/api/v1/reports/{id}/receipt", reportId).with(httpBasic("erik", "erik-demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not_found"));
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports/{reportId}/receipt'].get")
                        .exists())
                .andExpect(
                        jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }

    @Test
    void healthAndCircuitBreakersAreVisibleInActuatorToAnOperator() throws Exception {
        String operator = TestTokens.token("drift", "SCHOOL_UNIT_CODE:29837461", AccessRole.OPERATOR)
                .audience("connector-school")
                .bearer();
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").exists())
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").header("Authorization", operator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").exists());
        mvc.perform(get("/actuator/circuitbreakers").header("Authorization", operator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.circuitBreakers").exists());
        mvc.perform(get("/actuator/retries").header("Authorization", operator)).andExpect(status().isOk());
    }

    @Test
    void circuitBreakersAreHiddenFromAnyoneButAnOperator() throws Exception {
        mvc.perform(get("/actuator/circuitbreakers")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/circuitbreakers").with(httpBasic("anna", "anna-demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void apiAcceptsAReportersBearerTokenOfTheSchool() throws Exception {
        mvc.perform(get("/api/v1/reports")
                        .header(
                                "Authorization",
                                TestTokens.token("anna", "SCHOOL_UNIT_CODE:29837461", AccessRole.REPORTER)
                                        .audience("connector-school")
                                        .bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void apiRefusesATokenOfAnotherSchoolWith403() throws Exception {
        mvc.perform(get("/api/v1/reports")
                        .header(
                                "Authorization",
                                TestTokens.token("mallory", "SCHOOL_UNIT_CODE:11112222", AccessRole.REPORTER)
                                        .audience("connector-school")
                                        .bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void apiWithoutTokenAnswers401() throws Exception {
        mvc.perform(get("/api/v1/reports")).andExpect(status().isUnauthorized());
    }
}
