package se.oroshub.schemas.serde;

import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import se.oroshub.schemas.registry.SchemaRegistryClient;

/**
 * A {@link Serde} of generated Avro classes in the Confluent wire format, for Kafka Streams, like
 * {@code io.confluent.kafka.streams.serdes.avro.SpecificAvroSerde}: {@link #configure(Map, boolean)} takes the
 * {@link KafkaAvroSerdeConfig} keys and always reads with {@code specific.avro.reader=true}.
 *
 * @param <T> the generated record class
 */
public final class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final Serializer<T> typedSerializer = new TypedSerializer();
    private final Deserializer<T> typedDeserializer = new TypedDeserializer();
    private SchemaRegistryClient registry;
    private KafkaAvroSerializer serializer;
    private KafkaAvroDeserializer deserializer;

    /** A serde that builds its registry client from its configuration (one client for both directions). */
    public SpecificAvroSerde() {}

    /** A serde using the given registry client. */
    public SpecificAvroSerde(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> specific = new HashMap<>(configs);
        specific.put(KafkaAvroSerdeConfig.SPECIFIC_AVRO_READER, true);
        if (registry == null) {
            registry = KafkaAvroSerializer.clientFrom(specific);
        }
        serializer = new KafkaAvroSerializer(registry, specific, isKey);
        deserializer = new KafkaAvroDeserializer(registry, specific, isKey);
    }

    private void requireConfigured() {
        if (serializer == null) {
            throw new IllegalStateException("SpecificAvroSerde used before configure()");
        }
    }

    @Override
    public Serializer<T> serializer() {
        return typedSerializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return typedDeserializer;
    }

    private final class TypedSerializer implements Serializer<T> {

        @Override
        public void configure(Map<String, ?> configs, boolean isKey) {
            SpecificAvroSerde.this.configure(configs, isKey);
        }

        @Override
        public byte[] serialize(String topic, T data) {
            requireConfigured();
            return serializer.serialize(topic, data);
        }

        @Override
        public byte[] serialize(String topic, Headers headers, T data) {
            requireConfigured();
            return serializer.serialize(topic, headers, data);
        }
    }

    private final class TypedDeserializer implements Deserializer<T> {

        @Override
        public void configure(Map<String, ?> configs, boolean isKey) {
            SpecificAvroSerde.this.configure(configs, isKey);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(String topic, byte[] data) {
            requireConfigured();
            return (T) deserializer.deserialize(topic, data);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(String topic, Headers headers, byte[] data) {
            requireConfigured();
            return (T) deserializer.deserialize(topic, headers, data);
        }
    }
}
