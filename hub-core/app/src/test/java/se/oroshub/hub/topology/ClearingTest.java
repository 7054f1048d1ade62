package se.oroshub.hub.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.oroshub.schemas.fixtures.TestReport.GOTEBORG;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.ClearingDecision;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.DeadlineDeviation;
import se.oroshub.schemas.avro.DeadlineKind;
import se.oroshub.schemas.avro.RejectedSubmission;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.avro.RoutingBasis;
import se.oroshub.schemas.fixtures.TestEvents;
import se.oroshub.schemas.fixtures.TestReport;
import se.oroshub.schemas.time.SwedishTime;
import se.oroshub.schemas.topics.Topics;

/**
 * A report whose municipality the hub cannot decide waits in clearing until a person decides it; then it is routed
 * like any other, with its statutory clocks running from its acceptance, and the audit trail names who decided. A
 * decision the hub cannot apply is a dead letter with its reason, never silently dropped.
 */
class ClearingTest {

    private static final String OFFICER = "clearing-officer-1";

    private final HubDriver hub = new HubDriver();

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void aPersonRoutesAReportWaitingInClearingToTheMunicipalityTheyDecide() {
        ConcernReport report = unroutable().build();
        hub.submit(report);
        assertThat(hub.values(Topics.CLEARING)).hasSize(1);

        hub.decide(decision(report.getReportId(), GOTEBORG));

        assertThat(hub.values(Topics.MUNICIPALITY_REPORTS.of(GOTEBORG)))
                .singleElement()
                .satisfies(routed -> {
                    assertThat(routed.getReportId()).isEqualTo(report.getReportId());
                    assertThat(routed.getRoutingBasis()).isEqualTo(RoutingBasis.MANUAL);
                    assertThat(routed.getAcceptedAt()).isEqualTo(HubDriver.START);
                    assertThat(routed.getReport()).usingRecursiveComparison().isEqualTo(report);
                });
        assertThat(hub.values(Topics.AUDIT))
                .filteredOn(a -> a.getAction() == AuditAction.ROUTED)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getActor()).isEqualTo(OFFICER);
                    assertThat(a.getReasonCode()).isEqualTo("manual");
                    assertThat(a.getChain()).startsWith(GOTEBORG + "/");
                });
        assertThat(hub.values(Topics.DEAD_LETTER)).isEmpty();
    }

    @Test
    void theStatutoryClocksOfAReportRoutedFromClearingRunFromItsAcceptance() {
        ConcernReport report = unroutable().build();
        hub.submit(report);
        hub.advanceWallClock(Duration.ofDays(15));

        hub.decide(decision(report.getReportId(), STOCKHOLM));
        RoutedReport routed =
                hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM)).get(0);
        hub.advanceWallClock(Duration.ofMinutes(2));

        assertThat(routed.getDeadlines().getPreliminaryAssessmentDue())
                .as("the end of the 14th day after acceptance")
                .isEqualTo(
                        LocalDate.of(2026, 3, 25).atStartOfDay(SwedishTime.ZONE).toInstant());
        assertThat(hub.values(Topics.MUNICIPALITY_DEVIATIONS.of(STOCKHOLM)))
                .extracting(DeadlineDeviation::getDeadline)
                .contains(DeadlineKind.PRELIMINARY_ASSESSMENT);
    }

    @Test
    void aRedeliveredDecisionRoutesTheReportOnce() {
        ConcernReport report = unroutable().build();
        hub.submit(report);
        ClearingDecision decision = decision(report.getReportId(), STOCKHOLM);

        hub.decide(decision);
        hub.decide(decision);

        assertThat(hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM))).hasSize(1);
        assertThat(hub.values(Topics.DEAD_LETTER)).isEmpty();
    }

    @Test
    void aSecondDecisionOnAReportAlreadyRoutedIsRefused() {
        ConcernReport report = unroutable().build();
        hub.submit(report);
        hub.decide(decision(report.getReportId(), STOCKHOLM));

        hub.decide(decision(report.getReportId(), GOTEBORG));

        assertThat(hub.values(Topics.MUNICIPALITY_REPORTS.of(GOTEBORG))).isEmpty();
        assertThat(hub.values(Topics.DEAD_LETTER)).singleElement().satisfies(r -> {
            assertThat(r.getReason()).isEqualTo(RejectionReason.NOT_IN_CLEARING);
            assertThat(r.getDetail()).contains("routed to " + STOCKHOLM);
        });
    }

    @Test
    void aReportTheRouterRoutedCannotBeReroutedThroughClearing() {
        ConcernReport report = HubDriver.report().build();
        hub.submit(report);

        hub.decide(decision(report.getReportId(), GOTEBORG));

        assertThat(hub.values(Topics.MUNICIPALITY_REPORTS.of(GOTEBORG))).isEmpty();
        assertThat(hub.values(Topics.DEAD_LETTER))
                .extracting(RejectedSubmission::getReason)
                .containsExactly(RejectionReason.NOT_IN_CLEARING);
    }

    @Test
    void aDecisionTheHubCannotApplyIsADeadLetterWithItsReasonAndField() {
        ConcernReport report = unroutable().build();
        hub.submit(report);
        ClearingDecision unknownMunicipality = decision(report.getReportId(), "9999");
        ClearingDecision nobodyDecided = decision(report.getReportId(), STOCKHOLM);
        nobodyDecided.setDecidedBy(" ");
        ClearingDecision unknownReport = decision(UUID.randomUUID().toString(), STOCKHOLM);

        hub.decide(unknownMunicipality);
        hub.decide(nobodyDecided);
        hub.decide(unknownReport);
        hub.decideRaw(report.getReportId(), "not a decision".getBytes(StandardCharsets.UTF_8));
        hub.decideRaw(
                UUID.randomUUID().toString(),
                hub.encode(Topics.CLEARING_DECISIONS.name(), decision(report.getReportId(), STOCKHOLM)));

        assertThat(hub.values(Topics.DEAD_LETTER))
                .extracting(RejectedSubmission::getReason, RejectedSubmission::getField)
                .containsExactly(
                        tuple(RejectionReason.UNKNOWN_MUNICIPALITY, "municipalityCode"),
                        tuple(RejectionReason.MISSING_FIELD, "decidedBy"),
                        tuple(RejectionReason.UNKNOWN_REPORT, "reportId"),
                        tuple(RejectionReason.UNDECODABLE, null),
                        tuple(RejectionReason.INVALID_FIELD, "reportId"));
        assertThat(hub.producedTopicNames()).noneMatch(name -> name.endsWith(".reports"));
        assertThat(hub.values(Topics.AUDIT))
                .filteredOn(a -> a.getAction() == AuditAction.REJECTED)
                .hasSize(5)
                .extracting(AuditRecord::getChain)
                .allSatisfy(chain -> assertThat(chain).startsWith("hub/"));

        hub.decide(decision(report.getReportId(), STOCKHOLM));
        assertThat(hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM))).hasSize(1);
    }

    @Test
    void theMunicipalityDecidedMayPublishStatusEventsForTheReport() {
        ConcernReport report = unroutable().build();
        hub.submit(report);
        hub.publish(TestEvents.received(report.getReportId(), STOCKHOLM, HubDriver.START));
        assertThat(hub.values(Topics.DEAD_LETTER))
                .extracting(RejectedSubmission::getReason)
                .containsExactly(RejectionReason.UNKNOWN_REPORT);

        hub.decide(decision(report.getReportId(), STOCKHOLM));
        hub.publish(TestEvents.received(report.getReportId(), STOCKHOLM, HubDriver.START.plusSeconds(60)));

        assertThat(hub.values(Topics.DEAD_LETTER)).isEmpty();
        assertThat(hub.values(Topics.AUDIT))
                .extracting(AuditRecord::getAction)
                .contains(AuditAction.DELIVERY_ACKNOWLEDGED);
    }

    @Test
    void aReportWaitingInClearingPastItsClearingTimeRaisesOneAlarmForTheClearingDesk() {
        ConcernReport report = unroutable().build();
        hub.submit(report);
        hub.advanceWallClock(Duration.ofMinutes(110));
        assertThat(hub.values(Topics.CLEARING_OVERDUE)).isEmpty();

        hub.advanceWallClock(Duration.ofMinutes(20));
        hub.advanceWallClock(Duration.ofHours(5));

        assertThat(hub.values(Topics.CLEARING_OVERDUE)).singleElement().satisfies(alarm -> {
            assertThat(alarm.getReportId()).isEqualTo(report.getReportId());
            assertThat(alarm.getAcute()).isFalse();
            assertThat(alarm.getAcceptedAt()).isEqualTo(HubDriver.START);
            assertThat(alarm.getDueAt()).isEqualTo(HubDriver.START.plus(Duration.ofHours(2)));
            assertThat(alarm.getOverdueByMillis())
                    .isEqualTo(Duration.ofMinutes(10).toMillis());
            assertThat(alarm.getRoutedTo()).isNull();
        });
        assertThat(hub.values(Topics.AUDIT))
                .filteredOn(a -> a.getAction() == AuditAction.DEADLINE_MISSED)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getReasonCode()).isEqualTo("clearing_decision");
                    assertThat(a.getChain()).startsWith("hub/");
                    assertThat(a.getReportId()).isEqualTo(report.getReportId());
                });
        assertThat(hub.producedTopicNames()).noneMatch(topic -> topic.endsWith(".deviations"));
    }

    @Test
    void anAcuteReportMayWaitInClearingOnlyTheShorterAcuteTime() {
        ConcernReport report = unroutable().immediateDanger(true).build();
        hub.submit(report);

        hub.advanceWallClock(Duration.ofMinutes(16));

        assertThat(hub.values(Topics.CLEARING_OVERDUE)).singleElement().satisfies(alarm -> {
            assertThat(alarm.getAcute()).isTrue();
            assertThat(alarm.getDueAt()).isEqualTo(HubDriver.START.plus(Duration.ofMinutes(15)));
        });
    }

    @Test
    void aReportRoutedOutOfClearingInTimeRaisesNoClearingAlarm() {
        ConcernReport report = unroutable().build();
        hub.submit(report);
        hub.advanceWallClock(Duration.ofMinutes(50));

        hub.decide(decision(report.getReportId(), STOCKHOLM));
        hub.advanceWallClock(Duration.ofHours(3));

        assertThat(hub.values(Topics.CLEARING_OVERDUE)).isEmpty();
        assertThat(hub.values(Topics.MUNICIPALITY_DEVIATIONS.of(STOCKHOLM)))
                .as("the municipality's own clocks run from acceptance")
                .extracting(DeadlineDeviation::getDeadline)
                .containsExactly(DeadlineKind.DELIVERY_ACKNOWLEDGEMENT);
    }

    private static TestReport unroutable() {
        return HubDriver.report().registeredIn(null).currentlyIn(null);
    }

    private static ClearingDecision decision(String reportId, String municipality) {
        return ClearingDecision.newBuilder()
                .setDecisionId(UUID.randomUUID().toString())
                .setReportId(reportId)
                .setMunicipalityCode(municipality)
                .setDecidedBy(OFFICER)
                .setDecidedAt(Instant.parse("2026-03-12T10:00:00Z"))
                .build();
    }
}
