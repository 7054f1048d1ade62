package se.oroshub.hub.rules.audit;

import java.util.Objects;
import se.oroshub.schemas.avro.AuditRecord;

/**
 * The end of one audit chain: what the next record links to. Kept by the app per chain
 * ({@link AuditChain#chainId}).
 *
 * @param chain the chain
 * @param sequence the sequence of the last record, 0 before the first
 * @param hash the hash of the last record, {@link #GENESIS_HASH} before the first
 */
public record AuditHead(String chain, long sequence, String hash) {

    /** The previous hash of a chain's first record: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /** Requires every field, a non-negative sequence and a 64-character hash. */
    public AuditHead {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 0 || hash.length() != 64) {
            throw new IllegalArgumentException("invalid audit head for chain " + chain);
        }
    }

    /** The head of an empty chain. */
    public static AuditHead genesis(String chain) {
        return new AuditHead(chain, 0, GENESIS_HASH);
    }

    /** The head after {@code record}. */
    public static AuditHead after(AuditRecord record) {
        return new AuditHead(record.getChain(), record.getSequence(), record.getHash());
    }
}
