package se.oroshub.hub.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Owns the hub's {@link KafkaStreams} instance: provisions the fixed topics, then starts the topology when the
 * application context starts, and closes it (committing the open transaction) when the context stops. With static
 * membership ({@code oroshub.hub.instance-id}) a planned stop also removes the instance from the consumer group, so
 * another instance takes its partitions over without waiting for the session timeout.
 *
 * <p>A stream thread that dies of an unexpected exception shuts the client down rather than being replaced: with
 * exactly-once processing the failing record is not committed, so a replaced thread would fail on it again. The
 * health indicator turns DOWN and an orchestrator restarts the process, which resumes from the last commit.
 */
public final class HubStreamsLifecycle implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(HubStreamsLifecycle.class);

    private final Topology topology;
    private final Properties streamsProperties;
    private final Runnable provisionFixedTopics;
    private final Duration closeTimeout;
    private volatile KafkaStreams streams;

    /**
     * @param topology             the hub topology
     * @param streamsProperties    Kafka Streams configuration
     * @param provisionFixedTopics creates the fixed topics if absent, before the topology subscribes to them
     * @param closeTimeout         how long {@link #stop()} waits for the instance to close
     */
    public HubStreamsLifecycle(
            Topology topology, Properties streamsProperties, Runnable provisionFixedTopics, Duration closeTimeout) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.streamsProperties = Objects.requireNonNull(streamsProperties, "streamsProperties");
        this.provisionFixedTopics = Objects.requireNonNull(provisionFixedTopics, "provisionFixedTopics");
        this.closeTimeout = Objects.requireNonNull(closeTimeout, "closeTimeout");
    }

    @Override
    public synchronized void start() {
        if (streams != null) {
            return;
        }
        provisionFixedTopics.run();
        KafkaStreams instance = new KafkaStreams(topology, streamsProperties);
        instance.setUncaughtExceptionHandler(exception -> {
            LOG.error(
                    "Stream thread failed with {}; shutting the hub's streams client down",
                    exception.getClass().getName(),
                    exception);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        instance.setStateListener((newState, oldState) -> LOG.info("Hub streams {} -> {}", oldState, newState));
        instance.start();
        streams = instance;
    }

    @Override
    public synchronized void stop() {
        KafkaStreams instance = streams;
        if (instance != null) {
            instance.close(new KafkaStreams.CloseOptions().timeout(closeTimeout).leaveGroup(true));
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    /** The current state of the instance, or {@code null} before start and after stop. */
    public KafkaStreams.State state() {
        KafkaStreams instance = streams;
        return instance == null ? null : instance.state();
    }
}
