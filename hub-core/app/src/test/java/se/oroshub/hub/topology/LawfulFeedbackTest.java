package se.oroshub.hub.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.hub.topology.TestReports.STOCKHOLM;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.CaseOfficerChanged;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationClosed;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.topics.Topics;

/**
 * The feedback rule (old SoL 14 kap. 1 b §, OSL 26 kap. 9 a §): a mandatory reporter's organisation may learn only
 * whether an investigation was opened, not opened or is already ongoing, and when; private and anonymous reporters get
 * nothing but the receipt; a withheld decision produces nothing; every other event stays with social services.
 */
class LawfulFeedbackTest {

    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 20);

    private final HubDriver hub = new HubDriver();

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void aStatusSequenceProducesExactlyThePermittedNotification() {
        ConcernReport report = TestReports.report();
        hub.submit(report);

        CaseStatusEvent decision = TestReports.event(report.getReportId(), STOCKHOLM,
                TestReports.decision(InvestigationDecision.OPENED, DECIDED_ON, false), at(10));
        fullSequence(report, decision);

        List<KeyValue<String, ReporterNotification>> feedback = hub.read(Topics.feedbackTopic(TestReports.SCHOOL));
        assertThat(feedback).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo(report.getReportId());
            assertThat(kv.value.getReportId()).isEqualTo(report.getReportId());
            assertThat(kv.value.getReportingOrganisation()).isEqualTo(TestReports.SCHOOL);
            assertThat(kv.value.getDecision()).isEqualTo(InvestigationDecision.OPENED);
            assertThat(kv.value.getDecisionDate()).isEqualTo(DECIDED_ON);
        });
        assertThat(hub.producedTopicNames()).filteredOn(name -> name.endsWith(".feedback"))
                .containsExactly(Topics.feedbackTopic(TestReports.SCHOOL).name());
        assertThat(hub.provisioned()).contains(Topics.feedbackTopic(TestReports.SCHOOL).name());
        List<AuditRecord> audit = hub.values(Topics.AUDIT);
        assertThat(audit).filteredOn(a -> a.getAction() == AuditAction.NOTIFIED).hasSize(1);
        assertThat(audit).filteredOn(a -> a.getAction() == AuditAction.SUPPRESSED_BY_POLICY)
                .extracting(AuditRecord::getReasonCode).containsOnly("not_a_decision").hasSize(4);
    }

    @Test
    void aRedeliveredDecisionNotifiesOnlyOnce() {
        ConcernReport report = TestReports.report();
        hub.submit(report);
        CaseStatusEvent decision = TestReports.event(report.getReportId(), STOCKHOLM,
                TestReports.decision(InvestigationDecision.NOT_OPENED, DECIDED_ON, false), at(10));

        hub.publish(decision);
        hub.publish(CaseStatusEvent.newBuilder(decision).build());

        assertThat(hub.values(Topics.feedbackTopic(TestReports.SCHOOL))).singleElement()
                .satisfies(n -> assertThat(n.getDecision()).isEqualTo(InvestigationDecision.NOT_OPENED));
    }

    @Test
    void privateAndAnonymousReportersGetNothingButTheReceipt() {
        ConcernReport anonymous = TestReports.anonymous(TestReports.report());
        ConcernReport privatePerson = TestReports.privatePerson(TestReports.report());
        hub.submit(anonymous);
        hub.submit(privatePerson);

        for (ConcernReport report : List.of(anonymous, privatePerson)) {
            fullSequence(report, TestReports.event(report.getReportId(), STOCKHOLM,
                    TestReports.decision(InvestigationDecision.ALREADY_ONGOING, DECIDED_ON, false), at(10)));
        }

        assertThat(hub.values(Topics.RECEIPTS)).hasSize(2)
                .allSatisfy(receipt -> assertThat(receipt.getReportingOrganisation()).isNull());
        assertThat(hub.producedTopicNames()).noneMatch(name -> name.endsWith(".feedback"));
        assertThat(hub.values(Topics.AUDIT)).filteredOn(a -> a.getAction() == AuditAction.SUPPRESSED_BY_POLICY)
                .extracting(AuditRecord::getReasonCode).containsOnly("reporter_not_mandatory").hasSize(10);
    }

    @Test
    void aWithheldDecisionProducesNothing() {
        ConcernReport report = TestReports.report();
        hub.submit(report);

        fullSequence(report, TestReports.event(report.getReportId(), STOCKHOLM,
                TestReports.decision(InvestigationDecision.OPENED, DECIDED_ON, true), at(10)));

        assertThat(hub.producedTopicNames()).noneMatch(name -> name.endsWith(".feedback"));
        assertThat(hub.values(Topics.AUDIT)).filteredOn(a -> a.getAction() == AuditAction.SUPPRESSED_BY_POLICY)
                .extracting(AuditRecord::getReasonCode).contains("decision_withheld");
    }

    /** Received, protective assessment, the given decision, case officer changed, investigation closed. */
    private void fullSequence(ConcernReport report, CaseStatusEvent decision) {
        String id = report.getReportId();
        hub.publish(TestReports.event(id, STOCKHOLM, TestReports.received(), at(0)));
        hub.publish(TestReports.event(id, STOCKHOLM, TestReports.protectiveAssessment(), at(0)));
        hub.publish(decision);
        hub.publish(TestReports.event(id, STOCKHOLM, CaseOfficerChanged.newBuilder()
                .setCaseOfficerRef("officer-17").setTookOverOn(DECIDED_ON.plusDays(3)).build(), at(13)));
        hub.publish(TestReports.event(id, STOCKHOLM, InvestigationClosed.newBuilder()
                .setClosedOn(DECIDED_ON.plusDays(60)).build(), at(70)));
    }

    private static Instant at(int days) {
        return HubDriver.START.plus(Duration.ofDays(days));
    }
}
