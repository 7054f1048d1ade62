package se.oroshub.hub.topology;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import se.oroshub.hub.state.StateSerdes;
import se.oroshub.hub.topology.HubOutput.AuditOut;
import se.oroshub.hub.topology.HubOutput.ClearingOut;
import se.oroshub.hub.topology.HubOutput.ClearingOverdueOut;
import se.oroshub.hub.topology.HubOutput.DeadLetterOut;
import se.oroshub.hub.topology.HubOutput.DeviationOut;
import se.oroshub.hub.topology.HubOutput.FeedbackOut;
import se.oroshub.hub.topology.HubOutput.ReceiptOut;
import se.oroshub.hub.topology.HubOutput.RoutedOut;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ClearingDecision;
import se.oroshub.schemas.avro.ClearingOverdue;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.DeadlineDeviation;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.RejectedSubmission;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.avro.UnroutableReport;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

/**
 * Builds the hub's Kafka Streams topology. The one place the topology is defined; the application runs it and the
 * tests drive it with {@code TopologyTestDriver}. See the package documentation for the picture.
 */
public final class HubTopology {

    /** Accepted reports by report id: digest, responsible municipality, reporter, applied status events. */
    public static final String LEDGER_STORE = "report-ledger";
    /** Deadline clocks by report id. */
    public static final String CLOCK_STORE = "deadline-clocks";
    /** Report ids by next deadline check time. */
    public static final String DUE_INDEX_STORE = "deadline-due-index";
    /** Reports waiting in clearing for a person's decision, by report id. */
    public static final String CLEARING_STORE = "waiting-in-clearing";
    /** Earlier reports by (municipality, child pseudonym). */
    public static final String LINK_STORE = "child-links";
    /** Heads of the audit chains the intake sub-topology's tasks write, by chain. */
    public static final String INTAKE_AUDIT_HEAD_STORE = "intake-audit-heads";
    /** Heads of the audit chains the linking sub-topology's tasks write, by chain. */
    public static final String LINKING_AUDIT_HEAD_STORE = "linking-audit-heads";
    /** The segment of the audit chains written by the intake sub-topology (intake and status events). */
    public static final String INTAKE_SEGMENT = "intake";
    /** The segment of the audit chains written by the linking sub-topology. */
    public static final String LINKING_SEGMENT = "linking";
    /** Name of the repartition keyed by (municipality, child pseudonym). */
    public static final String LINK_REPARTITION = "link-by-child";

    private HubTopology() {}

    /**
     * The topology.
     *
     * @param config       the rules' configuration and the adapter's settings
     * @param serdes       the Avro serdes and schema-registry client
     * @param provisioning creates the topic of a municipality, after-hours service or organisation before the first
     *                     record is produced to it
     */
    public static Topology build(HubTopologyConfig config, HubSerdes serdes, TopicProvisioning provisioning) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(serdes, "serdes");
        Objects.requireNonNull(provisioning, "provisioning");
        StreamsBuilder builder = new StreamsBuilder();
        addStores(builder, serdes);

        Serde<RoutedReport> routedSerde = serdes.value(RoutedReport.class);
        Serde<AuditRecord> auditSerde = serdes.value(AuditRecord.class);

