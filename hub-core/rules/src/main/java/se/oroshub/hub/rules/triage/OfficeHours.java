package se.oroshub.hub.rules.triage;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import se.oroshub.schemas.time.SwedishTime;

/**
 * When social services' ordinary office is open: weekdays from {@code opens} (inclusive) to {@code closes}
 * (exclusive) in {@code zone}, except Swedish public holidays and holiday eves ({@link SwedishPublicHolidays}).
 * Outside those hours an acute report also goes to the after-hours service (social jour).
 *
 * @param zone the zone office hours are kept in, normally Europe/Stockholm
 * @param opens first minute of the working day
 * @param closes end of the working day, exclusive
 */
public record OfficeHours(ZoneId zone, LocalTime opens, LocalTime closes) {

    /** The zone Swedish social services keep time in. */

    /** Validates that the day opens before it closes. */
    public OfficeHours {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("office hours must open before they close: " + opens + "-" + closes);
        }
    }

    /** Weekdays 08:00-17:00, Europe/Stockholm. */
    public static OfficeHours stockholmDefault() {
        return new OfficeHours(SwedishTime.ZONE, LocalTime.of(8, 0), LocalTime.of(17, 0));
    }

    /** Whether the office is open at {@code instant}. */
    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** Whether {@code date} is a working day: Monday to Friday and not a public holiday or holiday eve. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !SwedishPublicHolidays.isHoliday(date);
    }
}
