package se.oroshub.hub.rules.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.oroshub.hub.rules.Codes;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ClearingOverdue;
import se.oroshub.schemas.avro.DeadlineDeviation;
import se.oroshub.schemas.avro.DeadlineKind;
import se.oroshub.schemas.avro.InvestigationClosed;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.ProtectiveAssessmentMade;
import se.oroshub.schemas.avro.ReportReceived;
import se.oroshub.schemas.avro.TransferredToMunicipality;

/**
 * Starts, advances and checks the deadline clocks of a report. Deadlines and their events:
 * <pre>
 * deadline                  due                                             met by
 * DELIVERY_ACKNOWLEDGEMENT  acceptance + configured time (shorter if acute) ReportReceived
 * PROTECTIVE_ASSESSMENT     end of the day of acceptance; end of the next   ProtectiveAssessmentMade
 *                           day when accepted at or after the late hour
 *                           (old SoL 11 kap. 1 a §)
 * PRELIMINARY_ASSESSMENT    end of the day 14 days after acceptance         InvestigationDecisionMade (any decision)
 *                           (SoL (2025:400) 20 kap. 2 §)
 * INVESTIGATION             end of the day 4 months after the decision      InvestigationClosed
 *                           date; started by a decision OPENED
 *                           (old SoL 11 kap. 2 §)
 * REPORTER_FEEDBACK         acceptance + configured time, only if           InvestigationDecisionMade (notified, or
 *                           configured and the reporter is entitled         withheld: then no feedback is due)
 *                           (prop. 2025/26:12, a proposal)
 * CLEARING_DECISION         acceptance + configured time (shorter if        a person routes the report out of
 *                           acute), while the report waits in clearing      clearing ({@link #leaveClearing})
 * </pre>
 * A report in clearing has only the clearing clock: no social services knows of it, so its overdue wait is an alarm
 * for the clearing desk ({@link ClearingOverdue}), not a deviation of a municipality. Once routed, the report's
 * municipal clocks start from its original acceptance, as the statutory time did not wait for the clearing.
 * TransferredToMunicipality stops this municipality's clocks. Events of another municipality leave the clock
 * unchanged (the status authority rejects them before they get here). A deadline met late, or still unmet when
 * checked after its due time, yields one {@link DeadlineDeviation}, with how much it was overdue at detection (or
 * by how much the event came late).
 */
public final class DeadlinePolicy {

    private final DeadlineConfig config;

