package se.oroshub.hub.rules.triage;

import java.time.Period;
import java.util.Objects;

/**
 * Configuration of {@link TriagePolicy}.
 *
 * @param veryYoungChildAge a child younger than this is acute on age alone (default: 1 year)
 * @param officeHours when the ordinary office is open
 * @param afterHours the after-hours service of each municipality
 */
public record TriageConfig(Period veryYoungChildAge, OfficeHours officeHours, AfterHoursDirectory afterHours) {

    /** Requires every field and a non-negative age limit. */
    public TriageConfig {
        Objects.requireNonNull(veryYoungChildAge, "veryYoungChildAge");
        Objects.requireNonNull(officeHours, "officeHours");
        Objects.requireNonNull(afterHours, "afterHours");
        if (veryYoungChildAge.isNegative()) {
            throw new IllegalArgumentException("veryYoungChildAge must not be negative");
        }
    }

    /** Under one year, weekdays 08:00-17:00 Europe/Stockholm, one after-hours service per municipality. */
    public static TriageConfig defaults() {
        return new TriageConfig(Period.ofYears(1), OfficeHours.stockholmDefault(), AfterHoursDirectory.defaults());
    }
}
