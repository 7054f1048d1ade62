package se.oroshub.hub.rules.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishPublicHolidaysTest {

    @ParameterizedTest
    @CsvSource({
        "2000, 2000-04-23",
        "2008, 2008-03-23",
        "2011, 2011-04-24",
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2038, 2038-04-25",
        "2285, 2285-03-22"
    })
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(SwedishPublicHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-01-01, nyårsdagen",
        "2026-01-06, trettondedag jul",
        "2026-04-03, långfredagen",
        "2026-04-04, påskafton",
        "2026-04-05, påskdagen",
        "2026-04-06, annandag påsk",
        "2026-05-01, första maj",
        "2026-05-14, Kristi himmelsfärdsdag",
        "2026-05-24, pingstdagen",
        "2026-06-06, nationaldagen",
        "2026-06-19, midsommarafton",
        "2026-06-20, midsommardagen",
        "2026-10-31, alla helgons dag",
        "2026-12-24, julafton",
        "2026-12-25, juldagen",
        "2026-12-26, annandag jul",
        "2026-12-31, nyårsafton",
        "2025-06-20, midsommarafton 2025",
        "2025-11-01, alla helgons dag 2025",
        "2025-05-29, Kristi himmelsfärdsdag 2025",
        "2025-04-18, långfredagen 2025",
        "2025-04-21, annandag påsk 2025"
    })
    void swedishPublicHolidaysAndHolidayEvesAreOff(LocalDate day, String name) {
        assertThat(SwedishPublicHolidays.isHoliday(day)).as(name).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "2026-04-02",
        "2026-04-07",
        "2026-05-13",
        "2026-05-25",
        "2026-06-18",
        "2026-06-22",
        "2026-10-30",
        "2026-12-23",
        "2026-12-30",
        "2026-03-11"
    })
    void ordinaryDaysAreNotHolidays(LocalDate day) {
        assertThat(SwedishPublicHolidays.isHoliday(day)).isFalse();
    }
}
