package se.oroshub.schemas.registry;

/**
 * The registry could not be reached, did not answer in time, answered with a server error, or its circuit breaker is
 * open. Transport failures and server errors are retried (with backoff) before this reaches the caller.
 */
public class RegistryUnavailableException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    private final boolean retriable;

    public RegistryUnavailableException(String message, Throwable cause) {
        this(0, UNAVAILABLE, message, cause, true);
    }

    RegistryUnavailableException(int httpStatus, int errorCode, String message, Throwable cause, boolean retriable) {
        super(httpStatus, errorCode, message, cause);
        this.retriable = retriable;
    }

    /** The circuit breaker refused the call; not retried, the breaker decides when to try again. */
    static RegistryUnavailableException circuitOpen(String registry, Throwable cause) {
        return new RegistryUnavailableException(
                0,
                UNAVAILABLE,
                "schema registry " + registry + " is failing; circuit breaker open, call not attempted",
                cause,
                false);
    }

    @Override
    public boolean isRetriable() {
        return retriable;
    }
}
