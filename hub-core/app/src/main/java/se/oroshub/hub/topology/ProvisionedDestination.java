package se.oroshub.hub.topology;

import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import se.oroshub.schemas.topics.TopicSpec;

/**
 * A dynamic sink destination: derives the topic spec from the record (via {@code Topics}' families), provisions the
 * topic if this instance has not seen it yet, and names it.
 */
final class ProvisionedDestination<V> implements TopicNameExtractor<String, V> {

    private final Function<V, TopicSpec<?, ?>> destination;
    private final TopicProvisioning provisioning;

    ProvisionedDestination(Function<V, TopicSpec<?, ?>> destination, TopicProvisioning provisioning) {
        this.destination = Objects.requireNonNull(destination, "destination");
        this.provisioning = Objects.requireNonNull(provisioning, "provisioning");
    }

    @Override
    public String extract(String key, V value, RecordContext recordContext) {
        TopicSpec<?, ?> topic = destination.apply(value);
        provisioning.ensure(topic);
        return topic.name();
    }
}
