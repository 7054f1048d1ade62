package se.oroshub.hub.topology;

import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import se.oroshub.schemas.registry.SchemaRegistryClient;
import se.oroshub.schemas.registry.SchemaRegistryClients;
import se.oroshub.schemas.serde.SpecificAvroSerde;

/**
 * The Avro serdes of the topology (Confluent wire format), all sharing one schema-registry client so that a schema id
 * resolved while classifying an intake record is not fetched twice.
 *
 * @param registry the schema-registry client
 * @param config   the serde configuration ({@code schema.registry.url}, {@code auto.register.schemas}, ...)
 */
public record HubSerdes(SchemaRegistryClient registry, Map<String, ?> config) {

    /** Copies the configuration. */
    public HubSerdes {
        Objects.requireNonNull(registry, "registry");
        config = Map.copyOf(config);
    }

    /**
     * Serdes for the registry the configuration names: an HTTP registry, or an in-memory scope for a
     * {@code mock://scope} URL (for TopologyTestDriver tests).
     */
    public static HubSerdes fromConfig(Map<String, ?> config) {
        return new HubSerdes(SchemaRegistryClients.fromConfig(config), config);
    }

    /** A value serde of one generated Avro class. */
    public <T extends SpecificRecord> Serde<T> value(Class<T> type) {
        Objects.requireNonNull(type, "type");
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(registry);
        serde.configure(config, false);
        return serde;
    }

    /** A decoder that classifies why a value of {@code type} cannot be read. */
    <T extends SpecificRecord> WireDecoder<T> decoder(Class<T> type, Schema schema) {
        return new WireDecoder<>(schema, registry, value(type).deserializer());
    }
}
