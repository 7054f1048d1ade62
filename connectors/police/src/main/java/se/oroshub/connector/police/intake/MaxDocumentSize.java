package se.oroshub.connector.police.intake;

/**
 * The largest document either channel accepts; a larger one is rejected unread.
 *
 * @param bytes the limit in bytes, positive
 */
public record MaxDocumentSize(long bytes) {

    public MaxDocumentSize {
        if (bytes <= 0) {
            throw new IllegalArgumentException("the largest document must be at least one byte");
        }
    }
}
