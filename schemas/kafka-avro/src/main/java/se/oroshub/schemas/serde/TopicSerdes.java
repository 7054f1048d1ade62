package se.oroshub.schemas.serde;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import se.oroshub.schemas.topics.TopicFamily;
import se.oroshub.schemas.topics.TopicSpec;

/**
 * Serdes for the typed topics of {@link se.oroshub.schemas.topics.Topics}: a String serde for String keys and values,
 * a configured {@link SpecificAvroSerde} for generated Avro classes.
 */
public final class TopicSerdes {

    private TopicSerdes() {}

    /** The key serde of a topic, configured as a key serde from a map of {@link KafkaAvroSerdeConfig} keys. */
    public static <K> Serde<K> keySerde(TopicSpec<K, ?> topic, Map<String, ?> config) {
        return serdeFor(topic.keyType(), config, true, topic.name());
    }

    /** The value serde of a topic, configured as a value serde from a map of {@link KafkaAvroSerdeConfig} keys. */
    public static <V> Serde<V> valueSerde(TopicSpec<?, V> topic, Map<String, ?> config) {
        return serdeFor(topic.valueType(), config, false, topic.name());
    }

    /** The key serde shared by every topic of a family. */
    public static <K> Serde<K> keySerde(TopicFamily<K, ?> family, Map<String, ?> config) {
        return serdeFor(family.keyType(), config, true, family.pattern());
    }

    /** The value serde shared by every topic of a family. */
    public static <V> Serde<V> valueSerde(TopicFamily<?, V> family, Map<String, ?> config) {
        return serdeFor(family.valueType(), config, false, family.pattern());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Serde<T> serdeFor(Class<T> type, Map<String, ?> config, boolean isKey, String topic) {
        if (type == String.class) {
            return (Serde<T>) Serdes.String();
        }
        if (SpecificRecord.class.isAssignableFrom(type)) {
            SpecificAvroSerde serde = new SpecificAvroSerde<>();
            serde.configure(config, isKey);
            return serde;
        }
        throw new IllegalArgumentException("no serde for " + (isKey ? "key" : "value") + " type " + type.getName()
                + " of topic " + topic + "; supported are String and generated Avro classes");
    }
}
