package se.oroshub.hub.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.oroshub.schemas.fixtures.TestReport.GOTEBORG;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.DeadlineDeviation;
import se.oroshub.schemas.avro.DeadlineKind;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.fixtures.TestEvents;
import se.oroshub.schemas.time.SwedishTime;

class DeadlinePolicyTest {

    private static final String REPORT = "report-1";
    /** Wednesday 11 March 2026, 10:30 local time. */
    private static final Instant MORNING = local(2026, 3, 11, 10, 30);

    private final DeadlinePolicy policy = new DeadlinePolicy(DeadlineConfig.defaults());

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SwedishTime.ZONE)
                .toInstant();
    }

    private ReportClock started(Instant acceptedAt) {
        return policy.start(REPORT, STOCKHOLM, false, true, acceptedAt);
    }

    private static Instant due(ReportClock clock, DeadlineKind kind) {
        return clock.deadline(kind).orElseThrow().dueAt();
    }

    @Test
    void protectiveAssessmentIsDueTheSameDayOrNextDayForLateReports() {
        assertThat(due(started(MORNING), DeadlineKind.PROTECTIVE_ASSESSMENT)).isEqualTo(local(2026, 3, 12, 0, 0));
        assertThat(due(started(local(2026, 3, 11, 15, 59)), DeadlineKind.PROTECTIVE_ASSESSMENT))
                .isEqualTo(local(2026, 3, 12, 0, 0));
        assertThat(due(started(local(2026, 3, 11, 16, 0)), DeadlineKind.PROTECTIVE_ASSESSMENT))
                .isEqualTo(local(2026, 3, 13, 0, 0));
        assertThat(due(started(local(2026, 3, 11, 23, 50)), DeadlineKind.PROTECTIVE_ASSESSMENT))
                .isEqualTo(local(2026, 3, 13, 0, 0));
    }

    @Test
    void lateHourForTheProtectiveAssessmentIsConfigurable() {
        DeadlineConfig d = DeadlineConfig.defaults();
        DeadlinePolicy noonIsLate = new DeadlinePolicy(new DeadlineConfig(
                d.zone(),
                LocalTime.NOON,
                d.preliminaryAssessment(),
                d.investigation(),
                d.deliveryAcknowledgement(),
                d.acuteDeliveryAcknowledgement(),
                d.clearingDecision(),
                d.acuteClearingDecision(),
                d.reporterFeedback()));
        assertThat(noonIsLate.protectiveAssessmentDue(local(2026, 3, 11, 12, 30)))
                .isEqualTo(local(2026, 3, 13, 0, 0));
        assertThat(noonIsLate.protectiveAssessmentDue(local(2026, 3, 11, 11, 30)))
                .isEqualTo(local(2026, 3, 12, 0, 0));
    }

    @Test
    void protectiveAssessmentDayIsTheSwedishCalendarDay() {
        // 23:30 UTC on 11 March is 00:30 on 12 March in Stockholm: the same-day rule gives the whole of 12 March.
        assertThat(policy.protectiveAssessmentDue(Instant.parse("2026-03-11T23:30:00Z")))
                .isEqualTo(local(2026, 3, 13, 0, 0));
        // 15:30 UTC on 11 March is 16:30 in Stockholm: late, so the next day.
        assertThat(policy.protectiveAssessmentDue(Instant.parse("2026-03-11T15:30:00Z")))
                .isEqualTo(local(2026, 3, 13, 0, 0));
    }

    @Test
    void preliminaryAssessmentIsDueFourteenDaysAfterReceipt() {
        assertThat(due(started(MORNING), DeadlineKind.PRELIMINARY_ASSESSMENT)).isEqualTo(local(2026, 3, 26, 0, 0));
    }

    @Test
    void preliminaryAssessmentAcrossTheSpringClockChangeEndsAtLocalMidnight() {
        ReportClock clock = started(local(2026, 3, 20, 9, 0));
        assertThat(due(clock, DeadlineKind.PRELIMINARY_ASSESSMENT)).isEqualTo(local(2026, 4, 4, 0, 0));
    }

    @Test
    void investigationIsDueFourMonthsAfterOpening() {
        ReportClock clock = policy.on(
                started(MORNING),
                TestEvents.event(
                        "e1",
                        REPORT,
                        STOCKHOLM,
                        local(2026, 3, 20, 14, 0),
                        TestEvents.decisionPayload(InvestigationDecision.OPENED, LocalDate.of(2026, 3, 20), false)));
        assertThat(due(clock, DeadlineKind.INVESTIGATION)).isEqualTo(local(2026, 7, 21, 0, 0));
        assertThat(clock.deadline(DeadlineKind.PRELIMINARY_ASSESSMENT)
                        .orElseThrow()
                        .satisfied())
                .isTrue();
    }

    @Test
    void decisionNotToOpenStartsNoInvestigationClock() {
        ReportClock clock = policy.on(
                started(MORNING),
                TestEvents.decision(
                        REPORT, STOCKHOLM, local(2026, 3, 20, 14, 0), InvestigationDecision.NOT_OPENED, false));
        assertThat(clock.deadline(DeadlineKind.INVESTIGATION)).isEmpty();
    }

    @Test
    void alreadyOngoingInvestigationNeedsNoPreliminaryAssessmentAndStartsNoNewClock() {
        ReportClock clock = policy.on(
                started(MORNING),
                TestEvents.decision(
                        REPORT, STOCKHOLM, local(2026, 3, 12, 9, 0), InvestigationDecision.ALREADY_ONGOING, false));
        assertThat(clock.deadline(DeadlineKind.INVESTIGATION)).isEmpty();
        assertThat(clock.deadline(DeadlineKind.PRELIMINARY_ASSESSMENT)
                        .orElseThrow()
                        .satisfied())
                .isTrue();
    }

    @Test
    void investigationClosedSatisfiesTheInvestigationDeadline() {
        ReportClock opened = policy.on(
                started(MORNING),
                TestEvents.decision(REPORT, STOCKHOLM, local(2026, 3, 20, 14, 0), InvestigationDecision.OPENED, false));
        ReportClock closed = policy.on(opened, TestEvents.closed(REPORT, STOCKHOLM, local(2026, 6, 1, 10, 0)));
        assertThat(closed.deadline(DeadlineKind.INVESTIGATION).orElseThrow().satisfiedAt())
                .isEqualTo(local(2026, 6, 1, 10, 0));
        assertThat(policy.check(closed, local(2026, 12, 1, 0, 0)).deviations())
                .extracting(DeadlineDeviation::getDeadline)
                .containsExactlyInAnyOrder(DeadlineKind.DELIVERY_ACKNOWLEDGEMENT, DeadlineKind.PROTECTIVE_ASSESSMENT);
    }

    @Test
    void deliveryAcknowledgementIsDueWithinTheConfiguredTimeShorterForAcuteReports() {
        assertThat(due(policy.start(REPORT, STOCKHOLM, false, false, MORNING), DeadlineKind.DELIVERY_ACKNOWLEDGEMENT))
                .isEqualTo(MORNING.plus(Duration.ofHours(1)));
        assertThat(due(policy.start(REPORT, STOCKHOLM, true, false, MORNING), DeadlineKind.DELIVERY_ACKNOWLEDGEMENT))
                .isEqualTo(MORNING.plus(Duration.ofMinutes(15)));
    }

    @Test
    void unacknowledgedDeliveryRaisesAnAlarmOnce() {
        ReportClock clock = started(MORNING);
        Overdue first = policy.check(clock, MORNING.plus(Duration.ofMinutes(90)));
        assertThat(first.deviations()).singleElement().satisfies(deviation -> {
            assertThat(deviation.getDeadline()).isEqualTo(DeadlineKind.DELIVERY_ACKNOWLEDGEMENT);
            assertThat(deviation.getReportId()).isEqualTo(REPORT);
            assertThat(deviation.getMunicipalityCode()).isEqualTo(STOCKHOLM);
            assertThat(deviation.getDueAt()).isEqualTo(MORNING.plus(Duration.ofHours(1)));
            assertThat(deviation.getDetectedAt()).isEqualTo(MORNING.plus(Duration.ofMinutes(90)));
            assertThat(deviation.getOverdueByMillis())
                    .isEqualTo(Duration.ofMinutes(30).toMillis());
            assertThat(deviation.getDeviationId()).isEqualTo("report-1:delivery_acknowledgement");
        });
        assertThat(policy.check(first.clock(), MORNING.plus(Duration.ofMinutes(100)))
                        .deviations())
                .isEmpty();
    }

    @Test
    void missedDeadlineEmitsOneDeviationPerDeadlineOnce() {
        ReportClock clock = started(MORNING);
        Overdue late = policy.check(clock, local(2026, 4, 1, 0, 0));
        assertThat(late.deviations())
                .extracting(DeadlineDeviation::getDeadline)
                .containsExactly(
                        DeadlineKind.DELIVERY_ACKNOWLEDGEMENT,
                        DeadlineKind.PROTECTIVE_ASSESSMENT,
                        DeadlineKind.PRELIMINARY_ASSESSMENT);
        assertThat(policy.check(late.clock(), local(2026, 5, 1, 0, 0)).deviations())
                .isEmpty();
        ReportClock decidedLate = policy.on(
                late.clock(),
                TestEvents.decision(
                        REPORT, STOCKHOLM, local(2026, 4, 2, 10, 0), InvestigationDecision.NOT_OPENED, false));
        assertThat(policy.check(decidedLate, local(2026, 5, 1, 0, 0)).deviations())
                .isEmpty();
    }

    @Test
    void deadlineMetInTimeEmitsNothing() {
        ReportClock clock = started(MORNING);
        clock = policy.on(clock, TestEvents.received(REPORT, STOCKHOLM, MORNING.plus(Duration.ofMinutes(5))));
        clock = policy.on(clock, TestEvents.protectiveAssessment(REPORT, STOCKHOLM, local(2026, 3, 11, 15, 0)));
        clock = policy.on(
                clock,
                TestEvents.decision(
                        REPORT, STOCKHOLM, local(2026, 3, 25, 23, 59), InvestigationDecision.NOT_OPENED, false));
        Overdue result = policy.check(clock, local(2027, 1, 1, 0, 0));
        assertThat(result.deviations()).isEmpty();
        assertThat(result.clock().finished()).isTrue();
        assertThat(result.clock().nextCheckAt()).isEmpty();
    }

    @Test
    void deadlineMetLateStillEmitsADeviationSayingHowLate() {
        ReportClock clock = policy.on(
                started(MORNING), TestEvents.protectiveAssessment(REPORT, STOCKHOLM, local(2026, 3, 12, 3, 0)));
        Overdue result = policy.check(clock, local(2026, 3, 12, 9, 0));
        assertThat(result.deviations())
                .filteredOn(d -> d.getDeadline() == DeadlineKind.PROTECTIVE_ASSESSMENT)
                .singleElement()
                .satisfies(d -> assertThat(d.getOverdueByMillis())
                        .isEqualTo(Duration.ofHours(3).toMillis()));
    }

    @Test
    void checkBeforeAnyDueTimeEmitsNothing() {
        ReportClock clock = started(MORNING);
        Overdue result = policy.check(clock, MORNING.plus(Duration.ofMinutes(59)));
        assertThat(result.deviations()).isEmpty();
        assertThat(result.clock()).isEqualTo(clock);
        assertThat(clock.nextCheckAt()).contains(MORNING.plus(Duration.ofHours(1)));
    }

    @Test
    void transferStopsThisMunicipalitysClocks() {
        ReportClock clock = policy.on(
                started(MORNING),
                TestEvents.transferred(REPORT, STOCKHOLM, GOTEBORG, MORNING.plus(Duration.ofMinutes(30))));
        assertThat(clock.stopped()).isTrue();
        assertThat(policy.check(clock, local(2026, 6, 1, 0, 0)).deviations()).isEmpty();
        assertThat(clock.finished()).isTrue();
        ReportClock after =
                policy.on(clock, TestEvents.received(REPORT, STOCKHOLM, MORNING.plus(Duration.ofMinutes(40))));
        assertThat(after).isEqualTo(clock);
    }

    @Test
    void deadlineAlreadyMissedBeforeTheTransferIsStillReportedOnce() {
        ReportClock clock = policy.on(
                started(MORNING),
                TestEvents.transferred(REPORT, STOCKHOLM, GOTEBORG, MORNING.plus(Duration.ofHours(2))));
        Overdue result = policy.check(clock, local(2026, 6, 1, 0, 0));
        assertThat(result.deviations()).singleElement().satisfies(d -> {
            assertThat(d.getDeadline()).isEqualTo(DeadlineKind.DELIVERY_ACKNOWLEDGEMENT);
            assertThat(d.getOverdueByMillis()).isEqualTo(Duration.ofHours(1).toMillis());
        });
        assertThat(result.clock().finished()).isTrue();
    }

    @Test
    void eventsFromAnotherMunicipalitySatisfyNothing() {
        ReportClock clock = started(MORNING);
        assertThat(policy.on(clock, TestEvents.received(REPORT, GOTEBORG, MORNING.plusSeconds(60))))
                .isEqualTo(clock);
    }

    @Test
    void eventAboutAnotherReportIsAProgrammingError() {
        assertThatThrownBy(() -> policy.on(started(MORNING), TestEvents.received("report-2", STOCKHOLM, MORNING)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reporterFeedbackDeadlineIsOffByDefault() {
        assertThat(started(MORNING).deadline(DeadlineKind.REPORTER_FEEDBACK)).isEmpty();
    }

    @Test
    void overduePermittedFeedbackBecomesADeviation() {
        DeadlinePolicy threeWeeks =
                new DeadlinePolicy(DeadlineConfig.defaults().withReporterFeedback(Duration.ofDays(21)));
        ReportClock clock = threeWeeks.start(REPORT, STOCKHOLM, false, true, MORNING);
        assertThat(due(clock, DeadlineKind.REPORTER_FEEDBACK)).isEqualTo(MORNING.plus(Duration.ofDays(21)));
        List<DeadlineDeviation> deviations =
                threeWeeks.check(clock, MORNING.plus(Duration.ofDays(22))).deviations();
        assertThat(deviations).extracting(DeadlineDeviation::getDeadline).contains(DeadlineKind.REPORTER_FEEDBACK);
    }

    @Test
    void feedbackGivenInTimeMeetsTheFeedbackDeadline() {
        DeadlinePolicy threeWeeks =
                new DeadlinePolicy(DeadlineConfig.defaults().withReporterFeedback(Duration.ofDays(21)));
        ReportClock clock = threeWeeks.on(
                threeWeeks.start(REPORT, STOCKHOLM, false, true, MORNING),
                TestEvents.decision(
                        REPORT, STOCKHOLM, MORNING.plus(Duration.ofDays(10)), InvestigationDecision.OPENED, false));
        assertThat(threeWeeks.check(clock, MORNING.plus(Duration.ofDays(30))).deviations())
                .extracting(DeadlineDeviation::getDeadline)
                .doesNotContain(DeadlineKind.REPORTER_FEEDBACK);
    }

    @Test
    void withheldDecisionEndsTheFeedbackDeadline() {
        DeadlinePolicy threeWeeks =
                new DeadlinePolicy(DeadlineConfig.defaults().withReporterFeedback(Duration.ofDays(21)));
        CaseStatusEvent withheld = TestEvents.decision(
                REPORT, STOCKHOLM, MORNING.plus(Duration.ofDays(5)), InvestigationDecision.NOT_OPENED, true);
        ReportClock clock = threeWeeks.on(threeWeeks.start(REPORT, STOCKHOLM, false, true, MORNING), withheld);
        assertThat(threeWeeks.check(clock, MORNING.plus(Duration.ofDays(30))).deviations())
                .extracting(DeadlineDeviation::getDeadline)
                .doesNotContain(DeadlineKind.REPORTER_FEEDBACK);
    }

    @Test
    void reporterWithoutRightToFeedbackHasNoFeedbackDeadline() {
        DeadlinePolicy threeWeeks =
                new DeadlinePolicy(DeadlineConfig.defaults().withReporterFeedback(Duration.ofDays(21)));
        assertThat(threeWeeks.start(REPORT, STOCKHOLM, false, false, MORNING).deadline(DeadlineKind.REPORTER_FEEDBACK))
                .isEmpty();
    }

    @Test
    void routedReportCarriesTheAssessmentDueTimes() {
        ReportClock clock = started(MORNING);
        assertThat(clock.toAvroDeadlines().getProtectiveAssessmentDue()).isEqualTo(local(2026, 3, 12, 0, 0));
        assertThat(clock.toAvroDeadlines().getPreliminaryAssessmentDue()).isEqualTo(local(2026, 3, 26, 0, 0));
    }

    @Test
    void deviationCarriesTheAcuteFlag() {
        ReportClock clock = policy.start(REPORT, STOCKHOLM, true, false, MORNING);
        assertThat(policy.check(clock, MORNING.plus(Duration.ofMinutes(20))).deviations())
                .singleElement()
                .satisfies(d -> assertThat(d.getAcute()).isTrue());
    }

    @Test
    void repeatedEventKeepsTheFirstTimeTheDeadlineWasMet() {
        ReportClock once = policy.on(started(MORNING), TestEvents.received(REPORT, STOCKHOLM, MORNING.plusSeconds(60)));
        ReportClock twice = policy.on(once, TestEvents.received(REPORT, STOCKHOLM, MORNING.plusSeconds(7200)));
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void reportWaitingInClearingMustBeRoutedWithinTheClearingTimeShorterForAcuteReports() {
        ReportClock waiting = policy.startClearing(REPORT, false, MORNING);
        ReportClock acute = policy.startClearing(REPORT, true, MORNING);

        assertThat(waiting.inClearing()).isTrue();
        assertThat(waiting.municipalityCode()).isNull();
        assertThat(waiting.deadlines()).extracting(Deadline::kind).containsExactly(DeadlineKind.CLEARING_DECISION);
        assertThat(due(waiting, DeadlineKind.CLEARING_DECISION)).isEqualTo(MORNING.plus(Duration.ofHours(2)));
        assertThat(due(acute, DeadlineKind.CLEARING_DECISION)).isEqualTo(MORNING.plus(Duration.ofMinutes(15)));
    }

    @Test
    void reportWaitingInClearingTooLongRaisesOneClearingAlarmAndNoMunicipalDeviation() {
        ReportClock waiting = policy.startClearing(REPORT, true, MORNING);
        assertThat(policy.check(waiting, MORNING.plus(Duration.ofMinutes(10))).clearing())
                .isEmpty();

        Overdue first = policy.check(waiting, MORNING.plus(Duration.ofMinutes(40)));

        assertThat(first.deviations()).isEmpty();
        assertThat(first.clearing()).hasValueSatisfying(alarm -> {
            assertThat(alarm.getDeviationId()).isEqualTo("report-1:clearing_decision");
            assertThat(alarm.getReportId()).isEqualTo(REPORT);
            assertThat(alarm.getAcute()).isTrue();
            assertThat(alarm.getAcceptedAt()).isEqualTo(MORNING);
            assertThat(alarm.getDueAt()).isEqualTo(MORNING.plus(Duration.ofMinutes(15)));
            assertThat(alarm.getDetectedAt()).isEqualTo(MORNING.plus(Duration.ofMinutes(40)));
            assertThat(alarm.getOverdueByMillis())
                    .isEqualTo(Duration.ofMinutes(25).toMillis());
            assertThat(alarm.getRoutedTo()).isNull();
        });
        Overdue later = policy.check(first.clock(), MORNING.plus(Duration.ofDays(3)));
        assertThat(later.clearing()).isEmpty();
        assertThat(later.deviations()).isEmpty();
        assertThat(first.clock().finished())
                .as("kept until a person routes the report")
                .isFalse();
    }

    @Test
    void clearingDecisionAfterTheClearingTimeRaisesTheAlarmNamingWhereTheReportWent() {
        ReportClock waiting = policy.startClearing(REPORT, false, MORNING);

        assertThat(policy.leaveClearing(waiting, GOTEBORG, MORNING.plus(Duration.ofHours(3))))
                .hasValueSatisfying(alarm -> {
                    assertThat(alarm.getRoutedTo()).isEqualTo(GOTEBORG);
                    assertThat(alarm.getOverdueByMillis())
                            .isEqualTo(Duration.ofHours(1).toMillis());
                    assertThat(alarm.getDetectedAt()).isEqualTo(MORNING.plus(Duration.ofHours(3)));
                });
    }

    @Test
    void clearingDecisionInTimeOrAfterTheAlarmWentOutRaisesNothingMore() {
        ReportClock waiting = policy.startClearing(REPORT, false, MORNING);
        ReportClock alarmed =
                policy.check(waiting, MORNING.plus(Duration.ofHours(5))).clock();

        assertThat(policy.leaveClearing(waiting, GOTEBORG, MORNING.plus(Duration.ofHours(2))))
                .isEmpty();
        assertThat(policy.leaveClearing(alarmed, GOTEBORG, MORNING.plus(Duration.ofHours(6))))
                .isEmpty();
        assertThatThrownBy(() -> policy.leaveClearing(started(MORNING), GOTEBORG, MORNING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no clearing clock");
    }

    @Test
    void statusEventsMeetNoDeadlineOfAReportInClearing() {
        ReportClock waiting = policy.startClearing(REPORT, false, MORNING);
        assertThat(policy.on(waiting, TestEvents.received(REPORT, STOCKHOLM, MORNING.plusSeconds(60))))
                .isEqualTo(waiting);
    }

    @Test
    void configurationRejectsNonPositiveDeadlines() {
        assertThatThrownBy(() -> DeadlineConfig.defaults().withReporterFeedback(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
