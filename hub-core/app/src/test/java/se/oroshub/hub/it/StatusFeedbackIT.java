package se.oroshub.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.fixtures.TestEvents;
import se.oroshub.schemas.fixtures.TestReport;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/**
 * On the real broker: a whole status sequence from social services produces exactly the permitted notification on
 * the reporting organisation's own topic, and nothing else.
 */
@RealKafka
class StatusFeedbackIT {

    private static final String STOCKHOLM = "0180";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void aStatusSequenceProducesExactlyThePermittedNotification(KafkaTestEnvironment kafka) {
        Random random = new Random(180);
        OrganisationId school = TestReport.school(random);
        ConcernReport report = TestReport.report()
                .freshId()
                .organisation(school)
                .registeredIn(STOCKHOLM)
                .bornOn(LocalDate.of(2017, 4, 9), random)
                .submittedAt(Instant.now())
                .build();
        LocalDate decidedOn = LocalDate.now().plusDays(3);
        CaseStatusEvent closed = TestEvents.event(
                report.getReportId(), STOCKHOLM, Instant.now(), TestEvents.closedPayload(decidedOn.plusDays(40)));
        // Stockholm's social services create their status-event topic, as their connector does at start-up.
        kafka.createTopics(Topics.MUNICIPALITY_STATUS_EVENTS.of(STOCKHOLM));
        try (HubInstance hub = HubInstance.start(kafka, ConnectorProducer.mandate(school));
                KafkaProducer<String, SpecificRecord> producer = ConnectorProducer.open(kafka)) {
            ConnectorProducer.send(producer, ConnectorProducer.INTAKE, report.getReportId(), report);
            await().atMost(PATIENCE)
                    .until(() -> kafka.consume(ConnectorProducer.RECEIPTS, "it-feedback-receipts", 1, PATIENCE).stream()
                            .anyMatch(r -> r.key().equals(report.getReportId())));

            for (CaseStatusEvent event : List.of(
                    TestEvents.received(report.getReportId(), STOCKHOLM, Instant.now()),
                    TestEvents.protectiveAssessment(report.getReportId(), STOCKHOLM, Instant.now()),
                    TestEvents.event(
                            report.getReportId(),
                            STOCKHOLM,
                            Instant.now(),
                            TestEvents.decisionPayload(InvestigationDecision.OPENED, decidedOn, false)),
                    closed)) {
                ConnectorProducer.send(
                        producer, ConnectorProducer.statusEvents(STOCKHOLM), report.getReportId(), event);
            }

            // The last event's audit entry is committed after everything the earlier events produced.
            await().atMost(PATIENCE)
                    .until(() -> kafka.consume(Topics.AUDIT, "it-feedback-audit", 1, PATIENCE).stream()
                            .anyMatch(r -> r.value().getAction() == AuditAction.SUPPRESSED_BY_POLICY
                                    && closed.getEventId()
                                            .equals(r.value().getAttributes().get("eventId"))));

            List<ConsumerRecord<String, ReporterNotification>> feedback =
                    TopicContents.readAll(kafka, Topics.feedbackTopic(school));
            assertThat(feedback).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo(report.getReportId());
                assertThat(record.value().getReportId()).isEqualTo(report.getReportId());
                assertThat(record.value().getReportingOrganisation()).isEqualTo(school);
                assertThat(record.value().getDecision()).isEqualTo(InvestigationDecision.OPENED);
                assertThat(record.value().getDecisionDate()).isEqualTo(decidedOn);
                assertThat(record.headers().toArray()).isEmpty();
            });
        }
    }
}
