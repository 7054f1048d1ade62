package se.oroshub.connector.support;

import java.util.Objects;

/**
 * A call through {@link ExternalCalls} that failed after its retries, timed out, found its circuit open or its bulkhead
 * full. Rendered as HTTP 503 ({@link ErrorCode#EXTERNAL_SYSTEM_UNAVAILABLE}).
 */
public class ExternalSystemUnavailableException extends RuntimeException {

    private final String backend;

    public ExternalSystemUnavailableException(String backend, String message, Throwable cause) {
        super(message, cause);
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /** The Resilience4j instance name of the external system, e.g. {@code case-management-0180}. */
    public String backend() {
        return backend;
    }
}
