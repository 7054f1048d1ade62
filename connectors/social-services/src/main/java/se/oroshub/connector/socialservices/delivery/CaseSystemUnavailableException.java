package se.oroshub.connector.socialservices.delivery;

/**
 * A delivery attempt that did not reach a verdict: a 5xx, a 408/429, a connection failure or a timeout. Worth
 * retrying; counted by the circuit breaker. The message names the municipality and the status, never report content.
 */
public class CaseSystemUnavailableException extends RuntimeException {

    public CaseSystemUnavailableException(String message) {
        super(message);
    }

    public CaseSystemUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
