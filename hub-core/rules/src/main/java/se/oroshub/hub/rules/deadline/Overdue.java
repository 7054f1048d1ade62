package se.oroshub.hub.rules.deadline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.oroshub.schemas.avro.ClearingOverdue;
import se.oroshub.schemas.avro.DeadlineDeviation;

/**
 * The result of a deadline check: the deviations that became due now (each emitted once per report and deadline)
 * and the clock that records them as emitted. Store the clock, then publish the deviations: a municipality's to its
 * deviation topic, a report's overdue wait in clearing to the clearing desk.
 *
 * @param clock the updated clock
 * @param deviations the new deviations of the responsible municipality, possibly none
 * @param clearing the alarm of a report that waited in clearing too long, if it became due now
 */
public record Overdue(ReportClock clock, List<DeadlineDeviation> deviations, Optional<ClearingOverdue> clearing) {

    /** Requires the clock; copies the list. */
    public Overdue {
        Objects.requireNonNull(clock, "clock");
        deviations = List.copyOf(deviations);
        Objects.requireNonNull(clearing, "clearing");
    }
}
