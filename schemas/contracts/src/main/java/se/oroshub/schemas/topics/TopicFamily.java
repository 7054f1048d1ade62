package se.oroshub.schemas.topics;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A family of topics of one shape, one per owner (a municipality, an after-hours service, a reporting organisation),
 * so the broker's ACLs can grant each owner its own topic and nothing else.
 *
 * @param prefix     the name before the owner part
 * @param suffix     the name after the owner part
 * @param ownerPart  turns an owner id into the owner part of the name; must be injective, so that two owners never
 *                   share a topic
 */
public record TopicFamily<K, V>(
        String prefix,
        String suffix,
        Class<K> keyType,
        Class<V> valueType,
        int partitions,
        Optional<Duration> retention,
        UnaryOperator<String> ownerPart) {

    public TopicFamily {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(ownerPart, "ownerPart");
    }

    /** The topic of one owner. */
    public TopicSpec<K, V> of(String owner) {
        Objects.requireNonNull(owner, "owner");
        return new TopicSpec<>(
                prefix + ownerPart.apply(owner) + suffix, keyType, valueType, partitions, retention, false);
    }

    /**
     * The owner part of a topic of this family, as it appears in the name (for a municipality, its code), or empty if
     * the topic is not one of this family. The owner of a record read from such a topic is taken from here, because the
     * broker lets only the owner write the topic; never from a field the writer fills in.
     */
    public Optional<String> ownerPartOf(String topicName) {
        if (topicName == null || !topicName.matches(pattern())) {
            return Optional.empty();
        }
        return Optional.of(topicName.substring(prefix.length(), topicName.length() - suffix.length()));
    }

    /** A regular expression matching every topic of this family (for pattern subscriptions and ACL prefixes). */
    public String pattern() {
        return java.util.regex.Pattern.quote(prefix) + "[A-Za-z0-9_-]+" + java.util.regex.Pattern.quote(suffix);
    }
}
