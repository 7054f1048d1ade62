package se.oroshub.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import se.oroshub.hub.clearing.ClearingCommand;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.avro.RoutingBasis;
import se.oroshub.schemas.fixtures.TestReport;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/**
 * On the real broker, the clearing desk's tools as an operator runs them: a report with no decidable municipality is
 * listed as waiting, and as overdue once it waited longer than the configured time; a person routes it with a decision
 * the hub applies (basis MANUAL), and a wrong or second decision is refused with the option it concerns.
 */
@RealKafka
class ClearingIT {

    private static final String MALMO = "1280";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void aPersonRoutesAReportOutOfClearingWithTheHubsOwnTool(KafkaTestEnvironment kafka) {
        Random random = new Random(980);
        OrganisationId school = TestReport.school(random);
        ConcernReport report = TestReport.report()
                .freshId()
                .organisation(school)
                .registeredIn(null)
                .currentlyIn(null)
                .bornOn(LocalDate.of(2017, 4, 9), random)
                .submittedAt(Instant.now())
                .build();
        try (HubInstance hub = HubInstance.start(
                        kafka, "--oroshub.hub.deadlines.clearing-decision=2s", ConnectorProducer.mandate(school));
                KafkaProducer<String, SpecificRecord> producer = ConnectorProducer.open(kafka)) {
            ConnectorProducer.send(producer, ConnectorProducer.INTAKE, report.getReportId(), report);
            await().atMost(PATIENCE)
                    .until(() -> run(kafka, ClearingCommand.LIST_FLAG).output().contains(report.getReportId()));

            Outcome listed = run(kafka, ClearingCommand.LIST_FLAG);
            assertThat(listed.exit()).isZero();
            assertThat(listed.output())
                    .containsPattern(report.getReportId() + ".*NO_MUNICIPALITY_KNOWN.*WAITING")
                    .doesNotContain(report.getChild().getPersonalIdentityNumber());
            await().atMost(PATIENCE)
                    .until(() -> run(kafka, ClearingCommand.LIST_FLAG).output().contains("1 of them overdue"));
            assertThat(run(kafka, ClearingCommand.LIST_FLAG).output())
                    .containsPattern(report.getReportId() + ".*WAITING, OVERDUE since ");

            Outcome unknownMunicipality = run(
                    kafka,
                    ClearingCommand.ROUTE_FLAG,
                    "--report-id=" + report.getReportId(),
                    "--municipality=9999",
                    "--decided-by=clearing-officer-1");
            assertThat(unknownMunicipality.exit()).isEqualTo(2);
            assertThat(unknownMunicipality.output()).contains("--municipality");

            Outcome routed = run(
                    kafka,
                    ClearingCommand.ROUTE_FLAG,
                    "--report-id=" + report.getReportId(),
                    "--municipality=" + MALMO,
                    "--decided-by=clearing-officer-1");
            assertThat(routed.exit()).as(routed.output()).isZero();
            assertThat(routed.output()).contains("to " + MALMO + " Malmö");

            List<ConsumerRecord<String, RoutedReport>> delivered = await().atMost(PATIENCE)
                    .until(
                            () ->
                                    kafka
                                            .consume(Topics.MUNICIPALITY_REPORTS.of(MALMO), "it-clearing", 1, PATIENCE)
                                            .stream()
                                            .filter(r -> r.key().equals(report.getReportId()))
                                            .toList(),
                            records -> !records.isEmpty());
            assertThat(delivered).singleElement().satisfies(r -> {
                assertThat(r.value().getRoutingBasis()).isEqualTo(RoutingBasis.MANUAL);
                assertThat(r.value().getReport()).usingRecursiveComparison().isEqualTo(report);
            });

            Outcome again = run(
                    kafka,
                    ClearingCommand.ROUTE_FLAG,
                    "--report-id=" + report.getReportId(),
                    "--municipality=0180",
                    "--decided-by=clearing-officer-2");
            assertThat(again.exit()).isEqualTo(2);
            assertThat(again.output()).contains("already routed to " + MALMO + " by clearing-officer-1");
            assertThat(run(kafka, ClearingCommand.LIST_FLAG).output())
                    .containsPattern(report.getReportId() + ".*decided: " + MALMO + " by clearing-officer-1");
        }
    }

    private static Outcome run(KafkaTestEnvironment kafka, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers();
        all[args.length + 1] = "--spring.kafka.properties.schema.registry.url=" + kafka.schemaRegistryUrl();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ClearingCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8));
    }

    private record Outcome(int exit, String output) {}
}
