package se.oroshub.hub.rules.audit;

import java.util.Objects;

/** The outcome of verifying audit chains: intact, or the first broken link. */
public sealed interface ChainVerification permits ChainVerification.Intact, ChainVerification.Broken {

    /** Whether every chain verified. */
    default boolean intact() {
        return this instanceof Intact;
    }

    /**
     * Every record verified.
     *
     * @param records how many records were checked
     * @param chains how many chains they formed
     */
    record Intact(long records, int chains) implements ChainVerification {}

    /**
     * The first record at which a chain breaks.
     *
     * @param chain the chain
     * @param sequence the sequence the broken record carries
     * @param auditId its audit id
     * @param kind what is wrong
     * @param detail what was expected and found (hashes and sequence numbers only)
     */
    record Broken(String chain, long sequence, String auditId, BreakKind kind, String detail)
            implements ChainVerification {
        /** Requires chain, kind and detail. */
        public Broken {
            Objects.requireNonNull(chain, "chain");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** What broke. */
    enum BreakKind {
        /** The record's content does not match its own hash: it was altered. */
        ALTERED,
        /** The sequence does not follow the previous record's: a record was removed (or records reordered). */
        SEQUENCE_GAP,
        /**
         * The record's previous hash is not the previous record's hash: the previous record was replaced (altered and
         * re-hashed), or the record was spliced in from elsewhere.
         */
        WRONG_PREVIOUS_HASH,
        /** The record cannot be read as an audit record at all: its bytes were altered or replaced. */
        UNREADABLE
    }
}
