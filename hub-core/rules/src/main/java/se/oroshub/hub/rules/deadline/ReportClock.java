package se.oroshub.hub.rules.deadline;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.oroshub.schemas.avro.DeadlineKind;
import se.oroshub.schemas.avro.Deadlines;

/**
 * The deadline clocks of one report at one municipality, or of a report waiting in clearing for a person to route it
 * (no municipality yet; its one deadline is {@code CLEARING_DECISION}): immutable, advanced only by
 * {@link DeadlinePolicy#on(ReportClock, se.oroshub.schemas.avro.CaseStatusEvent)} and
 * {@link DeadlinePolicy#check(ReportClock, Instant)}.
 *
 * @param reportId the report
 * @param municipalityCode the municipality whose clocks these are; {@code null} while the report waits in clearing
 * @param acute whether the report was triaged acute
 * @param acceptedAt when the hub accepted the report (the clocks start here)
 * @param stoppedAt when the report was transferred to another municipality, {@code null} while it was not; a
 *     stopped clock takes no further events
 * @param deadlines the deadlines, at most one per kind, in the order they were started
 */
public record ReportClock(
        String reportId,
        String municipalityCode,
        boolean acute,
        Instant acceptedAt,
        Instant stoppedAt,
        List<Deadline> deadlines) {

    /** Requires every field but {@code municipalityCode} and {@code stoppedAt}; copies the list. */
    public ReportClock {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        deadlines = List.copyOf(deadlines);
        if (deadlines.stream().map(Deadline::kind).distinct().count() != deadlines.size()) {
            throw new IllegalArgumentException("at most one deadline per kind");
        }
    }

    /** Whether this is the clock of a report waiting in clearing, which no municipality has yet. */
    public boolean inClearing() {
        return municipalityCode == null;
    }

    /** Whether the clock was stopped by a transfer. */
    public boolean stopped() {
        return stoppedAt != null;
    }

    /** The deadline of one kind, if it runs for this report. */
    public Optional<Deadline> deadline(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind).findFirst();
    }

    /**
     * The earliest instant at which {@link DeadlinePolicy#check(ReportClock, Instant)} could emit a deviation, empty
     * when none can come any more. May lie in the past (a deadline was met late and the deviation is still to emit).
     */
    public Optional<Instant> nextCheckAt() {
        return deadlines.stream()
                .filter(d -> !d.deviationEmitted())
                .filter(d -> end(d).map(end -> end.isAfter(d.dueAt())).orElse(true))
                .map(Deadline::dueAt)
                .min(Comparator.naturalOrder());
    }

    /**
     * Whether nothing more can happen on this clock: no deviation can come, and every deadline is met or the clock is
     * stopped. The app may then delete it.
     */
    public boolean finished() {
        return nextCheckAt().isEmpty() && (stopped() || deadlines.stream().allMatch(Deadline::satisfied));
    }

    /** The protective and preliminary assessment due times, for the routed report. */
    public Deadlines toAvroDeadlines() {
        return Deadlines.newBuilder()
                .setProtectiveAssessmentDue(
                        require(DeadlineKind.PROTECTIVE_ASSESSMENT).dueAt())
                .setPreliminaryAssessmentDue(
                        require(DeadlineKind.PRELIMINARY_ASSESSMENT).dueAt())
                .build();
    }

    /** When a deadline stopped counting: its event, else the transfer; empty while it still counts. */
    Optional<Instant> end(Deadline deadline) {
        if (deadline.satisfied()) {
            return Optional.of(deadline.satisfiedAt());
        }
        return Optional.ofNullable(stoppedAt);
    }

    ReportClock withDeadlines(List<Deadline> replaced) {
        return new ReportClock(reportId, municipalityCode, acute, acceptedAt, stoppedAt, replaced);
    }

    ReportClock stop(Instant at) {
        return stopped() ? this : new ReportClock(reportId, municipalityCode, acute, acceptedAt, at, deadlines);
    }

    private Deadline require(DeadlineKind kind) {
        return deadline(kind)
                .orElseThrow(() -> new IllegalStateException("no " + kind + " deadline on report " + reportId));
    }
}
