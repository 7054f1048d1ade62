package se.oroshub.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.avro.RoutingBasis;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.schemas.fixtures.TestReport;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/** On the real broker: a report submitted to the intake topic reaches its municipality's own topic, committed. */
@RealKafka
class IntakeToMunicipalityIT {

    private static final String GOTHENBURG = "1480";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void theHubReportsItsStreamsHealthOverHttp(KafkaTestEnvironment kafka) throws Exception {
        try (HubInstance hub = HubInstance.start(kafka, ConnectorProducer.mandate(TestReport.SCHOOL))) {
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + hub.httpPort() + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"hubStreams\"").contains("\"RUNNING\"");
        }
    }

    @Test
    void aReportGoesFromIntakeToTheMunicipalityOfRegistration(KafkaTestEnvironment kafka) {
        Random random = new Random(1480);
        OrganisationId school = TestReport.school(random);
        ConcernReport report = TestReport.report()
                .freshId()
                .organisation(school)
                .registeredIn(GOTHENBURG)
                .bornOn(LocalDate.of(2017, 4, 9), random)
                .submittedAt(Instant.now())
                .build();
        try (HubInstance hub = HubInstance.start(kafka, ConnectorProducer.mandate(school));
                KafkaProducer<String, SpecificRecord> producer = ConnectorProducer.open(kafka)) {
            ConnectorProducer.send(producer, ConnectorProducer.INTAKE, report.getReportId(), report);

            List<ConsumerRecord<String, RoutedReport>> routed = await().atMost(PATIENCE)
                    .until(
                            () ->
                                    kafka
                                            .consume(
                                                    Topics.MUNICIPALITY_REPORTS.of(GOTHENBURG),
                                                    "it-routing",
                                                    1,
                                                    PATIENCE)
                                            .stream()
                                            .filter(r -> r.key().equals(report.getReportId()))
                                            .toList(),
                            records -> !records.isEmpty());

            assertThat(routed).singleElement().satisfies(record -> {
                assertThat(record.value().getMunicipalityCode()).isEqualTo(GOTHENBURG);
                assertThat(record.value().getRoutingBasis()).isEqualTo(RoutingBasis.MUNICIPALITY_OF_REGISTRATION);
                assertThat(record.value().getContentDigest()).isEqualTo(ContentDigest.sha256Hex(report));
                assertThat(record.value().getReport())
                        .usingRecursiveComparison()
                        .isEqualTo(report);
            });
        }
    }
}
