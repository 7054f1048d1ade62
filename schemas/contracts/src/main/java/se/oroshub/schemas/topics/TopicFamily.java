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

    /** A regular expression matching every topic of this family (for pattern subscriptions and ACL prefixes). */
    public String pattern() {
        return java.util.regex.Pattern.quote(prefix) + "[A-Za-z0-9_-]+" + java.util.regex.Pattern.quote(suffix);
    }
}
