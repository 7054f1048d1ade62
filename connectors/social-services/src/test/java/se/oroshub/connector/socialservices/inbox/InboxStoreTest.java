package se.oroshub.connector.socialservices.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.oroshub.connector.socialservices.events.StatusEvents;
import se.oroshub.connector.socialservices.support.TestReports;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.RoutedReport;

class InboxStoreTest {

    private final InboxStore store = new InboxStore(List.of("0180"));
    private final TestReports reports = new TestReports(3);

    @Test
    void acuteReportsComeFirstThenTheEarliestProtectiveAssessmentDeadline() {
        RoutedReport calm = reports.routed("0180", false);
        RoutedReport acute = reports.routed("0180", true);
        store.add(calm);
        store.add(acute);

        assertThat(store.list("0180"))
                .extracting(InboxItem::reportId)
                .containsExactly(acute.getReportId(), calm.getReportId());
    }

    @Test
    void anotherMunicipalitysReportsAndEventsAreNotKept() {
        RoutedReport elsewhere = reports.routed("1480", true);
        store.add(elsewhere);
        store.apply(StatusEvents.received(elsewhere.getReportId(), "1480", null, Instant.now()));

        assertThat(store.list("0180")).isEmpty();
        assertThat(store.list("1480")).isEmpty();
        assertThat(store.serves("1480")).isFalse();
    }

    @Test
    void statusEventsUpdateTheReportWhicheverArrivesFirstAndTwiceChangesNothing() {
        RoutedReport report = reports.routed("0180", false);
        Instant receivedAt = Instant.parse("2026-11-23T08:00:00Z");
        var received = StatusEvents.received(report.getReportId(), "0180", "INKORG", receivedAt);
        var decision = StatusEvents.decision(
                report.getReportId(),
                "0180",
                InvestigationDecision.NOT_OPENED,
                LocalDate.of(2026, 11, 23),
                true,
                receivedAt.plusSeconds(60));

        store.apply(received);
        store.add(report);
        store.apply(decision);
        store.apply(StatusEvents.received(report.getReportId(), "0180", "OTHER", receivedAt.plusSeconds(99)));
        store.apply(decision);

        InboxItem item = store.find("0180", report.getReportId()).orElseThrow();
        assertThat(item.receivedAt()).isEqualTo(receivedAt);
        assertThat(item.systemReference()).isEqualTo("INKORG");
        assertThat(item.decision()).isEqualTo(InvestigationDecision.NOT_OPENED);
        assertThat(item.withholdFeedback()).isTrue();
        assertThat(item.protectiveAssessmentMade()).isFalse();
    }

    @Test
    void aSecondInboxDecisionOnAReportCarriesTheFirstOnesEventIdSoOnlyTheFirstIsApplied() {
        RoutedReport report = reports.routed("0180", true);
        store.add(report);
        Instant at = Instant.parse("2026-11-23T08:00:00Z");
        var first = StatusEvents.decision(
                report.getReportId(), "0180", InvestigationDecision.OPENED, LocalDate.of(2026, 11, 23), false, at);
        var contradicting = StatusEvents.decision(
                report.getReportId(),
                "0180",
                InvestigationDecision.NOT_OPENED,
                LocalDate.of(2026, 11, 24),
                true,
                at.plusSeconds(3600));
        var firstAssessment = StatusEvents.protectiveAssessment(report.getReportId(), "0180", true, at);
        var secondAssessment =
                StatusEvents.protectiveAssessment(report.getReportId(), "0180", false, at.plusSeconds(60));

        store.apply(first);
        store.apply(contradicting);
        store.apply(firstAssessment);
        store.apply(secondAssessment);

        assertThat(contradicting.getEventId()).isEqualTo(first.getEventId());
        assertThat(secondAssessment.getEventId())
                .isEqualTo(firstAssessment.getEventId())
                .isNotEqualTo(first.getEventId());
        InboxItem item = store.find("0180", report.getReportId()).orElseThrow();
        assertThat(item.decision()).isEqualTo(InvestigationDecision.OPENED);
        assertThat(item.withholdFeedback()).isFalse();
        assertThat(item.decisionRecordedAt()).isEqualTo(at);
        assertThat(item.immediateProtectionNeeded()).isTrue();
        assertThat(item.protectiveAssessmentAt()).isEqualTo(at);
    }
}
