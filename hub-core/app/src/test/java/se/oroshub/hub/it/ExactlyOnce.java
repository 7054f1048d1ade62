package se.oroshub.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import se.oroshub.hub.audit.AuditVerifyCommand;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;

/** What a test of a hub stopped or killed mid-stream checks afterwards, on what is committed. */
final class ExactlyOnce {

    private ExactlyOnce() {}

    /** Adds the reports of {@code ids} visible (committed) on the municipality's topic so far to {@code delivered}. */
    static void collect(
            KafkaTestEnvironment kafka,
            String municipality,
            String group,
            Set<String> ids,
            Set<String> delivered,
            Duration patience) {
        kafka.consume(Topics.MUNICIPALITY_REPORTS.of(municipality), group, 1, patience).stream()
                .map(ConsumerRecord::key)
                .filter(ids::contains)
                .forEach(delivered::add);
    }

    /** Every report of {@code ids} is routed to the municipality once and receipted once: no loss, no duplicate. */
    static void assertRoutedAndReceiptedOnce(KafkaTestEnvironment kafka, String municipality, Set<String> ids) {
        Map<String, Long> routed =
                countOf(TopicContents.readAll(kafka, Topics.MUNICIPALITY_REPORTS.of(municipality)), ids);
        Map<String, Long> receipts = countOf(TopicContents.readAll(kafka, ConnectorProducer.RECEIPTS), ids);
        assertThat(routed)
                .hasSize(ids.size())
                .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
        assertThat(receipts)
                .hasSize(ids.size())
                .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
    }

    /** The audit verification, run as an operator runs it, finds every chain intact, the municipality's among them. */
    static void assertAuditIntact(KafkaTestEnvironment kafka, String municipality) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AuditVerifyCommand.run(
                new String[] {
                    "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                    "--spring.kafka.properties.schema.registry.url=" + kafka.schemaRegistryUrl()
                },
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String verification = out.toString(StandardCharsets.UTF_8);
        assertThat(verification).contains("chain " + municipality + "/intake-").doesNotContain("BROKEN");
        assertThat(exit).as(verification).isZero();
    }

    static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <V> Map<String, Long> countOf(List<ConsumerRecord<String, V>> records, Set<String> ids) {
        return records.stream()
                .map(ConsumerRecord::key)
                .filter(ids::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
