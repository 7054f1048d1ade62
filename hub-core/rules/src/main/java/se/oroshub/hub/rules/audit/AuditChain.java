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
import java.util.Objects;
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
 *
 * <p>Chains and owners: each owner (a municipality, or the hub for decisions before routing) has one chain per
 * segment of the hub that takes its decisions, {@code owner/segment} ({@link #chainId}), for example
 * {@code 0180/intake-3}. A chain has exactly one writer, the hub task of that segment, so its records are appended
 * in order without a detour through another task, and the hub scales out with its partitions: no chain funnels every
 * decision through one task. An owner's trail is the union of its chains; each verifies on its own.
 */
public final class AuditChain {

    /** The version tag that starts the canonical encoding. */
    public static final String ENCODING_TAG = "oroshub-audit-v1";

    /** Separates the owner from the segment in a chain id. */
    public static final char SEGMENT_SEPARATOR = '/';

    private AuditChain() {}

    /** The id of the chain that {@code segment} keeps for {@code owner}: {@code owner/segment}. */
    public static String chainId(String owner, String segment) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(segment, "segment");
        if (owner.isEmpty() || segment.isEmpty() || owner.indexOf(SEGMENT_SEPARATOR) >= 0) {
            throw new IllegalArgumentException("invalid audit chain owner or segment");
        }
        return owner + SEGMENT_SEPARATOR + segment;
    }

    /** The owner of a chain: the part of its id before the first {@code /}, or the whole id if it has none. */
    public static String ownerOf(String chainId) {
        int separator = chainId.indexOf(SEGMENT_SEPARATOR);
        return separator < 0 ? chainId : chainId.substring(0, separator);
    }

    /**
     * Places {@code entry} after {@code previous}: the chain of the head, the next sequence, the previous hash, and
     * its own hash.
     *
     * @throws IllegalArgumentException if the head's chain belongs to another owner than the entry
     */
    public static AuditRecord append(AuditHead previous, AuditEntry entry) {
        if (!ownerOf(previous.chain()).equals(entry.owner())) {
            throw new IllegalArgumentException(
                    "entry of " + entry.owner() + " appended to chain " + previous.chain() + " of another owner");
        }
        AuditRecord record = AuditRecord.newBuilder()
                .setChain(previous.chain())
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
