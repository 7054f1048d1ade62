package se.oroshub.hub.runtime;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the hub's Kafka Streams instance: UP while running or rebalancing, DOWN once it has stopped or failed
 * (an orchestrator then restarts the process, which resumes from the committed offsets and changelogs).
 */
public final class StreamsHealthIndicator implements HealthIndicator {

    private final HubStreamsLifecycle lifecycle;

    /** @param lifecycle the lifecycle owning the Kafka Streams instance */
    public StreamsHealthIndicator(HubStreamsLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public Health health() {
        KafkaStreams.State state = lifecycle.state();
        if (state == null) {
            return Health.unknown().withDetail("state", "NOT_STARTED").build();
        }
        Health.Builder builder =
                state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED ? Health.up() : Health.down();
        return builder.withDetail("state", state.name()).build();
    }
}
