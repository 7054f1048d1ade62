package se.oroshub.connector.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.connector.support.TopicReplay;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.provisioning.TopicProvisioner;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

/**
 * A {@link FeedbackInbox} kept in memory by a {@link TopicReplay} of this connector's own
 * {@link Topics#CONNECTOR_RECEIPTS receipts topic} and of each configured
 * organisation's {@link Topics#feedbackTopic feedback topic}. Nothing is committed or stored elsewhere: a restart
 * rebuilds the view from the topics. An undecodable record is skipped.
 *
 * <p>A notification is kept only when it arrived on the feedback topic of the organisation it names; a receipt only
 * when it names this connector and one of the configured organisations.
 */
public final class KafkaFeedbackInbox implements FeedbackInbox, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaFeedbackInbox.class);

    private final String connectorId;
    private final Map<String, OrganisationId> organisationsByTopic;
    private final Set<String> owners;
    private final TopicReplay replay;

    /** Receipts by report id. */
    private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
    /** Notifications by organisation owner string, then by report id. */
    private final Map<String, Map<String, ReporterNotification>> notifications = new ConcurrentHashMap<>();

    /**
     * @param consumerFactory makes a consumer with {@code KafkaClientSettings.replayConsumer} settings
     * @param provisioner     creates the feedback topics and the receipts topic if missing
     * @param connectorId     this connector's id, to filter receipts
     * @param organisations   the organisations this deployment reports for
     */
    public KafkaFeedbackInbox(
            Supplier<Consumer<String, Object>> consumerFactory,
            TopicProvisioner provisioner,
            String connectorId,
            List<OrganisationId> organisations) {
        this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
        this.organisationsByTopic = organisations.stream()
                .collect(Collectors.toUnmodifiableMap(
                        o -> Topics.feedbackTopic(o).name(), o -> o, (a, b) -> a));
        this.owners = organisations.stream().map(Topics::organisationOwner).collect(Collectors.toUnmodifiableSet());
        List<TopicSpec<?, ?>> topics = new ArrayList<>();
        topics.add(Topics.CONNECTOR_RECEIPTS.of(connectorId));
        organisationsByTopic.values().forEach(o -> topics.add(Topics.feedbackTopic(o)));
        this.replay = new TopicReplay(
                "feedback-inbox-" + connectorId,
                topics,
                provisioner,
                consumerFactory,
                this::apply,
                TopicReplay.Undecodable.SKIP);
    }

    @Override
    public Optional<ReporterNotification> decisionFor(OrganisationId organisation, String reportId) {
        return Optional.ofNullable(notifications
                .getOrDefault(Topics.organisationOwner(organisation), Map.of())
                .get(reportId));
    }

    @Override
    public Optional<ReportStatusView> reportOf(OrganisationId organisation, String reportId) {
        Receipt receipt = receipts.get(reportId);
        if (receipt == null || !belongsTo(receipt, organisation)) {
            return Optional.empty();
        }
        return Optional.of(new ReportStatusView(receipt, decisionFor(organisation, reportId)));
    }

    @Override
    public List<ReportStatusView> reportsOf(OrganisationId organisation) {
        return receipts.values().stream()
                .filter(r -> belongsTo(r, organisation))
                .map(r -> new ReportStatusView(r, decisionFor(organisation, r.getReportId())))
                .sorted(Comparator.comparing(ReportStatusView::acceptedAt)
                        .reversed()
                        .thenComparing(ReportStatusView::reportId))
                .toList();
    }

    @Override
    public boolean caughtUp() {
        return replay.caughtUp();
    }

    /** Records a receipt this connector issued, so the report shows at once, before the hub's receipt arrives. */
    public void accepted(Receipt receipt) {
        if (relevant(receipt)) {
            receipts.putIfAbsent(receipt.getReportId(), receipt);
        }
    }

    @Override
    public void start() {
        replay.start();
    }

    @Override
    public void stop() {
        replay.stop();
    }

    @Override
    public boolean isRunning() {
        return replay.isRunning();
    }

    private void apply(ConsumerRecord<String, Object> record) {
        if (record.value() instanceof Receipt receipt) {
            if (relevant(receipt)) {
                receipts.put(receipt.getReportId(), receipt);
            }
        } else if (record.value() instanceof ReporterNotification notification) {
            OrganisationId topicOwner = organisationsByTopic.get(record.topic());
            if (topicOwner != null && topicOwner.equals(notification.getReportingOrganisation())) {
                notifications
                        .computeIfAbsent(Topics.organisationOwner(topicOwner), k -> new ConcurrentHashMap<>())
                        .put(notification.getReportId(), notification);
            } else {
                log.warn(
                        "Ignoring notification {} on {}: it names another organisation",
                        notification.getNotificationId(),
                        record.topic());
            }
        }
    }

    private boolean relevant(Receipt receipt) {
        return connectorId.equals(receipt.getConnectorId())
                && receipt.getReportingOrganisation() != null
                && owners.contains(Topics.organisationOwner(receipt.getReportingOrganisation()));
    }

    private static boolean belongsTo(Receipt receipt, OrganisationId organisation) {
        return receipt.getReportingOrganisation() != null
                && organisation != null
                && Topics.organisationOwner(receipt.getReportingOrganisation())
                        .equals(Topics.organisationOwner(organisation));
    }
}
