package se.oroshub.connector.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.connector.support.ExternalSystemUnavailableException;

class ResilientExternalCallsTest {

    private final CircuitBreakerRegistry circuitBreakers = CircuitBreakerRegistry.ofDefaults();
    private final ResilientExternalCalls calls = new ResilientExternalCalls(
            RetryRegistry.of(RetryConfig.custom()
                    .maxAttempts(3)
                    .waitDuration(Duration.ofMillis(1))
                    .build()),
            circuitBreakers,
            TimeLimiterRegistry.of(TimeLimiterConfig.custom()
                    .timeoutDuration(Duration.ofMillis(200))
                    .build()),
            BulkheadRegistry.ofDefaults());

    @AfterEach
    void close() {
        calls.close();
    }

    @Test
    void aPassingFailureIsRetried() {
        AtomicInteger attempts = new AtomicInteger();

        String answer = calls.call("case-management-0180", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("503 from the case-management system");
            }
            return "ack";
        });

        assertThat(answer).isEqualTo("ack");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aLastingFailurePropagatesAfterTheRetries() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> calls.call("case-management-1480", () -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("refused");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("refused");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aCallThatDoesNotAnswerInTimeIsUnavailable() {
        CountDownLatch never = new CountDownLatch(1);

        assertThatThrownBy(() -> calls.call("slow-system", () -> {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "late";
                }))
                .isInstanceOfSatisfying(
                        ExternalSystemUnavailableException.class,
                        e -> assertThat(e.backend()).isEqualTo("slow-system"));
    }

    @Test
    void anOpenCircuitRefusesWithoutCalling() {
        circuitBreakers.circuitBreaker("down-system").transitionToOpenState();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> calls.run("down-system", attempts::incrementAndGet))
                .isInstanceOf(ExternalSystemUnavailableException.class)
                .hasMessageContaining("circuit breaker");
        assertThat(attempts).hasValue(0);
    }
}
