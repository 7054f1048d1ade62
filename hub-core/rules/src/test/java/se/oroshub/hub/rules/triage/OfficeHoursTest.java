package se.oroshub.hub.rules.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.oroshub.schemas.time.SwedishTime;

class OfficeHoursTest {

    private final OfficeHours hours = OfficeHours.stockholmDefault();

    @ParameterizedTest
    @CsvSource({
        "2026-03-11T08:00, true, weekday opening minute",
        "2026-03-11T16:59, true, weekday last minute",
        "2026-03-11T17:00, false, weekday closing",
        "2026-03-11T07:59, false, weekday before opening",
        "2026-03-14T10:00, false, saturday",
        "2026-03-15T10:00, false, sunday",
        "2026-04-03T10:00, false, good friday",
        "2026-06-19T10:00, false, midsummer eve",
        "2026-12-24T10:00, false, christmas eve",
        "2026-12-31T10:00, false, new year's eve",
        "2026-03-30T08:30, true, monday after the spring clock change",
        "2026-10-26T16:30, true, monday after the autumn clock change"
    })
    void officeIsOpenOnWorkingDaysInOfficeHoursOnly(LocalDateTime local, boolean open, String what) {
        assertThat(hours.isOpen(local.atZone(SwedishTime.ZONE).toInstant()))
                .as(what)
                .isEqualTo(open);
    }

    @Test
    void officeHoursAreConfigurable() {
        OfficeHours longer = new OfficeHours(SwedishTime.ZONE, LocalTime.of(7, 0), LocalTime.of(19, 0));
        assertThat(longer.isOpen(LocalDateTime.parse("2026-03-11T18:30")
                        .atZone(SwedishTime.ZONE)
                        .toInstant()))
                .isTrue();
        assertThat(hours.isOpen(LocalDateTime.parse("2026-03-11T18:30")
                        .atZone(SwedishTime.ZONE)
                        .toInstant()))
                .isFalse();
    }

    @Test
    void officeMustOpenBeforeItCloses() {
        assertThatThrownBy(() -> new OfficeHours(SwedishTime.ZONE, LocalTime.of(17, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
