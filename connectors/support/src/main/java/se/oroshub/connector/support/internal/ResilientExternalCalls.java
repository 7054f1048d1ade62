package se.oroshub.connector.support.internal;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import se.oroshub.connector.support.ExternalCalls;
import se.oroshub.connector.support.ExternalSystemUnavailableException;

/** {@link ExternalCalls} on the registries Resilience4j's Spring Boot auto-configuration builds from configuration. */
public final class ResilientExternalCalls implements ExternalCalls, AutoCloseable {

    private final RetryRegistry retries;
    private final CircuitBreakerRegistry circuitBreakers;
    private final TimeLimiterRegistry timeLimiters;
    private final BulkheadRegistry bulkheads;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "external-call");
        thread.setDaemon(true);
        return thread;
    });

    public ResilientExternalCalls(
            RetryRegistry retries,
            CircuitBreakerRegistry circuitBreakers,
            TimeLimiterRegistry timeLimiters,
            BulkheadRegistry bulkheads) {
        this.retries = retries;
        this.circuitBreakers = circuitBreakers;
        this.timeLimiters = timeLimiters;
        this.bulkheads = bulkheads;
    }

    @Override
    public <T> T call(String backend, Supplier<T> call) {
        Bulkhead bulkhead = bulkheads.bulkhead(backend);
        TimeLimiter timeLimiter = timeLimiters.timeLimiter(backend);
        CircuitBreaker circuitBreaker = circuitBreakers.circuitBreaker(backend);
        Retry retry = retries.retry(backend);

        Supplier<CompletableFuture<T>> async =
                () -> CompletableFuture.supplyAsync(Bulkhead.decorateSupplier(bulkhead, call), workers);
        Callable<T> decorated = Retry.decorateCallable(
                retry, CircuitBreaker.decorateCallable(circuitBreaker, timeLimiter.decorateFutureSupplier(async)));
        try {
            return decorated.call();
        } catch (CallNotPermittedException e) {
            throw new ExternalSystemUnavailableException(backend, "circuit breaker of " + backend + " is open", e);
        } catch (BulkheadFullException e) {
            throw new ExternalSystemUnavailableException(backend, "too many concurrent calls to " + backend, e);
        } catch (TimeoutException e) {
            throw new ExternalSystemUnavailableException(backend, backend + " did not answer in time", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemUnavailableException(backend, "interrupted while calling " + backend, e);
        } catch (Exception e) {
            throw new ExternalSystemUnavailableException(
                    backend, backend + " failed: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
