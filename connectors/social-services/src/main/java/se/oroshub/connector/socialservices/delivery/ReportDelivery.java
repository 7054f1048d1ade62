package se.oroshub.connector.socialservices.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.oroshub.connector.socialservices.events.EventPublisher;
import se.oroshub.connector.socialservices.events.EventPublishingException;
import se.oroshub.connector.socialservices.events.StatusEvents;
import se.oroshub.connector.support.ExternalCalls;
import se.oroshub.connector.support.ExternalSystemUnavailableException;
import se.oroshub.schemas.avro.RoutedReport;

/**
 * Delivers one routed report to its municipality's case-management system and records the outcome:
 *
 * <ul>
 *   <li>acknowledged (201/200, or 409 already there): publishes {@code ReportReceived} with the system's reference,
 *       under an event id derived from the report id, and lets the consumer commit;</li>
 *   <li>no verdict after the retries (5xx, timeout, circuit open, bulkhead full): the consumer keeps the report and
 *       tries again later; once the report has gone unacknowledged for the configured alarm time, counted from the
 *       connector's first attempt on that very report, the delivery alarm (a {@code DeadlineDeviation} of kind
 *       {@code DELIVERY_ACKNOWLEDGEMENT}) goes to the municipality's deviation topic, once per report;</li>
 *   <li>refused (another 4xx): not retried; the alarm is raised at once and the consumer moves on. The report stays
 *       on the municipality's topic and the alarm names it, so a person can resolve it.</li>
 * </ul>
 */
public final class ReportDelivery {

    /** The backend name prefix of the Resilience4j instances, one per municipality. */
    public static final String BACKEND_PREFIX = "case-management-";

    private static final Logger log = LoggerFactory.getLogger(ReportDelivery.class);

    /** What the consumer should do with the record. */
    public enum Verdict {
        /** Done with it: commit its offset. */
        COMMIT,
        /** Keep it: seek back and try again after the redelivery interval. */
        RETRY_LATER
    }

    private final Map<String, CaseManagementSystem> systems;
    private final ExternalCalls calls;
    private final EventPublisher publisher;
    private final DeliveryStatus status;
    private final Duration alarmAfter;
    private final Clock clock;

    public ReportDelivery(
            Map<String, CaseManagementSystem> systems,
            ExternalCalls calls,
            EventPublisher publisher,
            DeliveryStatus status,
            Duration alarmAfter,
            Clock clock) {
        this.systems = Map.copyOf(systems);
        this.calls = calls;
        this.publisher = publisher;
        this.status = status;
        this.alarmAfter = alarmAfter;
        this.clock = clock;
    }

    /** The Resilience4j instance name of a municipality's case-management system. */
    public static String backend(String municipalityCode) {
        return BACKEND_PREFIX + municipalityCode;
    }

    /** Delivers {@code report}, read from {@code municipalityCode}'s topic. */
    public Verdict deliver(String municipalityCode, RoutedReport report) {
        CaseManagementSystem system = Objects.requireNonNull(
                systems.get(municipalityCode), () -> "no case-management system configured for " + municipalityCode);
        String reportId = report.getReportId();
        DeliveryOutcome outcome;
        Instant attemptedAt = clock.instant();
        try {
            outcome = calls.call(backend(municipalityCode), () -> system.deliver(report));
        } catch (ExternalSystemUnavailableException | CaseSystemUnavailableException e) {
            Instant now = clock.instant();
            Instant since = status.failed(municipalityCode, reportId, attemptedAt, e.getMessage());
            log.warn("Report {} not delivered to {}: {}", reportId, municipalityCode, e.getMessage());
            Instant due = since.plus(alarmAfter);
            if (!now.isBefore(due)) {
                try {
                    raiseAlarm(municipalityCode, report, due, now);
                } catch (EventPublishingException alarmNotPublished) {
                    log.error(
                            "Delivery alarm for report {} of {} not published yet: {}",
                            reportId,
                            municipalityCode,
                            alarmNotPublished.getMessage());
                }
            }
            return Verdict.RETRY_LATER;
        }
        try {
            if (outcome instanceof DeliveryOutcome.Acknowledged ack) {
                Instant now = clock.instant();
                publisher.publish(StatusEvents.received(reportId, municipalityCode, ack.systemReference(), now));
                status.delivered(municipalityCode, reportId, now);
                log.info(
                        "Report {} acknowledged by {}{}",
                        reportId,
                        municipalityCode,
                        ack.duplicate() ? " (already registered)" : "");
                return Verdict.COMMIT;
            }
            DeliveryOutcome.Refused refused = (DeliveryOutcome.Refused) outcome;
            String error = "refused with " + refused.httpStatus() + " " + refused.code();
            log.error(
                    "Report {} refused by the case-management system of {}: {}; raising the alarm",
                    reportId,
                    municipalityCode,
                    error);
            Instant now = clock.instant();
            raiseAlarm(municipalityCode, report, now, now);
            status.refused(municipalityCode, reportId, error);
            return Verdict.COMMIT;
        } catch (EventPublishingException e) {
            log.warn(
                    "Outcome of report {} for {} not recorded, will deliver again: {}",
                    reportId,
                    municipalityCode,
                    e.getMessage());
            return Verdict.RETRY_LATER;
        }
    }

    private void raiseAlarm(String municipalityCode, RoutedReport report, Instant due, Instant now) {
        if (status.alarmPending(municipalityCode, report.getReportId())) {
            publisher.publish(StatusEvents.deliveryAlarm(report, due, now));
            status.alarmRaised(municipalityCode, report.getReportId());
            log.error("Delivery alarm raised for report {} of {}", report.getReportId(), municipalityCode);
        }
    }
}
