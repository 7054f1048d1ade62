package se.oroshub.hub.state;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import se.oroshub.hub.rules.audit.AuditHead;

/**
 * The binary codec of the audit head stores' values, {@link AuditHead}.
 *
 * <p>Version 1: byte version (1); long sequence (big-endian); UTF-8 {@code hash + chain} (the hash is always 64
 * characters). Version 0, written before the store had a version byte, is version 1 without it; its first byte is the
 * highest byte of the sequence, 0 for every sequence below 2^56, so it is still read. Ids and hashes only.
 */
final class AuditHeadCodec {

    /** The format version written. */
    static final byte VERSION = 1;
    /** The first byte of a version 0 value: the highest byte of its sequence. */
    private static final byte VERSION_0 = 0;

    private static final int HASH_LENGTH = 64;

    private AuditHeadCodec() {}

    /** Encodes a head. */
    static byte[] encode(AuditHead head) {
        byte[] text = (head.hash() + head.chain()).getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(1 + Long.BYTES + text.length)
                .put(VERSION)
                .putLong(head.sequence())
                .put(text)
                .array();
    }

    /**
     * Decodes a head of any version this codec has written.
     *
     * @throws IllegalArgumentException if the bytes are not a head of a known version
     */
    static AuditHead decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("corrupt audit head: no bytes");
        }
        if (bytes[0] == VERSION) {
            return read(bytes, 1);
        }
        if (bytes[0] == VERSION_0) {
            return read(bytes, 0);
        }
        throw new IllegalArgumentException("unknown audit head format version " + bytes[0]);
    }

    private static AuditHead read(byte[] bytes, int offset) {
        int textStart = offset + Long.BYTES;
        if (bytes.length < textStart + HASH_LENGTH) {
            throw new IllegalArgumentException("corrupt audit head");
        }
        long sequence = ByteBuffer.wrap(bytes, offset, Long.BYTES).getLong();
        String text = new String(bytes, textStart, bytes.length - textStart, StandardCharsets.UTF_8);
        return new AuditHead(text.substring(HASH_LENGTH), sequence, text.substring(0, HASH_LENGTH));
    }
}
