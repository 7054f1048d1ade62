package se.oroshub.hub.state;

import java.nio.charset.StandardCharsets;

/**
 * The codec of the deadline due index's values: the id of the report whose clock is due at the time its key names.
 *
 * <p>Version 1: byte version (1), then the report id in UTF-8. Version 0, written before the store had a version byte,
 * is the report id alone; a report id is a UUID, whose first byte is never one of the bytes below {@code 0x20}
 * reserved for versions, so it is still read.
 */
final class DueIndexCodec {

    /** The format version written. */
    static final byte VERSION = 1;
    /** Version bytes are below this; a value starting at or above it is version 0. */
    private static final int FIRST_VERSION_0_BYTE = 0x20;

    private DueIndexCodec() {}

    /** Encodes a report id. */
    static byte[] encode(String reportId) {
        byte[] id = reportId.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[id.length + 1];
        bytes[0] = VERSION;
        System.arraycopy(id, 0, bytes, 1, id.length);
        return bytes;
    }

    /**
     * Decodes a report id of any version this codec has written.
     *
     * @throws IllegalArgumentException if the bytes start with a version byte of no known version
     */
    static String decode(byte[] bytes) {
        if (bytes.length == 0 || Byte.toUnsignedInt(bytes[0]) >= FIRST_VERSION_0_BYTE) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (bytes[0] == VERSION) {
            return new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException("unknown deadline due index format version " + bytes[0]);
    }
}
