package se.oroshub.schemas.serde;

import java.nio.ByteBuffer;
import java.util.OptionalInt;

/**
 * The Confluent wire format: magic byte {@code 0}, the schema id as a 4-byte big-endian int, then the Avro binary
 * encoding of the datum (or, for a {@code bytes} schema, the raw bytes).
 */
public final class ConfluentWireFormat {

    /** The first byte of every framed record. */
    public static final byte MAGIC_BYTE = 0;
    /** Magic byte and schema id. */
    public static final int HEADER_SIZE = 5;

    private ConfluentWireFormat() {}

    /** The schema id of a framed record, or empty when the bytes are not in the wire format. */
    public static OptionalInt schemaId(byte[] framed) {
        if (framed == null || framed.length < HEADER_SIZE || framed[0] != MAGIC_BYTE) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(ByteBuffer.wrap(framed, 1, 4).getInt());
    }

    static byte[] header(int schemaId) {
        return ByteBuffer.allocate(HEADER_SIZE).put(MAGIC_BYTE).putInt(schemaId).array();
    }
}
