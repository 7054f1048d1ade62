package se.oroshub.connector.socialservices.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.SmartLifecycle;
import se.oroshub.connector.support.TopicReplay;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

/**
 * Fills the {@link InboxStore} from the topics through a {@link TopicReplay}: every partition of each inbox
 * municipality's report topic and of its status-event topic, read from the beginning on every start. The reports
 * stay on their topic (kept forever), so an inbox report is never lost: a restart rebuilds the same inbox. A record
 * that cannot be read is read again after a pause rather than skipped, because skipping it could hide a report.
 */
public final class InboxProjection implements SmartLifecycle {

    private final InboxStore store;
    private final TopicReplay replay;

    /**
     * @param municipalities the inbox municipalities; none means there is nothing to read
     * @param consumers      makes a consumer with {@code KafkaClientSettings.replayConsumer} settings
     * @param store          the inbox to fill
     */
    public InboxProjection(
            List<String> municipalities, Supplier<Consumer<String, Object>> consumers, InboxStore store) {
        this.store = store;
        this.replay = new TopicReplay(
                "inbox-projection",
                topics(municipalities),
                consumers,
                this::apply,
                TopicReplay.Undecodable.WAIT_AND_RETRY);
    }

    /** Whether everything on the topics at start-up has been read. */
    public boolean caughtUp() {
        return replay.caughtUp();
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
        if (record.value() instanceof RoutedReport report) {
            store.add(report);
        } else if (record.value() instanceof CaseStatusEvent event) {
            store.apply(event);
        }
    }

    private static List<TopicSpec<?, ?>> topics(List<String> municipalities) {
        List<TopicSpec<?, ?>> topics = new ArrayList<>();
        municipalities.forEach(code -> {
            topics.add(Topics.MUNICIPALITY_REPORTS.of(code));
            topics.add(Topics.MUNICIPALITY_STATUS_EVENTS.of(code));
        });
        return topics;
    }
}
