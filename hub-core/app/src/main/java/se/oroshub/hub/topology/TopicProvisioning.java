package se.oroshub.hub.topology;

import se.oroshub.schemas.topics.TopicSpec;

/**
 * Makes sure a destination topic exists before the topology produces to it. Broker auto-creation is off, and the
 * topics of municipalities, after-hours services and reporting organisations are only known when a record is bound
 * for them; the topology asks for each destination the first time it sees it. Implementations must be idempotent and
 * cheap for a topic already known (they are called on the stream thread for every record to a dynamic destination).
 */
@FunctionalInterface
public interface TopicProvisioning {

    /** Ensures {@code topic} exists, creating it from its spec if it does not. */
    void ensure(TopicSpec<?, ?> topic);
}
