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
 * On the real broker, the hub process is killed outright (SIGKILL) while reports flow, in the middle of a transaction,
 * and a new instance on another machine's empty state directory takes over: it restores the state from the
 * changelogs, the killed instance's open transaction is aborted, and every report is routed and receipted exactly
 * once, the audit chains unbroken. What a crash leaves behind is never visible to a {@code read_committed} reader.
 */
@RealKafka
class CrashMidStreamIT {

    private static final String GOTLAND = "0980";
    private static final int REPORTS = 120;
    private static final Duration PATIENCE = Duration.ofSeconds(150);

    @Test
    void aHubKilledMidTransactionLosesNothingAndDuplicatesNothing(KafkaTestEnvironment kafka) throws Exception {
        Random random = new Random(980);
        OrganisationId school = TestReport.school(random);
        List<ConcernReport> reports = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            reports.add(TestReport.report()
                    .freshId()
                    .organisation(school)
                    .registeredIn(GOTLAND)
                    .bornOn(LocalDate.of(2017, 4, 9), random)
                    .submittedAt(Instant.now())
                    .build());
        }
        Set<String> ids = reports.stream().map(ConcernReport::getReportId).collect(Collectors.toSet());
        Set<String> delivered = new HashSet<>();

        HubProcess crashing = HubProcess.start(kafka, "crashing", ConnectorProducer.mandate(school));
        try (KafkaProducer<String, SpecificRecord> producer = ConnectorProducer.open(kafka)) {
            CompletableFuture<Void> submitted = CompletableFuture.runAsync(() -> {
                for (ConcernReport report : reports) {
                    ConnectorProducer.send(producer, ConnectorProducer.INTAKE, report.getReportId(), report);
                    ExactlyOnce.pause(Duration.ofMillis(60));
                }
            });
            try {
                await().atMost(PATIENCE).until(() -> {
                    collect(kafka, ids, delivered);
                    return delivered.size() >= REPORTS / 4;
                });
            } catch (RuntimeException e) {
                throw new AssertionError("no progress before the kill; the hub's log ends:\n" + crashing.logTail(), e);
            }
            crashing.kill();
            assertThat(submitted).isNotDone();

            try (HubProcess takeover = HubProcess.start(kafka, "takeover", ConnectorProducer.mandate(school))) {
                submitted.get();
                try {
                    await().atMost(PATIENCE).until(() -> {
                        collect(kafka, ids, delivered);
                        return delivered.size() == REPORTS;
                    });
                } catch (RuntimeException e) {
                    throw new AssertionError(
                            delivered.size() + " of " + REPORTS + " delivered after the takeover; its log ends:\n"
                                    + takeover.logTail(),
                            e);
                }
            }
        }

        ExactlyOnce.assertRoutedAndReceiptedOnce(kafka, GOTLAND, ids);
        ExactlyOnce.assertAuditIntact(kafka, GOTLAND);
    }

    private static void collect(KafkaTestEnvironment kafka, Set<String> ids, Set<String> delivered) {
        ExactlyOnce.collect(kafka, GOTLAND, "it-crash-progress", ids, delivered, PATIENCE);
    }
}
