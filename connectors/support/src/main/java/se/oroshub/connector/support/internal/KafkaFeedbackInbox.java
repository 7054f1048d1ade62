package se.oroshub.connector.support.internal;

import java.time.Duration;
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
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import se.oroshub.connector.support.FeedbackInbox;
import se.oroshub.connector.support.ReportStatusView;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.provisioning.TopicProvisioner;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

/**
 * A {@link FeedbackInbox} that reads, on its own thread and without a consumer group, every partition of
 * {@link Topics#RECEIPTS} and of each configured organisation's {@link Topics#feedbackTopic feedback topic} from the
 * beginning ({@code read_committed}), and keeps the result in memory. Nothing is committed or stored elsewhere: a
 * restart rebuilds the view from the topics.
 *
 * <p>A notification is kept only when it arrived on the feedback topic of the organisation it names; a receipt only
 * when it names this connector and one of the configured organisations.
 */
public final class KafkaFeedbackInbox implements FeedbackInbox, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaFeedbackInbox.class);
    private static final Duration WAKEUP_PATIENCE = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final Supplier<Consumer<String, Object>> consumerFactory;
    private final TopicProvisioner provisioner;
    private final String connectorId;
    private final Map<String, OrganisationId> organisationsByTopic;
    private final Set<String> owners;

    /** Receipts by report id. */
    private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
    /** Notifications by organisation owner string, then by report id. */
    private final Map<String, Map<String, ReporterNotification>> notifications = new ConcurrentHashMap<>();

    private volatile Consumer<String, Object> consumer;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile Map<TopicPartition, Long> startEnd = Map.of();
    private volatile boolean caughtUp;

    /**
     * @param consumerFactory makes the consumer: String keys, values by the Avro deserializer with
     *                        {@code specific.avro.reader=true}, {@code isolation.level=read_committed}, no group
     * @param provisioner     creates the feedback topics (and RECEIPTS) if missing
     * @param connectorId     this connector's id, to filter receipts
     * @param organisations   the organisations this deployment reports for
     */
    public KafkaFeedbackInbox(Supplier<Consumer<String, Object>> consumerFactory, TopicProvisioner provisioner,
            String connectorId, List<OrganisationId> organisations) {
        this.consumerFactory = Objects.requireNonNull(consumerFactory, "consumerFactory");
        this.provisioner = Objects.requireNonNull(provisioner, "provisioner");
        this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
        this.organisationsByTopic = organisations.stream()
                .collect(Collectors.toUnmodifiableMap(o -> Topics.feedbackTopic(o).name(), o -> o, (a, b) -> a));
        this.owners = organisations.stream().map(Topics::organisationOwner).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<ReporterNotification> decisionFor(OrganisationId organisation, String reportId) {
        return Optional.ofNullable(notifications.getOrDefault(Topics.organisationOwner(organisation), Map.of())
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
                .sorted(Comparator.comparing(ReportStatusView::acceptedAt).reversed()
                        .thenComparing(ReportStatusView::reportId))
                .toList();
    }

    @Override
    public boolean caughtUp() {
        return caughtUp;
    }

    /** Records a receipt this connector issued, so the report shows at once, before the hub's receipt arrives. */
    public void accepted(Receipt receipt) {
        if (relevant(receipt)) {
            receipts.putIfAbsent(receipt.getReportId(), receipt);
        }
    }

    @Override
    public void start() {
        running = true;
        Thread worker = new Thread(this::run, "feedback-inbox-" + connectorId);
        worker.setDaemon(true);
        thread = worker;
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        Consumer<String, Object> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread worker = thread;
        if (worker != null) {
            try {
                // The wakeup ends a poll at once and lets the worker close its consumer cleanly; an interrupt is only
                // for a worker still backing off before the broker answered (an interrupted close gives up on its
                // fetches and takes its whole timeout).
                worker.join(WAKEUP_PATIENCE.toMillis());
                if (worker.isAlive()) {
                    worker.interrupt();
                    worker.join(Duration.ofSeconds(10).toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Consumer<String, Object> c = null;
        try {
            c = subscribeWhenReachable();
            if (c != null) {
                pollLoop(c);
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            if (running) {
                log.error("Feedback inbox of connector '{}' stopped: {}", connectorId, e.toString());
                running = false;
            }
        } finally {
            if (c != null) {
                c.close(Duration.ofSeconds(5));
            }
            consumer = null;
        }
    }

    /**
     * Creates the topics if missing and assigns every partition from the beginning, retrying while the broker cannot
     * be reached, so the connector starts (and accepts nothing until the broker answers) even when Kafka is down.
     */
    private Consumer<String, Object> subscribeWhenReachable() {
        List<TopicSpec<?, ?>> topics = new ArrayList<>();
        topics.add(Topics.RECEIPTS);
        organisationsByTopic.values().forEach(o -> topics.add(Topics.feedbackTopic(o)));
        Duration backoff = RETRY_BACKOFF;
        while (running) {
            Consumer<String, Object> created = null;
            try {
                provisioner.ensureAll(topics);
                created = consumerFactory.get();
                consumer = created;
                List<TopicPartition> partitions = new ArrayList<>();
                for (TopicSpec<?, ?> topic : topics) {
                    for (PartitionInfo info : created.partitionsFor(topic.name())) {
                        partitions.add(new TopicPartition(info.topic(), info.partition()));
                    }
                }
                created.assign(partitions);
                created.seekToBeginning(partitions);
                startEnd = Map.copyOf(created.endOffsets(partitions));
                log.info("Feedback inbox of connector '{}' reading {} and the feedback topics of {} organisation(s)",
                        connectorId, Topics.RECEIPTS.name(), organisationsByTopic.size());
                return created;
            } catch (WakeupException e) {
                throw e;
            } catch (RuntimeException e) {
                if (created != null) {
                    created.close(Duration.ZERO);
                }
                log.warn("Feedback inbox cannot reach the broker yet ({}); retrying in {}", e.getClass().getSimpleName(),
                        backoff);
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        return null;
    }

    private void pollLoop(Consumer<String, Object> c) {
        updateCaughtUp(c);
        while (running) {
            try {
                ConsumerRecords<String, Object> records = c.poll(POLL);
                records.forEach(this::apply);
                if (!caughtUp) {
                    updateCaughtUp(c);
                }
            } catch (RecordDeserializationException e) {
                log.warn("Skipping undecodable record at {} offset {}: {}", e.topicPartition(), e.offset(),
                        e.getClass().getSimpleName());
                c.seek(e.topicPartition(), e.offset() + 1);
            }
        }
    }

    private void updateCaughtUp(Consumer<String, Object> c) {
        caughtUp = startEnd.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue());
    }

    private void apply(ConsumerRecord<String, Object> record) {
        if (record.value() instanceof Receipt receipt) {
            if (relevant(receipt)) {
                receipts.put(receipt.getReportId(), receipt);
            }
        } else if (record.value() instanceof ReporterNotification notification) {
            OrganisationId topicOwner = organisationsByTopic.get(record.topic());
            if (topicOwner != null && topicOwner.equals(notification.getReportingOrganisation())) {
                notifications.computeIfAbsent(Topics.organisationOwner(topicOwner), k -> new ConcurrentHashMap<>())
                        .put(notification.getReportId(), notification);
            } else {
                log.warn("Ignoring notification {} on {}: it names another organisation",
                        notification.getNotificationId(), record.topic());
            }
        }
    }

    private boolean relevant(Receipt receipt) {
        return connectorId.equals(receipt.getConnectorId()) && receipt.getReportingOrganisation() != null
                && owners.contains(Topics.organisationOwner(receipt.getReportingOrganisation()));
    }

    private static boolean belongsTo(Receipt receipt, OrganisationId organisation) {
        return receipt.getReportingOrganisation() != null && organisation != null
                && Topics.organisationOwner(receipt.getReportingOrganisation())
                        .equals(Topics.organisationOwner(organisation));
    }
}