        KStream<String, byte[]> intake = builder.stream(
                config.intakeTopics().stream().map(TopicSpec::name).toList(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("intake-source"));
        KStream<String, byte[]> statusEvents = builder.stream(
                config.statusTopics().stream().map(TopicSpec::name).toList(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("status-source"));
        KStream<String, byte[]> clearingDecisions = builder.stream(
                Topics.CLEARING_DECISIONS.name(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("clearing-decision-source"));

        KStream<String, HubOutput> intakeDecisions = intake.process(
                () -> new IntakeProcessor(config, serdes.decoder(ConcernReport.class, ConcernReport.getClassSchema())),
                Named.as("intake-decide"),
                LEDGER_STORE,
                CLOCK_STORE,
                DUE_INDEX_STORE,
                INTAKE_AUDIT_HEAD_STORE,
                CLEARING_STORE);
        KStream<String, HubOutput> statusDecisions = statusEvents.process(
                () -> new StatusEventProcessor(
                        config, serdes.decoder(CaseStatusEvent.class, CaseStatusEvent.getClassSchema())),
                Named.as("status-decide"),
                LEDGER_STORE,
                CLOCK_STORE,
                DUE_INDEX_STORE,
                INTAKE_AUDIT_HEAD_STORE,
                CLEARING_STORE);
        KStream<String, HubOutput> clearingRoutes = clearingDecisions.process(
                () -> new ClearingDecisionProcessor(
                        config, serdes.decoder(ClearingDecision.class, ClearingDecision.getClassSchema())),
                Named.as("clearing-decide"),
                LEDGER_STORE,
                CLOCK_STORE,
                DUE_INDEX_STORE,
                INTAKE_AUDIT_HEAD_STORE,
                CLEARING_STORE);
        KStream<String, HubOutput> decisions = intakeDecisions
                .merge(statusDecisions, Named.as("intake-and-status-decisions"))
                .merge(clearingRoutes, Named.as("decisions"));

        only(decisions, v -> v instanceof ReceiptOut o ? o.receipt() : null, Receipt.class, "receipts")
                .to(
                        new ProvisionedDestination<>(
                                Receipt::getConnectorId, Topics.CONNECTOR_RECEIPTS::of, provisioning),
                        Produced.with(Serdes.String(), serdes.value(Receipt.class))
                                .withName("receipts-sink"));
        only(
                        decisions,
                        v -> v instanceof DeadLetterOut o ? o.rejection() : null,
                        RejectedSubmission.class,
                        "dead-letters")
                .to(
                        Topics.DEAD_LETTER.name(),
                        Produced.with(Serdes.String(), serdes.value(RejectedSubmission.class))
                                .withName("dead-letter-sink"));
        only(decisions, v -> v instanceof ClearingOut o ? o.report() : null, UnroutableReport.class, "clearing")
                .to(
                        Topics.CLEARING.name(),
                        Produced.with(Serdes.String(), serdes.value(UnroutableReport.class))
                                .withName("clearing-sink"));
        only(
                        decisions,
                        v -> v instanceof FeedbackOut o ? o.notification() : null,
                        ReporterNotification.class,
                        "feedback")
                .to(
                        new ProvisionedDestination<>(
                                ReporterNotification::getReportingOrganisation, Topics::feedbackTopic, provisioning),
                        Produced.with(Serdes.String(), serdes.value(ReporterNotification.class))
                                .withName("feedback-sink"));
        only(decisions, v -> v instanceof DeviationOut o ? o.deviation() : null, DeadlineDeviation.class, "deviations")
                .to(
                        new ProvisionedDestination<>(
                                DeadlineDeviation::getMunicipalityCode,
                                Topics.MUNICIPALITY_DEVIATIONS::of,
                                provisioning),
                        Produced.with(Serdes.String(), serdes.value(DeadlineDeviation.class))
                                .withName("deviations-sink"));

        only(
                        decisions,
                        v -> v instanceof ClearingOverdueOut o ? o.overdue() : null,
                        ClearingOverdue.class,
                        "clearing-overdue")
                .to(
                        Topics.CLEARING_OVERDUE.name(),
                        Produced.with(Serdes.String(), serdes.value(ClearingOverdue.class))
                                .withName("clearing-overdue-sink"));

        KStream<String, HubOutput> linked = only(
                        decisions,
                        v -> v instanceof RoutedOut o ? o.report() : null,
                        RoutedReport.class,
                        "routed-for-linking")
                .repartition(Repartitioned.with(Serdes.String(), routedSerde)
                        .withName(LINK_REPARTITION)
                        .withNumberOfPartitions(config.internalTopicPartitions()))
                .process(
                        () -> new LinkingProcessor(config),
                        Named.as("link-earlier-reports"),
                        LINK_STORE,
                        LINKING_AUDIT_HEAD_STORE);
        KStream<String, RoutedReport> routed =
                only(linked, v -> v instanceof RoutedOut o ? o.report() : null, RoutedReport.class, "routed");
        routed.to(
                new ProvisionedDestination<>(
                        RoutedReport::getMunicipalityCode, Topics.MUNICIPALITY_REPORTS::of, provisioning),
                Produced.with(Serdes.String(), routedSerde).withName("municipality-reports-sink"));
        routed.filter((id, r) -> r.getTriage().getAfterHoursDestination() != null, Named.as("after-hours"))
                .to(
                        new ProvisionedDestination<>(
                                (RoutedReport r) -> r.getTriage().getAfterHoursDestination(),
                                Topics.AFTER_HOURS_REPORTS::of,
                                provisioning),
                        Produced.with(Serdes.String(), routedSerde).withName("after-hours-sink"));

        only(decisions, v -> v instanceof AuditOut o ? o.record() : null, AuditRecord.class, "audit")
                .to(
                        Topics.AUDIT.name(),
                        Produced.with(Serdes.String(), auditSerde).withName("audit-sink"));
        only(linked, v -> v instanceof AuditOut o ? o.record() : null, AuditRecord.class, "link-audit")
                .to(
                        Topics.AUDIT.name(),
                        Produced.with(Serdes.String(), auditSerde).withName("link-audit-sink"));

        return builder.build();
    }

    private static void addStores(StreamsBuilder builder, HubSerdes serdes) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(LEDGER_STORE), Serdes.String(), StateSerdes.ledger()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(CLOCK_STORE), Serdes.String(), StateSerdes.clocks()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DUE_INDEX_STORE), Serdes.String(), StateSerdes.dueIndex()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(LINK_STORE), Serdes.String(), StateSerdes.linkEntries()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(CLEARING_STORE),
                Serdes.String(),
                StateSerdes.waitingInClearing(serdes.value(UnroutableReport.class))));
        // Every audit record of a chain moves its head: the cache sends one head per chain and commit to the changelog
        // instead of one per record (the audit topic itself still gets every record).
        for (String heads : List.of(INTAKE_AUDIT_HEAD_STORE, LINKING_AUDIT_HEAD_STORE)) {
            builder.addStateStore(Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore(heads), Serdes.String(), StateSerdes.auditHeads())
                    .withCachingEnabled());
        }
    }

    /** The outputs of one kind, unwrapped; {@code pick} returns {@code null} for every other kind. */
    private static <T> KStream<String, T> only(
            KStream<String, HubOutput> outputs, Function<HubOutput, T> pick, Class<T> type, String name) {
        return outputs.flatMapValues(
                output -> {
                    T value = pick.apply(output);
                    return value == null ? List.<T>of() : List.of(type.cast(value));
                },
                Named.as(name));
    }
}
