package se.oroshub.connector.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.reporting.IntakePublisher;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.connector.support.ErrorCode;
import se.oroshub.connector.support.FieldError;
import se.oroshub.connector.support.IntakeUnavailableException;
import se.oroshub.connector.support.SubmissionRejectedException;
import se.oroshub.schemas.avro.ConcernCategory;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.Receipt;

/** The staff pages with the intake and the inbox replaced: sign-in, CSRF, the form, its errors and the lists. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class StaffPagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IntakePublisher intake;

    @MockitoBean
    FeedbackInbox inbox;

    /** The page as a browser reads it: Thymeleaf writes form values' non-ASCII letters as character references. */
    private static String page(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequestBuilder filledForm(String personalIdentityNumber) {
        return post("/anmalan")
                .param("childPersonalIdentityNumber", personalIdentityNumber)
                .param("childGivenName", "Saga")
                .param("childFamilyName", "Nilsson")
                .param("childMunicipality", "0180")
                .param("category", ConcernCategory.NEGLECT.name())
                .param("observedAt", "2026-11-23T08:15")
                .param("description", "Eleven saknar ytterkläder trots kyla.")
                .param("immediateDanger", "true")
                .param("reporterName", "Anna Lärare")
                .param("reporterRole", "Klasslärare");
    }

    @Test
    void everyPageNeedsSignInAndTheLoginPageIsSwedish() throws Exception {
        mvc.perform(get("/anmalan").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/mina-anmalningar").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"sv\"")))
                .andExpect(content().string(containsString("<label for=\"username\">Användarnamn</label>")))
                .andExpect(content().string(containsString("href=\"/oauth2/authorization/oroshub\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void theFormHasALabelForEveryInputAndIsPrefilledWithTheSignedInUser() throws Exception {
        String page = page(mvc.perform(get("/anmalan").with(httpBasic("anna", "anna-demo")))
                .andExpect(status().isOk()));

        assertThat(page)
                .contains(
                        "<legend>Barnet</legend>",
                        "<legend>Det du har sett eller hört</legend>",
                        "<legend>Hur brådskande är det?</legend>",
                        "<legend>Du som anmäler</legend>");
        for (String id : List.of(
                "childPersonalIdentityNumber",
                "childGivenName",
                "childFamilyName",
                "childMunicipality",
                "childWhereabouts",
                "category",
                "observedAt",
                "description",
                "immediateDanger1",
                "reporterMarkedAcute1",
                "reporterName",
                "reporterRole",
                "reporterPhone",
                "reporterEmail")) {
            assertThat(page).contains("for=\"" + id + "\"").contains("id=\"" + id + "\"");
        }
        assertThat(page)
                .contains(
                        "value=\"Anna Lärare\"",
                        "value=\"Klasslärare\"",
                        "Kvarnbackaskolan",
                        "name=\"_csrf\"",
                        "<option value=\"0180\">Stockholm</option>",
                        "Fysiskt våld");
    }

    @Test
    void postingWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(filledForm(TestReports.childNumber()).with(httpBasic("anna", "anna-demo")))
                .andExpect(status().isForbidden());
        verify(intake, never()).submit(any());
    }

    @Test
    void anAcceptedReportRedirectsToItsReceipt() throws Exception {
        String reportId = UUID.randomUUID().toString();
        when(intake.submit(any())).thenReturn(TestReports.receipt(reportId, TestReports.KVARNBACKA));

        mvc.perform(filledForm(TestReports.childNumber())
                        .with(httpBasic("anna", "anna-demo"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/anmalan/" + reportId + "/kvitto"));

        ArgumentCaptor<ConcernReport> submitted = ArgumentCaptor.forClass(ConcernReport.class);
        verify(intake).submit(submitted.capture());
        assertThat(submitted.getValue().getUrgency().getImmediateDanger()).isTrue();
        assertThat(submitted.getValue().getObservations().get(0).getCategory()).isEqualTo(ConcernCategory.NEGLECT);
        assertThat(submitted.getValue().getReporter().getOrganisation().getId()).isEqualTo(TestReports.KVARNBACKA);
    }

    @Test
    void rejectedFieldsAreShownInlineLinkedFromTheSummaryAndDescribedByTheirError() throws Exception {
        when(intake.submit(any()))
                .thenThrow(new SubmissionRejectedException(List.of(
                        new FieldError(
                                "child.personalIdentityNumber", ErrorCode.INVALID_PERSONAL_IDENTITY_NUMBER, "checksum"),
                        new FieldError("observations[0].description", ErrorCode.MISSING_FIELD, "is required"))));

        String page = page(mvc.perform(filledForm("20150101-0000")
                        .with(httpBasic("anna", "anna-demo"))
                        .with(csrf()))
                .andExpect(status().isOk()));

        assertThat(page)
                .contains(
                        "role=\"alert\"",
                        "Anmälan kunde inte skickas",
                        "href=\"#childPersonalIdentityNumber\"",
                        "href=\"#description\"",
                        "id=\"childPersonalIdentityNumber-error\"",
                        "Personnumret är inte giltigt",
                        "aria-describedby=\"childPersonalIdentityNumber-hint childPersonalIdentityNumber-error\"",
                        "aria-describedby=\"description-hint description-error\"",
                        "aria-invalid=\"true\"",
                        "Beskriv vad du har sett eller hört.",
                        "value=\"Saga\"");
    }

    @Test
    void anUnacknowledgedReportSaysItWasNotAcceptedAndKeepsTheInput() throws Exception {
        when(intake.submit(any())).thenThrow(new IntakeUnavailableException("no ack", Duration.ofSeconds(10), null));

        String page = page(mvc.perform(filledForm(TestReports.childNumber())
                        .with(httpBasic("anna", "anna-demo"))
                        .with(csrf()))
                .andExpect(status().isOk()));

        assertThat(page).contains("Anmälan har INTE tagits emot", "Eleven saknar ytterkläder trots kyla.");
    }

    @Test
    void theReceiptPageShowsIdTimeAndDigestOfTheUsersOwnReportOnly() throws Exception {
        String reportId = UUID.randomUUID().toString();
        Receipt receipt = TestReports.receipt(reportId, TestReports.KVARNBACKA);
        when(inbox.reportOf(TestReports.KVARNBACKA, reportId))
                .thenReturn(Optional.of(new ReportStatusView(receipt, Optional.empty())));

        mvc.perform(get("/anmalan/{id}/kvitto", reportId).with(httpBasic("anna", "anna-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reportId)))
                .andExpect(content().string(containsString("2026-11-23 10:30:00")))
                .andExpect(content().string(containsString(receipt.getContentDigest())));
        mvc.perform(get("/anmalan/{id}/kvitto", reportId).with(httpBasic("erik", "erik-demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(receipt.getContentDigest()))));
    }

    @Test
    void myReportsShowsTheReceiptAndThePermittedDecisionInSwedish() throws Exception {
        String decided = UUID.randomUUID().toString();
        String pending = UUID.randomUUID().toString();
        when(inbox.caughtUp()).thenReturn(true);
        when(inbox.reportsOf(TestReports.KVARNBACKA))
                .thenReturn(List.of(
                        new ReportStatusView(
                                TestReports.receipt(decided, TestReports.KVARNBACKA),
                                Optional.of(TestReports.notification(
                                        decided, TestReports.KVARNBACKA, InvestigationDecision.NOT_OPENED))),
                        new ReportStatusView(TestReports.receipt(pending, TestReports.KVARNBACKA), Optional.empty())));

        String page = page(mvc.perform(get("/mina-anmalningar").with(httpBasic("anna", "anna-demo")))
                .andExpect(status().isOk()));

        assertThat(page)
                .contains(
                        "<h1>Mina anmälningar</h1>",
                        decided,
                        pending,
                        "Utredning inleds inte (2026-12-01)",
                        "Inget besked ännu",
                        "<th scope=\"col\">Besked från socialtjänsten</th>");
        assertThat(page).doesNotContain("ofullständig");
    }
}
