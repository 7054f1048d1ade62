package se.oroshub.connector.support;

import java.util.function.Supplier;

/**
 * The one way to call an external system (a case-management system, a registry, a file share): through retry with
 * backoff, a circuit breaker, a bulkhead and a time limiter, each a Resilience4j instance named after the backend and
 * configured under {@code resilience4j.retry|circuitbreaker|bulkhead|timelimiter.instances.<backend>} (falling back to
 * the {@code default} config shipped in {@code connector-defaults.yml}). State and events show in Actuator:
 * {@code /actuator/health} (circuit breakers), {@code /actuator/circuitbreakers}, {@code /actuator/retries},
 * {@code /actuator/bulkheads}, {@code /actuator/timelimiters}.
 *
 * <p>The decoration order is Resilience4j's own: retry( circuit breaker( time limiter( bulkhead( call )))).
 * Only calls that are safe to repeat belong here (idempotent requests, or requests the other side deduplicates).
 */
public interface ExternalCalls {

    /**
     * Runs {@code call} for {@code backend} with all four protections.
     *
     * @param backend the Resilience4j instance name, e.g. {@code case-management-0180}
     * @param call    the call; it runs on a worker thread so the time limiter can abandon it
     * @return the call's result
     * @throws ExternalSystemUnavailableException when the circuit is open, the bulkhead is full or the call timed out
     *                                            (after the retries), or the call threw a checked exception; a
     *                                            runtime exception of the call itself propagates unchanged once the
     *                                            retries are exhausted, so the caller can tell a refusal (4xx) from an
     *                                            outage
     */
    <T> T call(String backend, Supplier<T> call);

    /** {@link #call} for a call without a result. */
    default void run(String backend, Runnable call) {
        call(backend, () -> {
            call.run();
            return null;
        });
    }
}
