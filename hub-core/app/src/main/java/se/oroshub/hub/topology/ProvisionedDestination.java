package se.oroshub.hub.topology;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import se.oroshub.schemas.topics.TopicSpec;

/**
 * A dynamic sink destination: finds the record's owner (a municipality, an after-hours service, a reporting
 * organisation), derives the owner's topic from {@code Topics}' families, provisions the topic the first time this
 * instance sees the owner, and names it. The names are remembered per owner, so a record costs one map lookup.
 *
 * @param <O> the owner's type
 * @param <V> the record's value type
 */
final class ProvisionedDestination<O, V> implements TopicNameExtractor<String, V> {

    private final Function<V, O> owner;
    private final Function<O, TopicSpec<?, ?>> topicOf;
    private final TopicProvisioning provisioning;
    private final Map<O, String> provisioned = new ConcurrentHashMap<>();

    ProvisionedDestination(Function<V, O> owner, Function<O, TopicSpec<?, ?>> topicOf, TopicProvisioning provisioning) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.topicOf = Objects.requireNonNull(topicOf, "topicOf");
        this.provisioning = Objects.requireNonNull(provisioning, "provisioning");
    }

    @Override
    public String extract(String key, V value, RecordContext recordContext) {
        return provisioned.computeIfAbsent(owner.apply(value), o -> {
            TopicSpec<?, ?> topic = topicOf.apply(o);
            provisioning.ensure(topic);
            return topic.name();
        });
    }
}
