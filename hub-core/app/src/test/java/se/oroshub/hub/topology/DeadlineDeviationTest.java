package se.oroshub.hub.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.hub.rules.deadline.DeadlinePolicy;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.DeadlineDeviation;
import se.oroshub.schemas.avro.DeadlineKind;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.fixtures.TestEvents;
import se.oroshub.schemas.topics.Topics;

/**
 * Deadlines are tracked, not just recorded: a deadline that passes without its event becomes a deviation on the
 * municipality's deviation topic, once per report and deadline, saying by how much; a deadline met in time does not.
 */
class DeadlineDeviationTest {

    private final HubDriver hub = new HubDriver();

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void missedDeadlinesAreEmittedOnceEachWithHowLate() {
        ConcernReport report = HubDriver.report().build();
        hub.submit(report);

        hub.advanceWallClock(Duration.ofHours(2));
        hub.advanceWallClock(Duration.ofHours(2));
        hub.advanceWallClock(Duration.ofDays(2));
        hub.advanceWallClock(Duration.ofDays(20));
        hub.advanceWallClock(Duration.ofDays(1));

        List<DeadlineDeviation> deviations = hub.values(Topics.MUNICIPALITY_DEVIATIONS.of(STOCKHOLM));
        assertThat(deviations)
                .extracting(DeadlineDeviation::getDeadline)
                .containsExactly(
                        DeadlineKind.DELIVERY_ACKNOWLEDGEMENT,
                        DeadlineKind.PROTECTIVE_ASSESSMENT,
                        DeadlineKind.PRELIMINARY_ASSESSMENT);
        assertThat(deviations).allSatisfy(d -> {
            assertThat(d.getReportId()).isEqualTo(report.getReportId());
            assertThat(d.getMunicipalityCode()).isEqualTo(STOCKHOLM);
            assertThat(d.getOverdueByMillis()).isPositive();
            assertThat(d.getDetectedAt()).isAfter(d.getDueAt());
        });
        assertThat(hub.provisioned())
                .contains(Topics.MUNICIPALITY_DEVIATIONS.of(STOCKHOLM).name());
        assertThat(hub.values(Topics.AUDIT))
                .filteredOn(a -> a.getAction() == AuditAction.DEADLINE_MISSED)
                .extracting(AuditRecord::getReasonCode)
                .containsExactly("delivery_acknowledgement", "protective_assessment", "preliminary_assessment");
    }

    @Test
    void aStormOfMissedDeadlinesIsWorkedOffInSlicesBetweenTheReportsEachDeviationOnce() {
        int storm = DeadlinePunctuator.MAX_DUE_PER_CHECK * 2 + 100;
        DeadlinePolicy policy = new DeadlinePolicy(HubDriver.defaultConfig().deadlines());
        List<String> overdue =
                Stream.generate(() -> UUID.randomUUID().toString()).limit(storm).toList();
        DeadlineClocks clocks = hub.deadlineClocks();
        overdue.forEach(id -> clocks.put(policy.start(id, STOCKHOLM, false, true, HubDriver.START)));

        hub.advanceWallClock(Duration.ofHours(2));
        List<DeadlineDeviation> firstSlice = acknowledgementDeviations();
        ConcernReport arriving = HubDriver.report().build();
        hub.submit(arriving);
        List<RoutedReport> routedMeanwhile = hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM));
        for (int i = 0; i < 5; i++) {
            hub.advanceWallClock(DeadlinePunctuator.CATCH_UP_INTERVAL);
        }
        List<DeadlineDeviation> caughtUp = acknowledgementDeviations();

        assertThat(firstSlice).isNotEmpty().hasSizeLessThanOrEqualTo(DeadlinePunctuator.MAX_DUE_PER_CHECK);
        assertThat(routedMeanwhile)
                .as("a report arriving during the storm is routed before the storm is worked off")
                .extracting(RoutedReport::getReportId)
                .containsExactly(arriving.getReportId());
        assertThat(Stream.concat(firstSlice.stream(), caughtUp.stream())
                        .map(DeadlineDeviation::getReportId)
                        .filter(id -> !id.equals(arriving.getReportId())))
                .containsExactlyInAnyOrderElementsOf(overdue);
    }

    private List<DeadlineDeviation> acknowledgementDeviations() {
        return hub.values(Topics.MUNICIPALITY_DEVIATIONS.of(STOCKHOLM)).stream()
                .filter(d -> d.getDeadline() == DeadlineKind.DELIVERY_ACKNOWLEDGEMENT)
                .toList();
    }

    @Test
    void aConfiguredFeedbackDeadlineMissedForAnEntitledReporterIsADeviation() {
        HubTopologyConfig base = HubDriver.defaultConfig();
        HubTopologyConfig withFeedbackDeadline = new HubTopologyConfig(
                base.municipalities(),
                base.triage(),
                base.deadlines().withReporterFeedback(Duration.ofDays(7)),
                base.pseudonyms(),
                base.linkingWindowDays(),
                base.deadlineCheckInterval(),
                base.internalTopicPartitions(),
                base.mandates(),
                base.statusMunicipalities());
        try (HubDriver feedbackHub = new HubDriver(withFeedbackDeadline)) {
            ConcernReport school = HubDriver.report().build();
            ConcernReport anonymous =
                    HubDriver.report().reporter(ReporterKind.ANONYMOUS).build();
            feedbackHub.submit(school);
            feedbackHub.submit(anonymous);

            feedbackHub.advanceWallClock(Duration.ofDays(8));

            assertThat(feedbackHub.values(Topics.MUNICIPALITY_DEVIATIONS.of(STOCKHOLM)))
                    .filteredOn(d -> d.getDeadline() == DeadlineKind.REPORTER_FEEDBACK)
                    .singleElement()
                    .satisfies(d -> assertThat(d.getReportId()).isEqualTo(school.getReportId()));
        }
    }

    @Test
    void deadlinesMetInTimeProduceNoDeviation() {
        ConcernReport report = HubDriver.report().build();
        hub.submit(report);
        String id = report.getReportId();

        hub.publish(TestEvents.received(id, STOCKHOLM, HubDriver.START.plusSeconds(600)));
        hub.publish(TestEvents.protectiveAssessment(id, STOCKHOLM, HubDriver.START.plusSeconds(3600)));
        hub.publish(TestEvents.decision(
                id, STOCKHOLM, HubDriver.START.plus(Duration.ofDays(5)), InvestigationDecision.NOT_OPENED, false));
        hub.advanceWallClock(Duration.ofDays(30));

        assertThat(hub.producedTopicNames()).noneMatch(name -> name.endsWith(".deviations"));
    }

    @Test
    void anOpenedInvestigationThatRunsPastItsLimitIsADeviation() {
        ConcernReport report = HubDriver.report().build();
        hub.submit(report);
        String id = report.getReportId();
        hub.publish(TestEvents.received(id, STOCKHOLM, HubDriver.START.plusSeconds(60)));
        hub.publish(TestEvents.protectiveAssessment(id, STOCKHOLM, HubDriver.START.plusSeconds(120)));
        hub.publish(TestEvents.decision(
                id, STOCKHOLM, HubDriver.START.plus(Duration.ofDays(2)), InvestigationDecision.OPENED, false));

        hub.advanceWallClock(Duration.ofDays(100));
        hub.advanceWallClock(Duration.ofDays(30));
        hub.advanceWallClock(Duration.ofDays(30));

        assertThat(hub.values(Topics.MUNICIPALITY_DEVIATIONS.of(STOCKHOLM)))
                .extracting(DeadlineDeviation::getDeadline)
                .containsExactly(DeadlineKind.INVESTIGATION);
    }
}
