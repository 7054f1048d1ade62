package se.oroshub.hub.rules.deadline;

import java.util.List;
import java.util.Objects;
import se.oroshub.schemas.avro.DeadlineDeviation;

/**
 * The result of a deadline check: the deviations that became due now (each emitted once per report and deadline)
 * and the clock that records them as emitted. Store the clock, then publish the deviations.
 *
 * @param clock the updated clock
 * @param deviations the new deviations, possibly none
 */
public record Overdue(ReportClock clock, List<DeadlineDeviation> deviations) {

    /** Requires the clock; copies the list. */
    public Overdue {
        Objects.requireNonNull(clock, "clock");
        deviations = List.copyOf(deviations);
    }
}
