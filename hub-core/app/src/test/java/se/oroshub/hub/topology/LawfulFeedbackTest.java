package se.oroshub.hub.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.fixtures.TestEvents;
import se.oroshub.schemas.fixtures.TestReport;
import se.oroshub.schemas.topics.Topics;

/**
 * The feedback rule (old SoL 14 kap. 1 b §, OSL 26 kap. 9 a §): a mandatory reporter's organisation may learn only
 * whether an investigation was opened, not opened or is already ongoing, and when; private and anonymous reporters get
 * nothing but the receipt; a withheld decision produces nothing; every other event stays with social services.
 */
class LawfulFeedbackTest {

    /** The day of {@code at(10)}, when social services take the decision in these tests. */
    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 20);

    private final HubDriver hub = new HubDriver();

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void aStatusSequenceProducesExactlyThePermittedNotification() {
        ConcernReport report = HubDriver.report().build();
        hub.submit(report);

        CaseStatusEvent decision =
                TestEvents.decision(report.getReportId(), STOCKHOLM, at(10), InvestigationDecision.OPENED, false);
        fullSequence(report, decision);

        List<KeyValue<String, ReporterNotification>> feedback = hub.read(Topics.feedbackTopic(TestReport.SCHOOL));
        assertThat(feedback).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo(report.getReportId());
            assertThat(kv.value.getReportId()).isEqualTo(report.getReportId());
            assertThat(kv.value.getReportingOrganisation()).isEqualTo(TestReport.SCHOOL);
            assertThat(kv.value.getDecision()).isEqualTo(InvestigationDecision.OPENED);
            assertThat(kv.value.getDecisionDate()).isEqualTo(DECIDED_ON);
        });
        assertThat(hub.producedTopicNames())
                .filteredOn(name -> name.endsWith(".feedback"))
                .containsExactly(Topics.feedbackTopic(TestReport.SCHOOL).name());
        assertThat(hub.provisioned())
                .contains(Topics.feedbackTopic(TestReport.SCHOOL).name());
        List<AuditRecord> audit = hub.values(Topics.AUDIT);
        assertThat(audit).filteredOn(a -> a.getAction() == AuditAction.NOTIFIED).hasSize(1);
        assertThat(audit)
                .filteredOn(a -> a.getAction() == AuditAction.SUPPRESSED_BY_POLICY)
                .extracting(AuditRecord::getReasonCode)
                .containsOnly("not_a_decision")
                .hasSize(4);
    }

    @Test
    void aRedeliveredDecisionNotifiesOnlyOnce() {
        ConcernReport report = HubDriver.report().build();
        hub.submit(report);
        CaseStatusEvent decision =
                TestEvents.decision(report.getReportId(), STOCKHOLM, at(10), InvestigationDecision.NOT_OPENED, false);

        hub.publish(decision);
        hub.publish(CaseStatusEvent.newBuilder(decision).build());

        assertThat(hub.values(Topics.feedbackTopic(TestReport.SCHOOL)))
                .singleElement()
                .satisfies(n -> assertThat(n.getDecision()).isEqualTo(InvestigationDecision.NOT_OPENED));
    }

    @Test
    void privateAndAnonymousReportersGetNothingButTheReceipt() {
        ConcernReport anonymous =
                HubDriver.report().reporter(ReporterKind.ANONYMOUS).build();
        ConcernReport privatePerson =
                HubDriver.report().reporter(ReporterKind.PRIVATE_PERSON).build();
        hub.submit(anonymous);
        hub.submit(privatePerson);

        for (ConcernReport report : List.of(anonymous, privatePerson)) {
            fullSequence(
                    report,
                    TestEvents.decision(
                            report.getReportId(), STOCKHOLM, at(10), InvestigationDecision.ALREADY_ONGOING, false));
        }

        assertThat(hub.values(HubDriver.RECEIPTS))
                .hasSize(2)
                .allSatisfy(receipt ->
                        assertThat(receipt.getReportingOrganisation()).isNull());
        assertThat(hub.producedTopicNames()).noneMatch(name -> name.endsWith(".feedback"));
        assertThat(hub.values(Topics.AUDIT))
                .filteredOn(a -> a.getAction() == AuditAction.SUPPRESSED_BY_POLICY)
                .extracting(AuditRecord::getReasonCode)
                .containsOnly("reporter_not_mandatory")
                .hasSize(10);
    }

    @Test
    void aWithheldDecisionProducesNothing() {
        ConcernReport report = HubDriver.report().build();
        hub.submit(report);

        fullSequence(
                report,
                TestEvents.decision(report.getReportId(), STOCKHOLM, at(10), InvestigationDecision.OPENED, true));

        assertThat(hub.producedTopicNames()).noneMatch(name -> name.endsWith(".feedback"));
        assertThat(hub.values(Topics.AUDIT))
                .filteredOn(a -> a.getAction() == AuditAction.SUPPRESSED_BY_POLICY)
                .extracting(AuditRecord::getReasonCode)
                .contains("decision_withheld");
    }

    /** Received, protective assessment, the given decision, case officer changed, investigation closed. */
    private void fullSequence(ConcernReport report, CaseStatusEvent decision) {
        String id = report.getReportId();
        hub.publish(TestEvents.received(id, STOCKHOLM, at(0)));
        hub.publish(TestEvents.protectiveAssessment(id, STOCKHOLM, at(0)));
        hub.publish(decision);
        hub.publish(TestEvents.officerChanged(id, STOCKHOLM, at(13)));
        hub.publish(TestEvents.closed(id, STOCKHOLM, at(70)));
    }

    private static Instant at(int days) {
        return HubDriver.START.plus(Duration.ofDays(days));
    }
}
