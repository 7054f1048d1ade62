package se.oroshub.connector.police.document;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;

/**
 * Derives the hub's report id from the police's own document id, so a document sent again (by the police, or by
 * this connector after a crash) is the same report and the hub's deduplication by report id applies.
 *
 * <p>The id is a name-based UUID, version 5 (RFC 9562: SHA-1 over a namespace and a name). The name is the sending
 * unit and the document id, so two units' documents with the same number never collide.
 */
public final class ReportIds {

    /** This connector's UUID namespace; fixed forever, since changing it would change every report id. */
    static final UUID NAMESPACE = UUID.fromString("86f78c63-5a7e-4ee9-bc8f-a3961b544bac");

    private ReportIds() {}

    /** The report id of document {@code documentId} sent by police unit {@code policeUnit}. */
    public static UUID of(String policeUnit, String documentId) {
        Objects.requireNonNull(policeUnit, "policeUnit");
        Objects.requireNonNull(documentId, "documentId");
        byte[] name = ("police-unit:" + policeUnit + "\ndocument:" + documentId).getBytes(StandardCharsets.UTF_8);
        byte[] hash = sha1(
                ByteBuffer.allocate(16)
                        .putLong(NAMESPACE.getMostSignificantBits())
                        .putLong(NAMESPACE.getLeastSignificantBits())
                        .array(),
                name);
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }

    private static byte[] sha1(byte[] namespace, byte[] name) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(namespace);
            digest.update(name);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
