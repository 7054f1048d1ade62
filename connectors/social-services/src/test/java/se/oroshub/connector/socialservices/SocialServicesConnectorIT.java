package se.oroshub.connector.socialservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import se.oroshub.connector.socialservices.events.StatusEvents;
import se.oroshub.connector.socialservices.inbox.InboxItem;
import se.oroshub.connector.socialservices.inbox.InboxProjection;
import se.oroshub.connector.socialservices.inbox.InboxStore;
import se.oroshub.connector.socialservices.support.ConnectorIntegrationTest;
import se.oroshub.connector.socialservices.support.TestReports;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.DeadlineDeviation;
import se.oroshub.schemas.avro.DeadlineKind;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.ReportReceived;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SocialServicesConnectorIT extends ConnectorIntegrationTest {

    private final TestReports reports = new TestReports(System.nanoTime());
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aRoutedReportIsDeliveredToTheCaseSystemAndItsAcknowledgementLandsOnStatusEvents(KafkaTestEnvironment kafka) {
        RoutedReport report = reports.routed("1480", true);

        route(kafka, report);

        List<CaseStatusEvent> received = awaitRecords(
                kafka,
                Topics.MUNICIPALITY_STATUS_EVENTS.of("1480"),
                e -> e.getReportId().equals(report.getReportId()) && e.getPayload() instanceof ReportReceived);
        CaseStatusEvent event = received.get(0);
        assertThat(event.getEventId()).isEqualTo(StatusEvents.receivedEventId(report.getReportId()));
        assertThat(event.getMunicipalityCode()).isEqualTo("1480");
        assertThat(((ReportReceived) event.getPayload()).getSystemReference())
                .isNotNull()
                .isEqualTo(GOTEBORG.registered().get(report.getReportId()));
        assertThat(GOTEBORG.requests())
                .filteredOn(r -> report.getReportId().equals(r.idempotencyKey()))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.body())
                        .contains(report.getReport().getChild().getGivenName()));
    }

    @Test
    void aStatusEventPostedOverHttpLandsOnStatusEvents(KafkaTestEnvironment kafka) throws Exception {
        String reportId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();

        HttpResponse<String> response = postJson(
                "/api/v1/status-events", "case-system-1480", "status-secret", """
                {"eventId":"%s","reportId":"%s","municipalityCode":"1480","type":"INVESTIGATION_DECISION_MADE",
                 "decision":"OPENED","decisionDate":"2026-11-20","withholdFeedback":false}""".formatted(eventId, reportId));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json.readTree(response.body()).path("eventId").asString()).isEqualTo(eventId);
        CaseStatusEvent event = awaitRecords(
                        kafka,
                        Topics.MUNICIPALITY_STATUS_EVENTS.of("1480"),
                        e -> e.getEventId().equals(eventId))
                .get(0);
        assertThat(event.getReportId()).isEqualTo(reportId);
        assertThat(event.getMunicipalityCode()).isEqualTo("1480");
        assertThat(((InvestigationDecisionMade) event.getPayload()).getDecision())
                .isEqualTo(InvestigationDecision.OPENED);
    }

    @Test
    void aStatusEventIsRefusedForAnotherMunicipalityAndForBadInputWithFieldErrors() throws Exception {
        String reportId = UUID.randomUUID().toString();

        HttpResponse<String> otherMunicipality =
                postJson("/api/v1/status-events", "case-system-1480", "status-secret", """
                {"eventId":"%s","reportId":"%s","municipalityCode":"1280","type":"REPORT_RECEIVED"}""".formatted(
                                UUID.randomUUID(), reportId));
        HttpResponse<String> invalid =
                postJson("/api/v1/status-events", "case-system-1480", "status-secret", """
                {"reportId":"%s","municipalityCode":"1480","type":"INVESTIGATION_DECISION_MADE","decision":"MAYBE"}""".formatted(reportId));
        HttpResponse<String> wrongPassword = postJson(
                "/api/v1/status-events", "case-system-1480", "guess", """
                {"eventId":"%s","reportId":"%s","municipalityCode":"1480","type":"REPORT_RECEIVED"}""".formatted(UUID.randomUUID(), reportId));

        assertThat(otherMunicipality.statusCode()).isEqualTo(403);
        assertThat(invalid.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(invalid.body()).path("errors");
        assertThat(errors.valueStream()
                        .map(e -> e.path("field").asString() + "="
                                + e.path("code").asString()))
                .containsExactlyInAnyOrder(
                        "eventId=missing_field", "decision=invalid_field", "decisionDate=missing_field");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
    }

    @Test
    void aCaseSystemThatIsDownRaisesTheAlarmWithoutHoldingUpAnotherMunicipality(KafkaTestEnvironment kafka)
            throws Exception {
        RoutedReport stuck = reports.routed("1280", true);
        RoutedReport flowing = reports.routed("1480", false);

        route(kafka, stuck);
        route(kafka, flowing);

        DeadlineDeviation alarm = awaitRecords(
                        kafka,
                        Topics.MUNICIPALITY_DEVIATIONS.of("1280"),
                        d -> d.getReportId().equals(stuck.getReportId()))
                .get(0);
        assertThat(alarm.getDeadline()).isEqualTo(DeadlineKind.DELIVERY_ACKNOWLEDGEMENT);
        assertThat(alarm.getDeviationId()).isEqualTo(StatusEvents.deliveryAlarmId(stuck.getReportId()));
        awaitRecords(
                kafka,
                Topics.MUNICIPALITY_STATUS_EVENTS.of("1480"),
                e -> e.getReportId().equals(flowing.getReportId()) && e.getPayload() instanceof ReportReceived);

        JsonNode health = json.readTree(operatorGet("/actuator/health").body());
        JsonNode delivery = health.path("components").path("caseManagementDelivery");
        assertThat(delivery.path("status").asString()).isEqualTo("DOWN");
        assertThat(delivery.path("details")
                        .path("1280")
                        .path("alarms")
                        .valueStream()
                        .map(JsonNode::asString))
                .contains(stuck.getReportId());
        assertThat(operatorGet("/actuator/circuitbreakers").body()).contains("case-management-1280");
        assertThat(operatorGet("/actuator/retries").body()).contains("case-management-1280");
        assertThat(MALMO.requests()).isEmpty();
    }

    @Test
    void eachReportStuckOnItsOwnPartitionRaisesItsOwnAlarmWhileTheCaseSystemIsDown(KafkaTestEnvironment kafka)
            throws Exception {
        RoutedReport onPartition0 = reports.routed("1281", false);
        RoutedReport onPartition1 = reports.routed("1281", false);
        RoutedReport onPartition2 = reports.routed("1281", true);

        route(kafka, onPartition0, 0);
        route(kafka, onPartition1, 1);
        route(kafka, onPartition2, 2);

        for (RoutedReport stuck : List.of(onPartition0, onPartition1, onPartition2)) {
            DeadlineDeviation alarm = awaitRecords(
                            kafka,
                            Topics.MUNICIPALITY_DEVIATIONS.of("1281"),
                            d -> d.getReportId().equals(stuck.getReportId()))
                    .get(0);
            assertThat(alarm.getDeadline()).isEqualTo(DeadlineKind.DELIVERY_ACKNOWLEDGEMENT);
            assertThat(alarm.getDeviationId()).isEqualTo(StatusEvents.deliveryAlarmId(stuck.getReportId()));
            assertThat(alarm.getDueAt()).isAfterOrEqualTo(stuck.getRoutedAt().plusSeconds(1));
        }
        JsonNode lund = json.readTree(operatorGet("/actuator/health").body())
                .path("components")
                .path("caseManagementDelivery")
                .path("details")
                .path("1281");
        assertThat(lund.path("alarms").valueStream().map(JsonNode::asString))
                .contains(onPartition0.getReportId(), onPartition1.getReportId(), onPartition2.getReportId());
        assertThat(lund.path("pending")
                        .valueStream()
                        .map(p -> p.path("reportId").asString()))
                .contains(onPartition0.getReportId(), onPartition1.getReportId(), onPartition2.getReportId());
        assertThat(LUND.requests()).isEmpty();
    }

    @Test
    void anInboxIsRebuiltFromTheTopicsWithWhatWasRecorded(KafkaTestEnvironment kafka) throws Exception {
        RoutedReport report = reports.routed("0180", true);
        route(kafka, report);
        HttpResponse<String> received = postJson("/api/v1/status-events", caseSystemToken("0180"), """
                {"eventId":"%s","reportId":"%s","municipalityCode":"0180","type":"REPORT_RECEIVED","systemReference":"INKORG-1"}""".formatted(
                        UUID.randomUUID(), report.getReportId()));
        assertThat(received.statusCode()).isEqualTo(202);
        awaitRecords(
                kafka,
                Topics.MUNICIPALITY_STATUS_EVENTS.of("0180"),
                e -> e.getReportId().equals(report.getReportId()));

        InboxStore rebuilt = new InboxStore(List.of("0180"));
        Map<String, Object> config = kafka.consumerProperties("unused");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        InboxProjection projection = new InboxProjection(List.of("0180"), () -> new KafkaConsumer<>(config), rebuilt);
        projection.start();
        try {
            long deadline = System.nanoTime() + GENEROUS.toNanos();
            while (System.nanoTime() < deadline
                    && !(projection.caughtUp()
                            && rebuilt.find("0180", report.getReportId())
                                    .map(InboxItem::received)
                                    .orElse(false))) {
                Thread.sleep(200);
            }
        } finally {
            projection.stop();
        }
        InboxItem item = rebuilt.find("0180", report.getReportId()).orElseThrow();
        assertThat(item.received()).isTrue();
        assertThat(item.systemReference()).isEqualTo("INKORG-1");
        assertThat(item.acute()).isTrue();
        assertThat(projection.caughtUp()).isTrue();
    }

    @Test
    void reportsOfOnePartitionAreDeliveredInTopicOrderWhenTheFirstNeedsSeveralRounds(KafkaTestEnvironment kafka) {
        RoutedReport first = reports.routed("1480", false);
        RoutedReport second = reports.routed("1480", true);
        GOTEBORG.failNext(6);

        route(kafka, first, 0);
        route(kafka, second, 0);

        awaitRecords(
                kafka,
                Topics.MUNICIPALITY_STATUS_EVENTS.of("1480"),
                e -> e.getReportId().equals(second.getReportId()) && e.getPayload() instanceof ReportReceived);
        List<String> order = GOTEBORG.registrationOrder();
        assertThat(order).contains(first.getReportId(), second.getReportId());
        assertThat(order.indexOf(first.getReportId())).isLessThan(order.indexOf(second.getReportId()));
        assertThat(GOTEBORG.requests())
                .filteredOn(r -> first.getReportId().equals(r.idempotencyKey()))
                .hasSizeGreaterThan(4);
    }
}
