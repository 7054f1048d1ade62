package se.oroshub.schemas.topics;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One concrete topic: its name, the types of its keys and values, and how it is created. Topics are always created
 * explicitly from these specs (broker auto-creation stays off), so partition count, retention and cleanup policy are
 * decided here rather than by broker defaults.
 *
 * @param name       the topic name
 * @param keyType    the type of the record key
 * @param valueType  the type of the record value (an Avro SpecificRecord class)
 * @param partitions partition count at creation
 * @param retention  how long records are kept; empty means forever
 * @param compacted  whether the topic is log-compacted (latest value per key kept) instead of deleted by time
 */
public record TopicSpec<K, V>(
        String name,
        Class<K> keyType,
        Class<V> valueType,
        int partitions,
        Optional<Duration> retention,
        boolean compacted) {

    /** Kafka's limit on topic name length. */
    static final int MAX_NAME_LENGTH = 249;

    private static final Pattern LEGAL_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(retention, "retention");
        if (name.isEmpty()
                || name.length() > MAX_NAME_LENGTH
                || !LEGAL_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a legal Kafka topic name: '" + name + "'");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
    }

    /** The topic-level configuration this spec implies (as Kafka's topic config keys). */
    public Map<String, String> topicConfig() {
        String retentionMs = retention.map(d -> Long.toString(d.toMillis())).orElse("-1");
        return compacted
                ? Map.of("cleanup.policy", "compact", "retention.ms", "-1")
                : Map.of("cleanup.policy", "delete", "retention.ms", retentionMs);
    }

    /** The same topic with another partition count (deployments size topics for their load). */
    public TopicSpec<K, V> withPartitions(int count) {
        return new TopicSpec<>(name, keyType, valueType, count, retention, compacted);
    }
}
