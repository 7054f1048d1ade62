package se.oroshub.hub.rules.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import se.oroshub.schemas.avro.AuditRecord;

/**
 * Appends decisions to a hash chain. Each record carries the SHA-256 of its own canonical encoding, which includes
 * the previous record's hash, so altering a record breaks its own hash and removing one breaks the sequence and the
 * link; {@link AuditChainVerifier} finds the first such break.
 *
 * <p>The canonical encoding (version 1), over which {@code hash} is the lower-case hex SHA-256:
 * <pre>
 * str("oroshub-audit-v1")
 * str(chain) long(sequence) str(auditId) long(occurredAt, epoch millis) str(action symbol name)
 * nstr(reportId) str(actor) nstr(reasonCode)
 * int(attribute count) then per attribute, sorted by key (UTF-16 order): str(key) str(value)
 * str(previousHash)
 * </pre>
 * where {@code int} is 4 bytes and {@code long} 8 bytes big-endian, {@code str(s)} is int(byte length) followed by
 * the UTF-8 bytes, and {@code nstr} is {@code str}, or int(-1) for null. Every field of {@link AuditRecord} except
 * {@code hash} is covered.
 */
public final class AuditChain {

    /** The version tag that starts the canonical encoding. */
    public static final String ENCODING_TAG = "oroshub-audit-v1";

    private AuditChain() {
    }

    /**
     * Places {@code entry} after {@code previous}: the next sequence, the previous hash, and its own hash.
     *
     * @throws IllegalArgumentException if the head belongs to another chain than the entry
     */
    public static AuditRecord append(AuditHead previous, AuditEntry entry) {
        if (!previous.chain().equals(entry.chain())) {
            throw new IllegalArgumentException("entry for chain " + entry.chain() + " appended to chain " + previous.chain());
        }
        AuditRecord record = AuditRecord.newBuilder()
                .setChain(entry.chain())
                .setSequence(previous.sequence() + 1)
                .setAuditId(entry.auditId())
                .setOccurredAt(entry.occurredAt())
                .setAction(entry.action())
                .setReportId(entry.reportId())
                .setActor(entry.actor())
                .setReasonCode(entry.reasonCode())
                .setAttributes(new TreeMap<>(entry.attributes()))
                .setPreviousHash(previous.hash())
                .setHash("")
                .build();
        record.setHash(hashOf(record));
        return record;
    }

    /** The hash a record should carry: SHA-256 over its canonical encoding (its own {@code hash} is ignored). */
    public static String hashOf(AuditRecord record) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBytes(record)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The canonical encoding of a record, as documented on this class. */
    public static byte[] canonicalBytes(AuditRecord record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            str(out, ENCODING_TAG);
            str(out, record.getChain());
            out.writeLong(record.getSequence());
            str(out, record.getAuditId());
            out.writeLong(record.getOccurredAt().toEpochMilli());
            str(out, record.getAction().name());
            str(out, record.getReportId());
            str(out, record.getActor());
            str(out, record.getReasonCode());
            Map<String, String> attributes = new TreeMap<>(record.getAttributes());
            out.writeInt(attributes.size());
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                str(out, attribute.getKey());
                str(out, attribute.getValue());
            }
            str(out, record.getPreviousHash());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void str(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
