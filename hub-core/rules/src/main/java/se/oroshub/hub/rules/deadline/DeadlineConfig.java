package se.oroshub.hub.rules.deadline;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import se.oroshub.schemas.time.SwedishTime;

/**
 * The deadlines the hub tracks, each a configured SLA rather than a constant. Day-based deadlines end at the end of
 * their last day in {@code zone}.
 *
 * @param zone the zone whose calendar days count, normally Europe/Stockholm
 * @param lateArrivalFrom a report accepted at or after this local time is "late": its protective assessment is due by
 *     the end of the next day instead of the same day ({@link se.oroshub.schemas.law.Statute#PROTECTIVE_ASSESSMENT})
 * @param preliminaryAssessment time from receipt to the decision on investigation, 14 days
 *     ({@link se.oroshub.schemas.law.Statute#PRELIMINARY_ASSESSMENT})
 * @param investigation time from the decision to open an investigation to its close, 4 months
 *     ({@link se.oroshub.schemas.law.Statute#INVESTIGATION_TIME_LIMIT})
 * @param deliveryAcknowledgement time from acceptance to the receiving case system's acknowledgement
 * @param acuteDeliveryAcknowledgement the same for acute reports
 * @param clearingDecision time from acceptance to a person's routing of a report waiting in clearing (no social
 *     services knows of the report until then, while its statutory clocks already run)
 * @param acuteClearingDecision the same for acute reports
 * @param reporterFeedback time from acceptance to the feedback to an entitled reporter; empty (the default) while the
 *     feedback is permissive ({@link se.oroshub.schemas.law.Statute#PROPOSED_MANDATORY_FEEDBACK})
 */
public record DeadlineConfig(
        ZoneId zone,
        LocalTime lateArrivalFrom,
        Period preliminaryAssessment,
        Period investigation,
        Duration deliveryAcknowledgement,
        Duration acuteDeliveryAcknowledgement,
        Duration clearingDecision,
        Duration acuteClearingDecision,
        Optional<Duration> reporterFeedback) {

    /** Requires every field; durations and periods must be positive. */
    public DeadlineConfig {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(lateArrivalFrom, "lateArrivalFrom");
        requirePositive(preliminaryAssessment, "preliminaryAssessment");
        requirePositive(investigation, "investigation");
        requirePositive(deliveryAcknowledgement, "deliveryAcknowledgement");
        requirePositive(acuteDeliveryAcknowledgement, "acuteDeliveryAcknowledgement");
        requirePositive(clearingDecision, "clearingDecision");
        requirePositive(acuteClearingDecision, "acuteClearingDecision");
        Objects.requireNonNull(reporterFeedback, "reporterFeedback")
                .ifPresent(d -> requirePositive(d, "reporterFeedback"));
    }

    /**
     * Europe/Stockholm; late from 16:00; preliminary assessment 14 days; investigation 4 months; acknowledgement within
     * 1 hour (15 minutes for acute reports); routing out of clearing within 2 hours (15 minutes for acute reports); no
     * reporter-feedback deadline.
     */
    public static DeadlineConfig defaults() {
        return new DeadlineConfig(
                SwedishTime.ZONE,
                LocalTime.of(16, 0),
                Period.ofDays(14),
                Period.ofMonths(4),
                Duration.ofHours(1),
                Duration.ofMinutes(15),
                Duration.ofHours(2),
                Duration.ofMinutes(15),
                Optional.empty());
    }

    /** This configuration with a reporter-feedback deadline of {@code within} from acceptance. */
    public DeadlineConfig withReporterFeedback(Duration within) {
        return new DeadlineConfig(
                zone,
                lateArrivalFrom,
                preliminaryAssessment,
                investigation,
                deliveryAcknowledgement,
                acuteDeliveryAcknowledgement,
                clearingDecision,
                acuteClearingDecision,
                Optional.of(within));
    }

    private static void requirePositive(Period period, String name) {
        Objects.requireNonNull(period, name);
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
