package se.oroshub.hub.clearing;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import se.oroshub.hub.cli.CommandOptions;
import se.oroshub.hub.cli.TopicToEnd;
import se.oroshub.schemas.avro.ClearingDecision;
import se.oroshub.schemas.avro.ClearingOverdue;
import se.oroshub.schemas.avro.ReportingOrganisation;
import se.oroshub.schemas.avro.UnroutableReport;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.serde.SpecificAvroSerde;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

/**
 * The clearing desk's tools: the reports waiting in clearing, and a person's decision routing one of them.
 *
 * <pre>
 * java -jar hub-core.jar --list-clearing
 * java -jar hub-core.jar --route-clearing --report-id=ID --municipality=CODE --decided-by=USER
 * </pre>
 *
 * <p>The list shows ids, times, the router's reason, the reporting organisation (whom to ask) and any decision already
 * published; never the report's content, which the clearing desk reads on the access-restricted clearing topic. A
 * decision is checked here (a known report waiting in clearing, an official municipality code, a named decider) and
 * published to {@code CLEARING_DECISIONS} with an idempotent producer, acknowledged by every in-sync replica; the hub
 * then routes the report and audits the decider, or dead-letters a decision it cannot apply. Both take the hub's
 * {@code --spring.kafka.bootstrap-servers=} and {@code --spring.kafka.properties.schema.registry.url=}; a secured
 * cluster's client settings with {@code --command-config=FILE}.
 *
 * <p>Exit codes: 0 done, 1 the broker could not be read or written, 2 a wrong or incomplete command.
 */
public final class ClearingCommand {

    /** Lists the reports in clearing. */
    public static final String LIST_FLAG = "--list-clearing";
    /** Routes one report out of clearing. */
    public static final String ROUTE_FLAG = "--route-clearing";

    private final CommandOptions options;
    private final PrintStream out;
    private final Clock clock;
    private final MunicipalityCodes municipalities = MunicipalityCodes.official();

    ClearingCommand(CommandOptions options, PrintStream out, Clock clock) {
        this.options = options;
        this.out = out;
        this.clock = clock;
    }

    /** Whether {@code args} select one of the clearing tools. */
    public static boolean selected(String[] args) {
        return List.of(args).contains(LIST_FLAG) || List.of(args).contains(ROUTE_FLAG);
    }

    /** Runs the tool {@code args} select; prints to {@code out} and returns the exit code. */
    public static int run(String[] args, PrintStream out) {
        CommandOptions.quietKafkaClientLogging();
        ClearingCommand command = new ClearingCommand(CommandOptions.parse(args), out, Clock.systemUTC());
        try {
            return List.of(args).contains(ROUTE_FLAG) ? command.route() : command.list();
        } catch (RuntimeException e) {
            out.println(
                    "ERROR cannot reach the broker at " + command.options.bootstrapServers() + ": " + e.getMessage());
            return 1;
        }
    }

    int list() {
        Map<String, UnroutableReport> waiting = waiting();
        Map<String, ClearingDecision> decided = decisions();
        Map<String, ClearingOverdue> overdue = overdue();
        long open =
                waiting.keySet().stream().filter(id -> !decided.containsKey(id)).count();
        long late = waiting.keySet().stream()
                .filter(id -> !decided.containsKey(id) && overdue.containsKey(id))
                .count();
        out.println(waiting.size() + " report(s) on " + Topics.CLEARING.name() + ", " + open + " without a decision, "
                + late + " of them overdue");
        waiting.values().forEach(report -> {
            ReportingOrganisation organisation =
                    report.getReport().getReporter().getOrganisation();
            ClearingDecision decision = decided.get(report.getReportId());
            out.println(report.getReportId() + "  accepted " + report.getAcceptedAt() + "  " + report.getReason()
                    + " (" + report.getDetail() + ")  reported by "
                    + (organisation == null ? "a private person" : Topics.organisationOwner(organisation.getId()))
                    + " via " + report.getReport().getConnectorId() + "  "
                    + (decision == null
                            ? waitingState(overdue.get(report.getReportId()))
                            : "decided: " + decision.getMunicipalityCode() + " by " + decision.getDecidedBy() + " at "
                                    + decision.getDecidedAt()));
        });
        return 0;
    }

