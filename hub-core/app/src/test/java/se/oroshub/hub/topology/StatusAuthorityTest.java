package se.oroshub.hub.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.GOTEBORG;
import static se.oroshub.schemas.fixtures.TestReport.MALMO;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.hub.rules.audit.AuditChain;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.fixtures.TestEvents;
import se.oroshub.schemas.topics.Topics;

/**
 * Only the social services a report is routed to may speak about it: an event from another municipality, or about a
 * report the hub does not know, is rejected to the dead-letter topic and audited, and reaches no reporter.
 */
class StatusAuthorityTest {

    private final HubDriver hub = new HubDriver();

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void aStatusEventFromTheWrongMunicipalityIsRejectedAndAudited() {
        ConcernReport report = HubDriver.report().build();
        hub.submit(report);
        CaseStatusEvent intruding = TestEvents.decision(
                report.getReportId(),
                GOTEBORG,
                HubDriver.START.plus(Duration.ofDays(2)),
                InvestigationDecision.OPENED,
                false);

        hub.publish(intruding);

        assertThat(hub.values(Topics.DEAD_LETTER)).singleElement().satisfies(rejection -> {
            assertThat(rejection.getReason()).isEqualTo(RejectionReason.WRONG_MUNICIPALITY);
            assertThat(rejection.getField()).isEqualTo("municipalityCode");
            assertThat(rejection.getReportId()).isEqualTo(report.getReportId());
            assertThat(rejection.getSourceTopic())
                    .isEqualTo(Topics.MUNICIPALITY_STATUS_EVENTS.of(GOTEBORG).name());
        });
        assertThat(hub.values(Topics.AUDIT))
                .filteredOn(a -> a.getAction() == AuditAction.STATUS_REJECTED)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getReasonCode()).isEqualTo("wrong_municipality");
                    assertThat(a.getAttributes()).containsEntry("claimedMunicipality", GOTEBORG);
                });
        assertThat(hub.producedTopicNames()).noneMatch(name -> name.endsWith(".feedback"));
    }

    @Test
    void aStatusEventAboutAnUnknownReportIsRejected() {
        String unknown = UUID.randomUUID().toString();

        hub.publish(TestEvents.received(unknown, STOCKHOLM, HubDriver.START));

        assertThat(hub.values(Topics.DEAD_LETTER))
                .singleElement()
                .satisfies(r -> assertThat(r.getReason()).isEqualTo(RejectionReason.UNKNOWN_REPORT));
        assertThat(hub.values(Topics.AUDIT))
                .extracting(AuditRecord::getAction)
                .containsExactly(AuditAction.STATUS_REJECTED);
    }

    @Test
    void anUndecodableStatusEventGoesToTheDeadLetterTopic() {
        hub.publishRaw(STOCKHOLM, UUID.randomUUID().toString(), new byte[] {1, 2, 3});

        assertThat(hub.values(Topics.DEAD_LETTER)).singleElement().satisfies(r -> {
            assertThat(r.getReason()).isEqualTo(RejectionReason.UNDECODABLE);
            assertThat(r.getSourceTopic())
                    .isEqualTo(Topics.MUNICIPALITY_STATUS_EVENTS.of(STOCKHOLM).name());
        });
    }

    @Test
    void aStatusEventWhoseKeyIsNotItsReportIdIsRefused() {
        ConcernReport report = HubDriver.report().build();
        hub.submit(report);
        CaseStatusEvent event = TestEvents.received(report.getReportId(), STOCKHOLM, HubDriver.START);

        String topic = Topics.MUNICIPALITY_STATUS_EVENTS.of(STOCKHOLM).name();
        hub.publishRaw(STOCKHOLM, UUID.randomUUID().toString(), hub.encode(topic, event));

        assertThat(hub.values(Topics.DEAD_LETTER)).singleElement().satisfies(r -> {
            assertThat(r.getReason()).isEqualTo(RejectionReason.INVALID_STATUS_EVENT);
            assertThat(r.getField()).isEqualTo("reportId");
        });
    }

    @Test
    void afterATransferOnlyTheReceivingMunicipalityMaySpeak() {
        ConcernReport report = HubDriver.report().build();
        hub.submit(report);
        hub.publish(TestEvents.transferred(
                report.getReportId(), STOCKHOLM, MALMO, HubDriver.START.plus(Duration.ofDays(1))));

        hub.publish(TestEvents.protectiveAssessment(
                report.getReportId(), STOCKHOLM, HubDriver.START.plus(Duration.ofDays(2))));
        hub.publish(
                TestEvents.protectiveAssessment(report.getReportId(), MALMO, HubDriver.START.plus(Duration.ofDays(2))));

        assertThat(hub.values(Topics.DEAD_LETTER))
                .singleElement()
                .satisfies(r -> assertThat(r.getReason()).isEqualTo(RejectionReason.WRONG_MUNICIPALITY));
        assertThat(hub.values(Topics.AUDIT))
                .filteredOn(a -> a.getAction() == AuditAction.STATUS_RECORDED)
                .extracting(a -> AuditChain.ownerOf(a.getChain()))
                .containsExactly(STOCKHOLM, MALMO);
    }
}
