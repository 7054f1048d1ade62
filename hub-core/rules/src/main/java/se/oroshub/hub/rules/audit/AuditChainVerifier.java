package se.oroshub.hub.rules.audit;

import java.util.HashMap;
import java.util.Map;
import se.oroshub.schemas.avro.AuditRecord;

/**
 * Verifies audit chains from their start and names the first broken link. Records of several chains may be
 * interleaved (as on the audit topic); each chain is followed by itself, from {@link AuditHead#genesis}. For each
 * record, in this order: its hash must match its content ({@code ALTERED}), its sequence must be the previous
 * record's plus one ({@code SEQUENCE_GAP}), its previous hash must be the previous record's hash
 * ({@code WRONG_PREVIOUS_HASH}).
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {}

    /** Verifies {@code records} in the order given. */
    public static ChainVerification verify(Iterable<AuditRecord> records) {
        Map<String, AuditHead> heads = new HashMap<>();
        long count = 0;
        for (AuditRecord record : records) {
            AuditHead head = heads.getOrDefault(record.getChain(), AuditHead.genesis(record.getChain()));
            String expectedHash = AuditChain.hashOf(record);
            if (!expectedHash.equals(record.getHash())) {
                return broken(
                        record,
                        ChainVerification.BreakKind.ALTERED,
                        "content hashes to " + expectedHash + " but the record carries " + record.getHash());
            }
            if (record.getSequence() != head.sequence() + 1) {
                return broken(
                        record,
                        ChainVerification.BreakKind.SEQUENCE_GAP,
                        "expected sequence " + (head.sequence() + 1) + " after " + head.sequence() + ", found "
                                + record.getSequence());
            }
            if (!head.hash().equals(record.getPreviousHash())) {
                return broken(
                        record,
                        ChainVerification.BreakKind.WRONG_PREVIOUS_HASH,
                        "previous hash " + record.getPreviousHash() + " is not the hash of record " + head.sequence()
                                + " (" + head.hash() + ")");
            }
            heads.put(record.getChain(), AuditHead.after(record));
            count++;
        }
        return new ChainVerification.Intact(count, heads.size());
    }

    private static ChainVerification broken(AuditRecord record, ChainVerification.BreakKind kind, String detail) {
        return new ChainVerification.Broken(record.getChain(), record.getSequence(), record.getAuditId(), kind, detail);
    }
}