    int route() {
        Optional<String> reportId = options.get("report-id");
        Optional<String> municipality = options.get("municipality");
        Optional<String> decidedBy = options.get("decided-by");
        if (reportId.isEmpty() || municipality.isEmpty() || decidedBy.isEmpty()) {
            out.println("ERROR " + ROUTE_FLAG + " needs --report-id=ID --municipality=CODE --decided-by=USER");
            return 2;
        }
        Optional<MunicipalityCodes.Municipality> target = municipalities.find(municipality.get());
        if (target.isEmpty()) {
            out.println("ERROR --municipality: not a four-digit code of the official municipality directory");
            return 2;
        }
        if (!waiting().containsKey(reportId.get())) {
            out.println("ERROR --report-id: no report " + reportId.get() + " is on " + Topics.CLEARING.name());
            return 2;
        }
        ClearingDecision earlier = decisions().get(reportId.get());
        if (earlier != null) {
            out.println("ERROR --report-id: report " + reportId.get() + " was already routed to "
                    + earlier.getMunicipalityCode() + " by " + earlier.getDecidedBy() + " at " + earlier.getDecidedAt()
                    + "; a transfer between municipalities is social services' status event, not a clearing decision");
            return 2;
        }
        ClearingDecision decision = ClearingDecision.newBuilder()
                .setDecisionId(UUID.randomUUID().toString())
                .setReportId(reportId.get())
                .setMunicipalityCode(target.get().code())
                .setDecidedBy(decidedBy.get())
                .setDecidedAt(Instant.now(clock))
                .build();
        publish(decision);
        out.println("Decision " + decision.getDecisionId() + " published: report " + decision.getReportId() + " to "
                + target.get().code() + " " + target.get().name() + ", decided by " + decision.getDecidedBy()
                + ". The hub routes it and audits the decision.");
        return 0;
    }

    private Map<String, UnroutableReport> waiting() {
        return latestByReport(Topics.CLEARING, UnroutableReport::getReportId);
    }

    private Map<String, ClearingDecision> decisions() {
        return latestByReport(Topics.CLEARING_DECISIONS, ClearingDecision::getReportId);
    }

    private Map<String, ClearingOverdue> overdue() {
        return latestByReport(Topics.CLEARING_OVERDUE, ClearingOverdue::getReportId);
    }

    /** The last record of each report on {@code topic}, read to its end, in the order the reports first appear. */
    private <V extends SpecificRecord> Map<String, V> latestByReport(
            TopicSpec<String, V> topic, Function<V, String> reportId) {
        Map<String, V> latest = new LinkedHashMap<>();
        Deserializer<V> values = deserializer();
        TopicToEnd.read(options.clientSettings(), topic.name(), "clearing-list", record -> {
            V value = values.deserialize(record.topic(), record.value());
            latest.put(reportId.apply(value), value);
        });
        return latest;
    }

    private static String waitingState(ClearingOverdue overdue) {
        return overdue == null
                ? "WAITING"
                : "WAITING, OVERDUE since " + overdue.getDueAt() + (overdue.getAcute() ? " (acute)" : "");
    }

    private void publish(ClearingDecision decision) {
        Properties props = new Properties();
        props.putAll(options.clientSettings());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        SpecificAvroSerde<ClearingDecision> serde = new SpecificAvroSerde<>();
        serde.configure(options.serdeSettings(false), false);
        try (KafkaProducer<String, ClearingDecision> producer =
                new KafkaProducer<>(props, new StringSerializer(), serde.serializer())) {
            producer.send(new ProducerRecord<>(Topics.CLEARING_DECISIONS.name(), decision.getReportId(), decision))
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "the decision was not acknowledged: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the decision was not acknowledged within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the decision", e);
        }
    }

    private <T extends SpecificRecord> Deserializer<T> deserializer() {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
        serde.configure(options.serdeSettings(true), false);
        return serde.deserializer();
    }
}
