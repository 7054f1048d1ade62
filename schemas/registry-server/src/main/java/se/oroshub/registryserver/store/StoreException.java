package se.oroshub.registryserver.store;

/** The store could not complete an operation; {@link #kind()} says how, so the REST layer can answer with the right code. */
public final class StoreException extends Exception {

    /** How a store operation failed. */
    public enum Kind {
        /** The backing store rejected or lost the operation. */
        BACKEND,
        /** The operation was not confirmed in time; it may or may not have been applied. */
        TIMEOUT,
        /** This instance cannot write (the store is closed or not started). */
        UNAVAILABLE
    }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
