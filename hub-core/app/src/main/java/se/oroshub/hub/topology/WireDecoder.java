package se.oroshub.hub.topology;

import java.nio.ByteBuffer;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.registry.RegistryUnavailableException;
import se.oroshub.schemas.registry.SchemaNotFoundException;
import se.oroshub.schemas.registry.SchemaRegistryClient;

/**
 * Decodes a record value in the Confluent wire format (magic byte 0, four-byte schema id, Avro binary) into one
 * expected Avro type, and says precisely why when it cannot, so the record can go to the dead-letter topic with a
 * stable reason instead of stalling its partition:
 * <ul>
 *   <li>{@code UNDECODABLE}: not the wire format, or Avro bytes that do not decode under their schema;</li>
 *   <li>{@code UNKNOWN_SCHEMA}: a schema id the registry does not know;</li>
 *   <li>{@code WRONG_SCHEMA}: a known schema of another record type.</li>
 * </ul>
 * A registry that cannot be reached is not a property of the record: that exception propagates, the transaction
 * aborts, and the record is retried after restart instead of being dead-lettered.
 *
 * @param <T> the expected Avro type
 */
final class WireDecoder<T extends SpecificRecord> {

    private static final byte MAGIC_BYTE = 0;
    private static final int HEADER_LENGTH = 5;

    private final Schema expected;
    private final SchemaRegistryClient registry;
    private final Deserializer<T> deserializer;

    WireDecoder(Schema expected, SchemaRegistryClient registry, Deserializer<T> deserializer) {
        this.expected = Objects.requireNonNull(expected, "expected");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.deserializer = Objects.requireNonNull(deserializer, "deserializer");
    }

    /** The outcome of decoding one value. */
    sealed interface Result<T> permits Decoded, Failed {}

    /** The value decoded. */
    record Decoded<T>(T value) implements Result<T> {}

    /** The value could not be decoded; {@code detail} names the problem, never the content. */
    record Failed<T>(RejectionReason reason, String detail) implements Result<T> {}

    Result<T> decode(String topic, byte[] bytes) {
        if (bytes == null || bytes.length < HEADER_LENGTH) {
            return new Failed<>(RejectionReason.UNDECODABLE, "value is shorter than the wire-format header");
        }
        if (bytes[0] != MAGIC_BYTE) {
            return new Failed<>(RejectionReason.UNDECODABLE, "value does not start with the wire-format magic byte 0");
        }
        int schemaId = ByteBuffer.wrap(bytes, 1, 4).getInt();
        Schema writer;
        try {
            writer = registry.getSchemaById(schemaId);
        } catch (SchemaNotFoundException e) {
            return new Failed<>(RejectionReason.UNKNOWN_SCHEMA, "schema id " + schemaId + " is not registered");
        }
        if (writer.getType() != Schema.Type.RECORD || !expected.getFullName().equals(writer.getFullName())) {
            return new Failed<>(
                    RejectionReason.WRONG_SCHEMA,
                    "schema id " + schemaId + " is " + writer.getFullName() + ", expected " + expected.getFullName());
        }
        try {
            T value = deserializer.deserialize(topic, bytes);
            return value == null
                    ? new Failed<>(RejectionReason.UNDECODABLE, "value decoded to nothing")
                    : new Decoded<>(value);
        } catch (RegistryUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            return new Failed<>(
                    RejectionReason.UNDECODABLE,
                    "Avro bytes do not decode under schema id " + schemaId + " ("
                            + e.getClass().getSimpleName() + ")");
        }
    }
}
