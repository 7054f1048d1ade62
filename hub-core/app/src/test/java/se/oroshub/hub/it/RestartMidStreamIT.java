package se.oroshub.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.fixtures.TestReport;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/**
 * On the real broker: the hub is stopped while reports are flowing and a new instance (with an empty state directory)
 * takes over. Every report is delivered and receipted exactly once, and the audit chains continue unbroken.
 */
@RealKafka
class RestartMidStreamIT {

    private static final String MALMO = "1280";
    private static final int REPORTS = 60;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void aRestartMidStreamProducesNoDuplicateAndNoLoss(KafkaTestEnvironment kafka) throws Exception {
        Random random = new Random(1280);
        OrganisationId school = TestReport.school(random);
        List<ConcernReport> reports = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            reports.add(TestReport.report()
                    .freshId()
                    .organisation(school)
                    .registeredIn(MALMO)
                    .bornOn(LocalDate.of(2017, 4, 9), random)
                    .submittedAt(Instant.now())
                    .build());
        }
        Set<String> ids = reports.stream().map(ConcernReport::getReportId).collect(Collectors.toSet());
        Set<String> delivered = new HashSet<>();

        HubInstance first = HubInstance.start(kafka, ConnectorProducer.mandate(school));
        CompletableFuture<Void> submitted;
        try (KafkaProducer<String, SpecificRecord> producer = ConnectorProducer.open(kafka)) {
            submitted = CompletableFuture.runAsync(() -> {
                for (ConcernReport report : reports) {
                    ConnectorProducer.send(producer, ConnectorProducer.INTAKE, report.getReportId(), report);
                    ExactlyOnce.pause(Duration.ofMillis(100));
                }
            });
            await().atMost(PATIENCE).until(() -> {
                collect(kafka, ids, delivered);
                return delivered.size() >= REPORTS / 4;
            });
            first.close();
            assertThat(submitted).isNotDone();

            try (HubInstance second = HubInstance.start(kafka, ConnectorProducer.mandate(school))) {
                submitted.get();
                await().atMost(PATIENCE).until(() -> {
                    collect(kafka, ids, delivered);
                    return delivered.size() == REPORTS;
                });
            }
        }

        ExactlyOnce.assertRoutedAndReceiptedOnce(kafka, MALMO, ids);
        ExactlyOnce.assertAuditIntact(kafka, MALMO);
        assertThat(delivered).hasSize(REPORTS);
    }

    private static void collect(KafkaTestEnvironment kafka, Set<String> ids, Set<String> delivered) {
        ExactlyOnce.collect(kafka, MALMO, "it-restart-progress", ids, delivered, PATIENCE);
    }
}