    /** @param config the configured deadlines */
    public DeadlinePolicy(DeadlineConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The configuration in use. */
    public DeadlineConfig config() {
        return config;
    }

    /**
     * Starts the clocks of a newly routed report.
     *
     * @param reportId the report
     * @param municipalityCode the responsible municipality
     * @param acute whether triage found the report acute (shortens the acknowledgement deadline)
     * @param reporterEntitledToFeedback whether the reporter may receive feedback
     *     ({@link se.oroshub.hub.rules.feedback.FeedbackPolicy#entitledToFeedback}); the feedback deadline runs only then
     * @param acceptedAt when the hub accepted the report
     */
    public ReportClock start(
            String reportId,
            String municipalityCode,
            boolean acute,
            boolean reporterEntitledToFeedback,
            Instant acceptedAt) {
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        List<Deadline> deadlines = new ArrayList<>();
        Duration ack = acute ? config.acuteDeliveryAcknowledgement() : config.deliveryAcknowledgement();
        deadlines.add(Deadline.running(DeadlineKind.DELIVERY_ACKNOWLEDGEMENT, acceptedAt.plus(ack)));
        deadlines.add(Deadline.running(DeadlineKind.PROTECTIVE_ASSESSMENT, protectiveAssessmentDue(acceptedAt)));
        LocalDate receivedOn = acceptedAt.atZone(config.zone()).toLocalDate();
        deadlines.add(Deadline.running(
                DeadlineKind.PRELIMINARY_ASSESSMENT, endOfDay(receivedOn.plus(config.preliminaryAssessment()))));
        if (reporterEntitledToFeedback) {
            config.reporterFeedback()
                    .ifPresent(within ->
                            deadlines.add(Deadline.running(DeadlineKind.REPORTER_FEEDBACK, acceptedAt.plus(within))));
        }
        return new ReportClock(reportId, municipalityCode, acute, acceptedAt, null, deadlines);
    }

    /**
     * Starts the clock of a report waiting in clearing: a person must route it within the configured time.
     *
     * @param reportId the report
     * @param acute whether the report's content makes it acute (shortens the time)
     * @param acceptedAt when the hub accepted the report
     */
    public ReportClock startClearing(String reportId, boolean acute, Instant acceptedAt) {
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Duration within = acute ? config.acuteClearingDecision() : config.clearingDecision();
        return new ReportClock(
                reportId,
                null,
                acute,
                acceptedAt,
                null,
                List.of(Deadline.running(DeadlineKind.CLEARING_DECISION, acceptedAt.plus(within))));
    }

    /**
     * A person routed a report out of clearing at {@code at}: the alarm of a decision that came after the clearing
     * deadline, unless the alarm went out already while the report waited. The caller then replaces the clearing clock
     * with the municipal clocks ({@link #start}).
     *
     * @param clock the clearing clock ({@link #startClearing})
     * @param municipalityCode where the person routed the report
     * @throws IllegalArgumentException if {@code clock} is not a clearing clock
     */
    public Optional<ClearingOverdue> leaveClearing(ReportClock clock, String municipalityCode, Instant at) {
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Deadline deadline = clock.deadline(DeadlineKind.CLEARING_DECISION)
                .filter(d -> clock.inClearing())
                .orElseThrow(
                        () -> new IllegalArgumentException("report " + clock.reportId() + " has no clearing clock"));
        if (deadline.deviationEmitted() || !at.isAfter(deadline.dueAt())) {
            return Optional.empty();
        }
        return Optional.of(clearingOverdue(clock, deadline, at, at, municipalityCode));
    }

    /**
     * The protective assessment is due at once: by the end of the day of acceptance, or by the end of the next day
     * when the report arrived at or after the configured late hour (old SoL 11 kap. 1 a §).
     */
    public Instant protectiveAssessmentDue(Instant acceptedAt) {
        ZonedDateTime local = acceptedAt.atZone(config.zone());
        LocalDate lastDay = local.toLocalTime().isBefore(config.lateArrivalFrom())
                ? local.toLocalDate()
                : local.toLocalDate().plusDays(1);
        return endOfDay(lastDay);
    }

    /**
     * Applies one accepted status event of the report.
     *
     * @throws IllegalArgumentException if the event is about another report
     */
    public ReportClock on(ReportClock clock, CaseStatusEvent event) {
        if (!clock.reportId().equals(event.getReportId())) {
            throw new IllegalArgumentException("status event " + event.getEventId() + " is about report "
                    + event.getReportId() + ", not " + clock.reportId());
        }
        if (clock.stopped() || !Objects.equals(clock.municipalityCode(), event.getMunicipalityCode())) {
            return clock;
        }
        Instant at = event.getOccurredAt();
        Object payload = event.getPayload();
        if (payload instanceof ReportReceived) {
            return satisfy(clock, at, DeadlineKind.DELIVERY_ACKNOWLEDGEMENT);
        }
        if (payload instanceof ProtectiveAssessmentMade) {
            return satisfy(clock, at, DeadlineKind.PROTECTIVE_ASSESSMENT);
        }
        if (payload instanceof InvestigationDecisionMade decision) {
            ReportClock decided =
                    satisfy(clock, at, DeadlineKind.PRELIMINARY_ASSESSMENT, DeadlineKind.REPORTER_FEEDBACK);
            if (decision.getDecision() == InvestigationDecision.OPENED
                    && decided.deadline(DeadlineKind.INVESTIGATION).isEmpty()) {
                List<Deadline> deadlines = new ArrayList<>(decided.deadlines());
                deadlines.add(Deadline.running(
                        DeadlineKind.INVESTIGATION,
                        endOfDay(decision.getDecisionDate().plus(config.investigation()))));
                return decided.withDeadlines(deadlines);
            }
            return decided;
        }
        if (payload instanceof InvestigationClosed) {
            return satisfy(clock, at, DeadlineKind.INVESTIGATION);
        }
        if (payload instanceof TransferredToMunicipality) {
            return clock.stop(at);
        }
        return clock;
    }

    /**
     * Checks the clock at {@code now}: every deadline whose due time has passed without its event (or whose event came
     * late, or which was stopped by a transfer after its due time) yields one deviation, once; a report still waiting
     * in clearing after its clearing deadline yields one clearing alarm, once.
     */
    public Overdue check(ReportClock clock, Instant now) {
        Objects.requireNonNull(now, "now");
        List<Deadline> updated = new ArrayList<>();
        List<DeadlineDeviation> deviations = new ArrayList<>();
        Optional<ClearingOverdue> clearing = Optional.empty();
        for (Deadline deadline : clock.deadlines()) {
            Instant end = clock.end(deadline).orElse(now);
            if (!deadline.deviationEmitted() && end.isAfter(deadline.dueAt()) && !now.isBefore(deadline.dueAt())) {
                if (deadline.kind() == DeadlineKind.CLEARING_DECISION) {
                    clearing = Optional.of(clearingOverdue(clock, deadline, end, now, null));
                } else {
                    deviations.add(deviation(clock, deadline, end, now));
                }
                updated.add(deadline.emitted());
            } else {
                updated.add(deadline);
            }
        }
        return deviations.isEmpty() && clearing.isEmpty()
                ? new Overdue(clock, List.of(), Optional.empty())
                : new Overdue(clock.withDeadlines(updated), deviations, clearing);
    }

    /** The deterministic deviation id: report id and deadline code, so a duplicate is recognisable. */
    public static String deviationIdFor(String reportId, DeadlineKind kind) {
        return reportId + ":" + Codes.of(kind);
    }

    private static DeadlineDeviation deviation(ReportClock clock, Deadline deadline, Instant end, Instant now) {
        return DeadlineDeviation.newBuilder()
                .setDeviationId(deviationIdFor(clock.reportId(), deadline.kind()))
                .setReportId(clock.reportId())
                .setMunicipalityCode(clock.municipalityCode())
                .setDeadline(deadline.kind())
                .setAcute(clock.acute())
                .setDueAt(deadline.dueAt())
                .setDetectedAt(now)
                .setOverdueByMillis(Duration.between(deadline.dueAt(), end).toMillis())
                .build();
    }

    private static ClearingOverdue clearingOverdue(
            ReportClock clock, Deadline deadline, Instant end, Instant now, String routedTo) {
        return ClearingOverdue.newBuilder()
                .setDeviationId(deviationIdFor(clock.reportId(), deadline.kind()))
                .setReportId(clock.reportId())
                .setAcute(clock.acute())
                .setAcceptedAt(clock.acceptedAt())
                .setDueAt(deadline.dueAt())
                .setDetectedAt(now)
                .setOverdueByMillis(Duration.between(deadline.dueAt(), end).toMillis())
                .setRoutedTo(routedTo)
                .build();
    }

    private static ReportClock satisfy(ReportClock clock, Instant at, DeadlineKind... kinds) {
        List<Deadline> updated = new ArrayList<>();
        for (Deadline deadline : clock.deadlines()) {
            boolean matches = false;
            for (DeadlineKind kind : kinds) {
                matches |= deadline.kind() == kind;
            }
            updated.add(matches ? deadline.satisfy(at) : deadline);
        }
        return clock.withDeadlines(updated);
    }

    private Instant endOfDay(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(config.zone()).toInstant();
    }
}
