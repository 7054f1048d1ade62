package se.oroshub.connector.socialservices.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.oroshub.schemas.time.SwedishTime;

/** Swedish wording of deadlines for the inbox: "om 3 h 20 min", "försenad 1 d 2 h", "23 nov. 2026 14:05". */
public final class Countdowns {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(
                    "d MMM yyyy HH:mm", Locale.forLanguageTag("sv-SE"))
            .withZone(SwedishTime.ZONE);

    private final Clock clock;

    public Countdowns(Clock clock) {
        this.clock = clock;
    }

    /** Time left until {@code due}, or how late it is. */
    public String until(Instant due) {
        return until(due, clock.instant());
    }

    /** Whether {@code due} has passed. */
    public boolean overdue(Instant due) {
        return clock.instant().isAfter(due);
    }

    /** Local Swedish date and time. */
    public String at(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    static String until(Instant due, Instant now) {
        Duration left = Duration.between(now, due);
        String amount = amount(left.abs());
        return left.isNegative() ? "försenad " + amount : "om " + amount;
    }

    private static String amount(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return minutes > 0 ? minutes + " min" : "mindre än 1 min";
    }
}
