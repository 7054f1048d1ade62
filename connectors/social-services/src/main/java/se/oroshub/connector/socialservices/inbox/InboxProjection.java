package se.oroshub.connector.socialservices.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.topics.Topics;

/**
 * Fills the {@link InboxStore} from the topics: every partition of each inbox municipality's report topic and of the
 * status events topic, read from the beginning on every start (no consumer group, nothing committed). The reports
 * stay on their topic (kept forever), so an inbox report is never lost: a restart rebuilds the same inbox.
 */
public final class InboxProjection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxProjection.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final List<String> municipalities;
    private final Supplier<Consumer<String, Object>> consumers;
    private final InboxStore store;
    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile Consumer<String, Object> consumer;
    private Thread thread;

    public InboxProjection(List<String> municipalities, Supplier<Consumer<String, Object>> consumers,
                           InboxStore store) {
        this.municipalities = List.copyOf(municipalities);
        this.consumers = consumers;
        this.store = store;
    }

    /** Whether everything on the topics at start-up has been read. */
    public boolean caughtUp() {
        return caughtUp;
    }

    @Override
    public synchronized void start() {
        if (running || municipalities.isEmpty()) {
            caughtUp = municipalities.isEmpty();
            return;
        }
        running = true;
        thread = new Thread(this::run, "inbox-projection");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Consumer<String, Object> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (Consumer<String, Object> c = consumers.get()) {
                consumer = c;
                project(c);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                log.error("Inbox projection failed ({}); starting over in {}", e.getClass().getSimpleName(), RETRY);
                sleep();
            }
        }
    }

    private void project(Consumer<String, Object> c) {
        List<TopicPartition> partitions = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        municipalities.forEach(code -> topics.add(Topics.MUNICIPALITY_REPORTS.of(code).name()));
        topics.add(Topics.STATUS_EVENTS.name());
        for (String topic : topics) {
            c.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        c.assign(partitions);
        c.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = c.endOffsets(partitions);
        while (running) {
            try {
                for (ConsumerRecord<String, Object> record : c.poll(POLL)) {
                    if (record.value() instanceof RoutedReport report) {
                        store.add(report);
                    } else if (record.value() instanceof CaseStatusEvent event) {
                        store.apply(event);
                    }
                }
            } catch (RecordDeserializationException e) {
                log.error("Record at {} offset {} could not be read; retrying", e.topicPartition(), e.offset());
                c.seek(e.topicPartition(), e.offset());
                sleep();
            }
            if (!caughtUp && end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                caughtUp = true;
                log.info("Inbox rebuilt from the topics for {}", municipalities);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
