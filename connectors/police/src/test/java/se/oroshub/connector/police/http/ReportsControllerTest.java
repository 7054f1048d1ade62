package se.oroshub.connector.police.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.oroshub.connector.police.PublishedSchemas;
import se.oroshub.connector.police.intake.FeedbackRepresentation;
import se.oroshub.connector.police.intake.ReceiptRepresentation;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.connector.support.NotFoundException;
import se.oroshub.connector.support.OrganisationUser;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterNotification;

/** What a signed-in unit sees of its reports; over HTTP on the real broker in {@code PoliceConnectorIT}. */
class ReportsControllerTest {

    private static final OrganisationId SODERMALM =
            new OrganisationId(OrganisationIdScheme.POLICE_UNIT, "5000-LPO-SODERMALM");
    private static final OrganisationId GOTEBORG =
            new OrganisationId(OrganisationIdScheme.POLICE_UNIT, "1400-LPO-GOTEBORG");
    private static final String SODERMALM_REPORT = "d6775b58-cf63-5e6c-9876-f5a162db5479";
    private static final String GOTEBORG_REPORT = "7a1e2b58-cf63-5e6c-9876-f5a162db5479";

    private final InMemoryInbox inbox = new InMemoryInbox();

    @Test
    void aUnitGetsTheReceiptOfItsOwnReportAsPublishedReceiptXml() throws Exception {
        Receipt receipt = inbox.accepted(SODERMALM_REPORT, SODERMALM);

        ResponseEntity<String> response = controllerFor(SODERMALM).receipt(SODERMALM_REPORT);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_XML);
        assertThat(response.getBody())
                .isEqualTo(ReceiptRepresentation.of(receipt).toXml());
        PublishedSchemas.validate(ReceiptRepresentation.SCHEMA_RESOURCE, response.getBody());
    }

    @Test
    void anotherUnitsReportIsNotFoundExactlyLikeAReportThatDoesNotExist() {
        inbox.accepted(GOTEBORG_REPORT, GOTEBORG);
        ReportsController sodermalm = controllerFor(SODERMALM);

        assertThatThrownBy(() -> sodermalm.receipt(GOTEBORG_REPORT))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No report with this id among your unit's reports.");
        assertThatThrownBy(() -> sodermalm.receipt("00000000-0000-5000-8000-000000000000"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No report with this id among your unit's reports.");
    }

    @Test
    void theNotFoundAnswerNeverRepeatsWhatTheCallerPutInThePath() {
        String personalIdentityNumber = "201203159981";

        assertThatThrownBy(() -> controllerFor(SODERMALM).receipt(personalIdentityNumber))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(personalIdentityNumber));
    }

    @Test
    void theListHoldsTheUnitsOwnReportsWithTheDecisionSharedAndNoOtherUnits() throws Exception {
        inbox.accepted(SODERMALM_REPORT, SODERMALM);
        inbox.accepted(GOTEBORG_REPORT, GOTEBORG);
        inbox.decided(SODERMALM_REPORT, SODERMALM, InvestigationDecision.NOT_OPENED);
        inbox.decided(GOTEBORG_REPORT, GOTEBORG, InvestigationDecision.OPENED);

        ResponseEntity<String> response = controllerFor(SODERMALM).reports();

        PublishedSchemas.validate(FeedbackRepresentation.SCHEMA_RESOURCE, response.getBody());
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_XML);
        assertThat(response.getBody())
                .contains(SODERMALM_REPORT)
                .contains("<decision>NOT_OPENED</decision>")
                .contains("<decisionDate>2026-12-01</decisionDate>")
                .doesNotContain(GOTEBORG_REPORT)
                .doesNotContain("<decision>OPENED</decision>");
    }

    @Test
    void aReportWithoutADecisionIsListedWithItsReceiptOnly() throws Exception {
        inbox.accepted(SODERMALM_REPORT, SODERMALM);

        String body = controllerFor(SODERMALM).reports().getBody();

        PublishedSchemas.validate(FeedbackRepresentation.SCHEMA_RESOURCE, body);
        assertThat(body).contains(SODERMALM_REPORT).doesNotContain("<decision>");
    }

    private ReportsController controllerFor(OrganisationId organisation) {
        return new ReportsController(
                inbox, () -> Optional.of(new OrganisationUser("polis", "Ärendesystem", "System", organisation, null)));
    }

    /** The support module's inbox as its contract states it: each organisation sees its own reports only. */
    private static final class InMemoryInbox implements FeedbackInbox {

        private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
        private final Map<String, ReporterNotification> decisions = new ConcurrentHashMap<>();

        Receipt accepted(String reportId, OrganisationId organisation) {
            Receipt receipt = Receipt.newBuilder()
                    .setReportId(reportId)
                    .setConnectorId("police")
                    .setReportingOrganisation(organisation)
                    .setAcceptedAt(Instant.parse("2026-11-23T17:06:07.123Z"))
                    .setContentDigest("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                    .build();
            receipts.put(reportId, receipt);
            return receipt;
        }

        void decided(String reportId, OrganisationId organisation, InvestigationDecision decision) {
            decisions.put(
                    reportId,
                    ReporterNotification.newBuilder()
                            .setNotificationId("n-" + reportId)
                            .setReportId(reportId)
                            .setReportingOrganisation(organisation)
                            .setDecision(decision)
                            .setDecisionDate(LocalDate.of(2026, 12, 1))
                            .setNotifiedAt(Instant.parse("2026-12-01T10:00:00Z"))
                            .build());
        }

        @Override
        public Optional<ReporterNotification> decisionFor(OrganisationId organisation, String reportId) {
            return Optional.ofNullable(decisions.get(reportId))
                    .filter(n -> n.getReportingOrganisation().equals(organisation));
        }

        @Override
        public Optional<ReportStatusView> reportOf(OrganisationId organisation, String reportId) {
            return Optional.ofNullable(receipts.get(reportId))
                    .filter(r -> r.getReportingOrganisation().equals(organisation))
                    .map(r -> new ReportStatusView(r, decisionFor(organisation, reportId)));
        }

        @Override
        public List<ReportStatusView> reportsOf(OrganisationId organisation) {
            List<ReportStatusView> views = new ArrayList<>();
            for (String reportId : receipts.keySet()) {
                reportOf(organisation, reportId).ifPresent(views::add);
            }
            views.sort(Comparator.comparing(ReportStatusView::acceptedAt).reversed());
            return views;
        }

        @Override
        public boolean caughtUp() {
            return true;
        }
    }
}
