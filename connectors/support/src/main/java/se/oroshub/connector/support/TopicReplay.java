package se.oroshub.connector.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import se.oroshub.schemas.provisioning.TopicProvisioner;
import se.oroshub.schemas.topics.TopicSpec;

/**
 * Keeps an in-memory projection up to date from topics read from their beginning on every start: on its own thread,
 * with a consumer of {@link KafkaClientSettings#replayConsumer} settings ({@code read_committed}, no consumer group,
 * nothing committed), every partition assigned and sought to the beginning. A restart therefore rebuilds the
 * projection from the log, and nothing is stored elsewhere.
 *
 * <p>{@link #caughtUp()} turns true once every partition has been read up to where it ended when reading began, so
 * the projection holds everything that was on the topics at start-up. Until the broker answers, and after any
 * failure, the replay waits (1 s, doubling up to 30 s) and starts over from the beginning: the projection must
 * therefore accept the same record more than once. {@link #stop()} wakes the consumer up, so shutting down never
 * waits for a poll.
 */
public final class TopicReplay implements SmartLifecycle {

    /** What happens to a record the deserializer cannot read. */
    public enum Undecodable {
        /** Logged and skipped: the projection goes on without it. */
        SKIP,
        /** Logged, then read again after a pause, and nothing after it is read until it can be. */
        WAIT_AND_RETRY
    }

    private static final Logger log = LoggerFactory.getLogger(TopicReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration UNDECODABLE_PAUSE = Duration.ofSeconds(2);
    private static final Duration WAKEUP_PATIENCE = Duration.ofSeconds(2);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final String name;
    private final List<TopicSpec<?, ?>> topics;
    private final TopicProvisioner provisioner;
    private final Supplier<Consumer<String, Object>> consumers;
    private final java.util.function.Consumer<ConsumerRecord<String, Object>> projection;
    private final Undecodable undecodable;

    private volatile boolean running;
    private volatile boolean caughtUp;
    private boolean reading;
    private volatile Consumer<String, Object> consumer;
    private Thread thread;

    /**
     * A replay of topics that already exist.
     *
     * @param name        names the thread and the log lines, e.g. {@code feedback-inbox-school}
     * @param topics      the topics to read; none means there is nothing to read and the replay has caught up
     * @param consumers   makes a consumer with {@link KafkaClientSettings#replayConsumer} settings
     * @param projection  applies one record to the projection; called on the replay's thread only
     * @param undecodable what to do with a record that cannot be deserialised
     */
    public TopicReplay(
            String name,
            List<? extends TopicSpec<?, ?>> topics,
            Supplier<Consumer<String, Object>> consumers,
            java.util.function.Consumer<ConsumerRecord<String, Object>> projection,
            Undecodable undecodable) {
        this(name, topics, null, consumers, projection, undecodable);
    }

    /**
     * A replay that first creates whichever of its topics are missing (broker auto-creation stays off), retrying like
     * any other failure while the broker cannot be reached.
     */
    public TopicReplay(
            String name,
            List<? extends TopicSpec<?, ?>> topics,
            TopicProvisioner provisioner,
            Supplier<Consumer<String, Object>> consumers,
            java.util.function.Consumer<ConsumerRecord<String, Object>> projection,
            Undecodable undecodable) {
        this.name = Objects.requireNonNull(name, "name");
        this.topics = List.copyOf(topics);
        this.provisioner = provisioner;
        this.consumers = Objects.requireNonNull(consumers, "consumers");
        this.projection = Objects.requireNonNull(projection, "projection");
        this.undecodable = Objects.requireNonNull(undecodable, "undecodable");
    }

    /** Whether everything on the topics when reading began has been applied. */
    public boolean caughtUp() {
        return caughtUp;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (topics.isEmpty()) {
            caughtUp = true;
            return;
        }
        running = true;
        thread = new Thread(this::run, name);
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
        Thread worker = thread;
        if (worker != null) {
            try {
                // The wakeup ends a poll at once and lets the worker close its consumer cleanly; an interrupt is only
                // for a worker pausing before the broker answered (an interrupted close gives up on its fetches and
                // takes its whole timeout).
                worker.join(WAKEUP_PATIENCE.toMillis());
                if (worker.isAlive()) {
                    worker.interrupt();
                    worker.join(STOP_PATIENCE.toMillis());
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
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            reading = false;
            try {
                replay();
            } catch (WakeupException e) {
                if (!running) {
                    return;
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn(
                        "{}: cannot read the topics ({}); starting over in {}",
                        name,
                        e.getClass().getSimpleName(),
                        backoff);
            }
            if (reading) {
                backoff = FIRST_BACKOFF;
            }
            if (!pause(backoff)) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** Reads from the beginning until stopped; returns or throws only when reading must start over. */
    private void replay() {
        if (provisioner != null) {
            provisioner.ensureAll(topics);
        }
        Consumer<String, Object> c = consumers.get();
        consumer = c;
        try {
            if (!running) {
                return;
            }
            List<TopicPartition> partitions = new ArrayList<>();
            for (TopicSpec<?, ?> topic : topics) {
                for (PartitionInfo info : c.partitionsFor(topic.name())) {
                    partitions.add(new TopicPartition(info.topic(), info.partition()));
                }
            }
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = Map.copyOf(c.endOffsets(partitions));
            reading = true;
            log.info(
                    "{}: reading {} partition(s) of {} topic(s) from the beginning",
                    name,
                    partitions.size(),
                    topics.size());
            while (running) {
                if (!caughtUp && end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                    caughtUp = true;
                    log.info("{}: caught up with the topics", name);
                }
                poll(c);
            }
        } finally {
            consumer = null;
            c.close(CLOSE_TIMEOUT);
        }
    }

    private void poll(Consumer<String, Object> c) {
        try {
            c.poll(POLL).forEach(projection);
        } catch (RecordDeserializationException e) {
            if (undecodable == Undecodable.SKIP) {
                log.warn("{}: skipping the undecodable record at {} offset {}", name, e.topicPartition(), e.offset());
                c.seek(e.topicPartition(), e.offset() + 1);
            } else {
                log.error(
                        "{}: the record at {} offset {} could not be read; reading it again in {}",
                        name,
                        e.topicPartition(),
                        e.offset(),
                        UNDECODABLE_PAUSE);
                c.seek(e.topicPartition(), e.offset());
                pause(UNDECODABLE_PAUSE);
            }
        }
    }

    /** Sleeps; false when the thread was interrupted (by {@link #stop()}). */
    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
