package se.oroshub.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import se.oroshub.hub.audit.AuditVerifyCommand;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.topics.Topics;
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
        OrganisationId school = ItReports.randomSchool(random);
        List<ConcernReport> reports = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            reports.add(ItReports.report(school, MALMO, random));
        }
        Set<String> ids = reports.stream().map(ConcernReport::getReportId).collect(Collectors.toSet());
        Set<String> delivered = new HashSet<>();

        HubInstance first = HubInstance.start(kafka);
        CompletableFuture<Void> submitted;
        try (KafkaProducer<String, SpecificRecord> producer = ItReports.producer(kafka)) {
            submitted = CompletableFuture.runAsync(() -> {
                for (ConcernReport report : reports) {
                    ItReports.send(producer, Topics.INTAKE.name(), report.getReportId(), report);
                    pause();
                }
            });
            await().atMost(PATIENCE).until(() -> {
                collect(kafka, ids, delivered);
                return delivered.size() >= REPORTS / 4;
            });
            first.close();
            assertThat(submitted).isNotDone();

            try (HubInstance second = HubInstance.start(kafka)) {
                submitted.get();
                await().atMost(PATIENCE).until(() -> {
                    collect(kafka, ids, delivered);
                    return delivered.size() == REPORTS;
                });
            }
        }

        Map<String, Long> routedPerReport = countMine(TopicContents.readAll(kafka, Topics.MUNICIPALITY_REPORTS.of(MALMO)),
                ids);
        Map<String, Long> receiptsPerReport = countMine(TopicContents.readAll(kafka, Topics.RECEIPTS), ids);
        assertThat(routedPerReport).hasSize(REPORTS).allSatisfy((id, count) -> assertThat(count).isEqualTo(1L));
        assertThat(receiptsPerReport).hasSize(REPORTS).allSatisfy((id, count) -> assertThat(count).isEqualTo(1L));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AuditVerifyCommand.run(new String[] {
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.kafka.properties.schema.registry.url=" + kafka.schemaRegistryUrl()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("chain " + MALMO + "/intake-").contains("chain " + MALMO + "/linking-")
                .doesNotContain("BROKEN");
        assertThat(exit).as(report).isZero();
    }

    private static void collect(KafkaTestEnvironment kafka, Set<String> ids, Set<String> delivered) {
        kafka.consume(Topics.MUNICIPALITY_REPORTS.of(MALMO), "it-restart-progress", 1, PATIENCE).stream()
                .map(ConsumerRecord::key).filter(ids::contains).forEach(delivered::add);
    }

    private static <V> Map<String, Long> countMine(List<ConsumerRecord<String, V>> records, Set<String> ids) {
        return records.stream().map(ConsumerRecord::key).filter(ids::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
