package se.oroshub.connector.socialservices.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import se.oroshub.casemanagement.EmbeddedCaseManagementSystem;
import se.oroshub.connector.socialservices.events.StatusEvents;
import se.oroshub.connector.socialservices.support.MutableClock;
import se.oroshub.connector.socialservices.support.RecordingPublisher;
import se.oroshub.connector.socialservices.support.TestReports;
import se.oroshub.connector.support.internal.ResilientExternalCalls;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.DeadlineDeviation;
import se.oroshub.schemas.avro.DeadlineKind;
import se.oroshub.schemas.avro.ReportReceived;
import se.oroshub.schemas.avro.RoutedReport;
import tools.jackson.databind.json.JsonMapper;

/** Delivery against a real HTTP server on loopback that answers, fails, is slow, refuses or is down. */
class ReportDeliveryTest {

    private static final String MUNICIPALITY = "1480";
    private static final Duration ALARM_AFTER = Duration.ofMinutes(15);

    private final EmbeddedCaseManagementSystem standIn = EmbeddedCaseManagementSystem.start();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final RecordingPublisher published = new RecordingPublisher();
    private final DeliveryStatus status = new DeliveryStatus();
    private final CircuitBreakerRegistry circuitBreakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
            .slidingWindowSize(4)
            .minimumNumberOfCalls(4)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofHours(1))
            .build());
    private final ResilientExternalCalls calls = new ResilientExternalCalls(
            RetryRegistry.of(RetryConfig.custom()
                    .maxAttempts(3)
                    .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(10), 2))
                    .ignoreExceptions(CallNotPermittedException.class)
                    .build()),
            circuitBreakers,
            TimeLimiterRegistry.of(TimeLimiterConfig.custom()
                    .timeoutDuration(Duration.ofSeconds(1))
                    .build()),
            BulkheadRegistry.ofDefaults());
    private final ReportDelivery delivery = new ReportDelivery(
            Map.of(
                    MUNICIPALITY,
                    new HttpCaseManagementSystem(
                            MUNICIPALITY,
                            new CaseSystemEndpoint(standIn.baseUrl(), "connector", "secret", null),
                            Duration.ofSeconds(5),
                            HttpClient.newHttpClient(),
                            JsonMapper.builder().build())),
            calls,
            published,
            status,
            ALARM_AFTER,
            clock);
    private final TestReports reports = new TestReports(42);

    /** Loads the HTTP and JSON machinery once, so a cold start does not look like a slow system to the time limiter. */
    @BeforeAll
    static void warmUp() {
        try (EmbeddedCaseManagementSystem warm = EmbeddedCaseManagementSystem.start()) {
            new HttpCaseManagementSystem(
                            MUNICIPALITY,
                            new CaseSystemEndpoint(warm.baseUrl(), "u", "p", null),
                            Duration.ofSeconds(30),
                            HttpClient.newHttpClient(),
                            JsonMapper.builder().build())
                    .deliver(new TestReports(7).routed(MUNICIPALITY, false));
        }
    }

    @AfterEach
    void stop() {
        standIn.close();
        calls.close();
    }

    @Test
    void anAcknowledgedDeliveryPublishesReportReceivedWithTheSystemsReference() {
        RoutedReport report = reports.routed(MUNICIPALITY, true);

        ReportDelivery.Verdict verdict = delivery.deliver(MUNICIPALITY, report);

        assertThat(verdict).isEqualTo(ReportDelivery.Verdict.COMMIT);
        assertThat(standIn.requests()).singleElement().satisfies(request -> {
            assertThat(request.idempotencyKey()).isEqualTo(report.getReportId());
            assertThat(request.authorization())
                    .isEqualTo("Basic "
                            + Base64.getEncoder().encodeToString("connector:secret".getBytes(StandardCharsets.UTF_8)));
            assertThat(request.body()).contains(report.getReportId());
        });
        CaseStatusEvent event = published.events().get(0);
        assertThat(published.events()).hasSize(1);
        assertThat(event.getEventId()).isEqualTo(StatusEvents.receivedEventId(report.getReportId()));
        assertThat(event.getReportId()).isEqualTo(report.getReportId());
        assertThat(event.getMunicipalityCode()).isEqualTo(MUNICIPALITY);
        assertThat(((ReportReceived) event.getPayload()).getSystemReference())
                .isEqualTo(standIn.registered().get(report.getReportId()));
        assertThat(published.deviations()).isEmpty();
    }

    @Test
    void serverErrorsAreRetriedAndTheReportIsAcknowledgedOnce() {
        RoutedReport report = reports.routed(MUNICIPALITY, false);
        standIn.failNext(2);

        ReportDelivery.Verdict verdict = delivery.deliver(MUNICIPALITY, report);

        assertThat(verdict).isEqualTo(ReportDelivery.Verdict.COMMIT);
        assertThat(standIn.requests()).hasSize(3);
        assertThat(standIn.registered()).containsOnlyKeys(report.getReportId());
        assertThat(published.events()).hasSize(1);
        assertThat(published.deviations()).isEmpty();
    }

    @Test
    void aRedeliveredReportIsAcknowledgedAsADuplicateUnderTheSameEventId() {
        RoutedReport report = reports.routed(MUNICIPALITY, false);

        delivery.deliver(MUNICIPALITY, report);
        ReportDelivery.Verdict again = delivery.deliver(MUNICIPALITY, report);

        assertThat(again).isEqualTo(ReportDelivery.Verdict.COMMIT);
        assertThat(standIn.registered()).hasSize(1);
        assertThat(published.events()).hasSize(2);
        assertThat(published.events().get(1).getEventId())
                .isEqualTo(published.events().get(0).getEventId());
        assertThat(published.events().get(1).getPayload())
                .isEqualTo(published.events().get(0).getPayload());
    }

    @Test
    void aSlowSystemIsCutOffByTheTimeLimiterAndTriedAgainLater() {
        RoutedReport report = reports.routed(MUNICIPALITY, false);
        standIn.slow(Duration.ofSeconds(3));

        ReportDelivery.Verdict first = delivery.deliver(MUNICIPALITY, report);

        assertThat(first).isEqualTo(ReportDelivery.Verdict.RETRY_LATER);
        assertThat(published.events()).isEmpty();
        assertThat(status.snapshot().get(MUNICIPALITY).pending())
                .extracting(DeliveryStatus.Pending::reportId)
                .containsExactly(report.getReportId());

        standIn.slow(Duration.ZERO);
        ReportDelivery.Verdict second = delivery.deliver(MUNICIPALITY, report);

        assertThat(second).isEqualTo(ReportDelivery.Verdict.COMMIT);
        assertThat(published.events()).hasSize(1);
        assertThat(((ReportReceived) published.events().get(0).getPayload()).getSystemReference())
                .isEqualTo(standIn.registered().get(report.getReportId()));
        assertThat(published.deviations()).isEmpty();
    }

    @Test
    void aSystemThatIsDownOpensTheCircuitAndRaisesTheAlarmOnceAfterTheAlarmTime() {
        RoutedReport report = reports.routed(MUNICIPALITY, true);
        standIn.down();

        assertThat(delivery.deliver(MUNICIPALITY, report)).isEqualTo(ReportDelivery.Verdict.RETRY_LATER);
        assertThat(published.deviations()).isEmpty();

        clock.advance(ALARM_AFTER);
        assertThat(delivery.deliver(MUNICIPALITY, report)).isEqualTo(ReportDelivery.Verdict.RETRY_LATER);
        clock.advance(Duration.ofMinutes(5));
        assertThat(delivery.deliver(MUNICIPALITY, report)).isEqualTo(ReportDelivery.Verdict.RETRY_LATER);

        CircuitBreaker circuit = circuitBreakers.circuitBreaker(ReportDelivery.backend(MUNICIPALITY));
        assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(published.events()).isEmpty();
        assertThat(published.deviations()).singleElement().satisfies(alarm -> {
            assertThat(alarm.getDeadline()).isEqualTo(DeadlineKind.DELIVERY_ACKNOWLEDGEMENT);
            assertThat(alarm.getReportId()).isEqualTo(report.getReportId());
            assertThat(alarm.getMunicipalityCode()).isEqualTo(MUNICIPALITY);
            assertThat(alarm.getDeviationId()).isEqualTo(report.getReportId() + ":delivery_acknowledgement");
            assertThat(alarm.getAcute()).isTrue();
            assertThat(alarm.getDueAt()).isEqualTo(Instant.parse("2026-11-23T10:15:00Z"));
        });
        DeliveryHealthIndicator health = new DeliveryHealthIndicator(status);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(status.snapshot().get(MUNICIPALITY).alarms()).containsExactly(report.getReportId());

        standIn.up();
        circuit.transitionToClosedState();
        assertThat(delivery.deliver(MUNICIPALITY, report)).isEqualTo(ReportDelivery.Verdict.COMMIT);
        assertThat(published.events()).hasSize(1);
        assertThat(published.deviations()).hasSize(1);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void everyStuckReportRaisesItsAlarmOnceWhenTheWorkerAlternatesBetweenThem() {
        RoutedReport onPartition0 = reports.routed(MUNICIPALITY, false);
        RoutedReport onPartition1 = reports.routed(MUNICIPALITY, true);
        standIn.down();

        for (int round = 0; round < 6; round++) {
            assertThat(delivery.deliver(MUNICIPALITY, onPartition0)).isEqualTo(ReportDelivery.Verdict.RETRY_LATER);
            assertThat(delivery.deliver(MUNICIPALITY, onPartition1)).isEqualTo(ReportDelivery.Verdict.RETRY_LATER);
            clock.advance(Duration.ofMinutes(5));
        }

        assertThat(published.deviations())
                .extracting(DeadlineDeviation::getReportId)
                .containsExactlyInAnyOrder(onPartition0.getReportId(), onPartition1.getReportId());
        assertThat(published.deviations()).allSatisfy(alarm -> {
            assertThat(alarm.getDeadline()).isEqualTo(DeadlineKind.DELIVERY_ACKNOWLEDGEMENT);
            assertThat(alarm.getDueAt()).isEqualTo(Instant.parse("2026-11-23T10:15:00Z"));
        });
        assertThat(status.snapshot().get(MUNICIPALITY).alarms())
                .containsExactlyInAnyOrder(onPartition0.getReportId(), onPartition1.getReportId());
        assertThat(status.snapshot().get(MUNICIPALITY).pending())
                .extracting(DeliveryStatus.Pending::reportId, DeliveryStatus.Pending::unacknowledgedSince)
                .containsExactlyInAnyOrder(
                        tuple(onPartition0.getReportId(), Instant.parse("2026-11-23T10:00:00Z")),
                        tuple(onPartition1.getReportId(), Instant.parse("2026-11-23T10:00:00Z")));
    }

    @Test
    void theAlarmTimeCountsFromTheFirstAttemptNotFromWhenItsRetriesGaveUp() {
        RoutedReport report = reports.routed(MUNICIPALITY, false);
        ReportDelivery eachAttemptTakesFourMinutes = new ReportDelivery(
                Map.of(MUNICIPALITY, r -> {
                    clock.advance(Duration.ofMinutes(4));
                    throw new CaseSystemUnavailableException(
                            "case-management system of " + MUNICIPALITY + " answered 503");
                }),
                calls,
                published,
                status,
                ALARM_AFTER,
                clock);

        eachAttemptTakesFourMinutes.deliver(MUNICIPALITY, report);
        assertThat(published.deviations()).isEmpty();
        eachAttemptTakesFourMinutes.deliver(MUNICIPALITY, report);

        assertThat(published.deviations())
                .singleElement()
                .satisfies(alarm -> assertThat(alarm.getDueAt()).isEqualTo(Instant.parse("2026-11-23T10:15:00Z")));
    }

    @Test
    void aRefusalIsNotRetriedAndRaisesTheAlarmAtOnce() {
        RoutedReport report = reports.routed(MUNICIPALITY, false);
        standIn.refuse();

        ReportDelivery.Verdict verdict = delivery.deliver(MUNICIPALITY, report);

        assertThat(verdict).isEqualTo(ReportDelivery.Verdict.COMMIT);
        assertThat(standIn.requests()).hasSize(1);
        assertThat(published.events()).isEmpty();
        DeadlineDeviation alarm = published.deviations().get(0);
        assertThat(published.deviations()).hasSize(1);
        assertThat(alarm.getDeadline()).isEqualTo(DeadlineKind.DELIVERY_ACKNOWLEDGEMENT);
        assertThat(alarm.getOverdueByMillis()).isZero();
        assertThat(status.snapshot().get(MUNICIPALITY).alarms()).containsExactly(report.getReportId());
        assertThat(status.snapshot().get(MUNICIPALITY).lastError()).contains("422");
    }

    @Test
    void aBearerTokenIsSentWhenConfigured() {
        ReportDelivery withToken = new ReportDelivery(
                Map.of(
                        MUNICIPALITY,
                        new HttpCaseManagementSystem(
                                MUNICIPALITY,
                                new CaseSystemEndpoint(standIn.baseUrl(), null, null, "t0ken"),
                                Duration.ofSeconds(5),
                                HttpClient.newHttpClient(),
                                JsonMapper.builder().build())),
                calls,
                published,
                status,
                ALARM_AFTER,
                clock);

        withToken.deliver(MUNICIPALITY, reports.routed(MUNICIPALITY, false));

        assertThat(standIn.requests())
                .isNotEmpty()
                .allSatisfy(request -> assertThat(request.authorization()).isEqualTo("Bearer t0ken"));
    }
}
