package se.oroshub.connector.support;

import java.time.Duration;
import java.util.Objects;

/**
 * The intake did not durably acknowledge a submission in time (broker down, circuit open, too many submissions at
 * once). The submitter must be told the report was <b>not</b> accepted and should submit it again later; resubmitting
 * the same report (same report id) is safe because the hub deduplicates by report id. Rendered as HTTP 503 with a
 * {@code Retry-After} header of {@link #retryAfter()}.
 */
public class IntakeUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public IntakeUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** When the submitter may try again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
