package se.oroshub.casemanagement;

import java.time.Duration;

/**
 * How the simulator answers deliveries, switched at run time through {@code /admin/behaviour} for demos.
 *
 * @param mode           NORMAL answers at once; SLOW waits {@code delay} first; FAILING answers 503; REJECTING answers
 *                       422
 * @param delay          the wait in SLOW mode
 * @param remaining      how many deliveries the mode applies to before the simulator returns to NORMAL; negative
 *                       means until changed
 */
public record Behaviour(Mode mode, Duration delay, int remaining) {

    /** How a delivery is answered; see the record's {@code mode}. */
    public enum Mode {
        NORMAL,
        SLOW,
        FAILING,
        REJECTING
    }

    public static final Behaviour NORMAL = new Behaviour(Mode.NORMAL, Duration.ZERO, -1);

    public Behaviour {
        mode = mode == null ? Mode.NORMAL : mode;
        delay = delay == null || delay.isNegative() ? Duration.ZERO : delay;
    }

    Behaviour consumeOne() {
        if (remaining < 0 || mode == Mode.NORMAL) {
            return this;
        }
        return remaining <= 1 ? NORMAL : new Behaviour(mode, delay, remaining - 1);
    }
}
