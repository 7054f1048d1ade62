package se.oroshub.hub.rules.deadline;

import java.time.Instant;
import java.util.Objects;
import se.oroshub.schemas.avro.DeadlineKind;

/**
 * One deadline of one report.
 *
 * @param kind which deadline
 * @param dueAt the instant by which the expected event must have occurred (an event at exactly {@code dueAt} is on
 *     time); a day-based deadline is due at the first instant of the day after its last day
 * @param satisfiedAt when the expected event occurred, {@code null} while it has not
 * @param deviationEmitted whether the deviation for this deadline has been emitted (it is emitted once)
 */
public record Deadline(DeadlineKind kind, Instant dueAt, Instant satisfiedAt, boolean deviationEmitted) {

    /** Requires kind and due time. */
    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** A running deadline. */
    public static Deadline running(DeadlineKind kind, Instant dueAt) {
        return new Deadline(kind, dueAt, null, false);
    }

    /** Whether the expected event has occurred. */
    public boolean satisfied() {
        return satisfiedAt != null;
    }

    Deadline satisfy(Instant at) {
        return satisfied() ? this : new Deadline(kind, dueAt, at, deviationEmitted);
    }

    Deadline emitted() {
        return new Deadline(kind, dueAt, satisfiedAt, true);
    }
}
