package se.oroshub.hub.state;

import java.util.Arrays;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import se.oroshub.schemas.avro.UnroutableReport;

/**
 * The codec of the clearing store's values: the {@link UnroutableReport} a person's decision will route, in the
 * contract's Confluent wire format behind the format version. The wire format names its writer schema by the
 * registry's id, so the contract evolves under the contracts' compatibility gate without a new store version.
 *
 * <p>Version 1: byte version (1), then the Confluent wire format (magic byte 0, 4-byte schema id, Avro binary).
 * Version 0, written before the store had a version byte, is the wire format alone; its first byte is the wire
 * format's magic byte 0, so it is still read.
 */
final class WaitingInClearingCodec {

    /** The format version written. */
    static final byte VERSION = 1;
    /** The first byte of a version 0 value: the Confluent wire format's magic byte. */
    private static final byte VERSION_0 = 0;

    private final Serde<UnroutableReport> wire;

    /** @param wire the contract's wire-format serde, configured with the schema registry */
    WaitingInClearingCodec(Serde<UnroutableReport> wire) {
        this.wire = Objects.requireNonNull(wire, "wire");
    }

    /** Encodes a report for the store whose changelog is {@code topic} (the subject of its schema). */
    byte[] encode(String topic, UnroutableReport report) {
        byte[] value = wire.serializer().serialize(topic, report);
        byte[] bytes = new byte[value.length + 1];
        bytes[0] = VERSION;
        System.arraycopy(value, 0, bytes, 1, value.length);
        return bytes;
    }

    /**
     * Decodes a report of any version this codec has written.
     *
     * @throws IllegalArgumentException if the bytes do not start with a known version
     */
    UnroutableReport decode(String topic, byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("corrupt report waiting in clearing: no bytes");
        }
        if (bytes[0] == VERSION) {
            return wire.deserializer().deserialize(topic, Arrays.copyOfRange(bytes, 1, bytes.length));
        }
        if (bytes[0] == VERSION_0) {
            return wire.deserializer().deserialize(topic, bytes);
        }
        throw new IllegalArgumentException("unknown waiting-in-clearing format version " + bytes[0]);
    }
}
