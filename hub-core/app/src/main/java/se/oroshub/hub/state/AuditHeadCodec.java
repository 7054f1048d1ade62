package se.oroshub.hub.state;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import se.oroshub.hub.rules.audit.AuditHead;

/**
 * The binary codec of the audit head stores' values, {@link AuditHead}.
 *
 * <p>Format: long sequence (big-endian), then UTF-8 {@code hash + chain} (the hash is always 64 characters). Ids and
 * hashes only.
 */
final class AuditHeadCodec {

    private AuditHeadCodec() {
    }

    /** Encodes a head. */
    static byte[] encode(AuditHead head) {
        byte[] text = (head.hash() + head.chain()).getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Long.BYTES + text.length).putLong(head.sequence()).put(text).array();
    }

    /**
     * Decodes a head written by {@link #encode}.
     *
     * @throws IllegalArgumentException if the bytes are not a head
     */
    static AuditHead decode(byte[] bytes) {
        if (bytes.length < Long.BYTES + 64) {
            throw new IllegalArgumentException("corrupt audit head");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long sequence = buffer.getLong();
        String text = new String(bytes, Long.BYTES, bytes.length - Long.BYTES, StandardCharsets.UTF_8);
        return new AuditHead(text.substring(64), sequence, text.substring(0, 64));
    }
}
