package se.oroshub.hub.rules.triage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days on which Swedish social services keep office hours closed, besides weekends: the public holidays of
 * lagen (1989:253) om allmänna helgdagar and the eves treated as holidays (midsummer eve, christmas eve, new year's
 * eve; Easter Saturday falls on a weekend anyway). Computed for any year, the Easter-based ones from the Gregorian
 * computus.
 */
public final class SwedishPublicHolidays {

    private SwedishPublicHolidays() {}

    /** Whether {@code date} is a public holiday or a holiday eve (weekends are not included unless a holiday). */
    public static boolean isHoliday(LocalDate date) {
        return forYear(date.getYear()).contains(date);
    }

    /** All public holidays and holiday eves of one year, in date order. */
    public static Set<LocalDate> forYear(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1)); // nyårsdagen
        days.add(LocalDate.of(year, Month.JANUARY, 6)); // trettondedag jul
        days.add(easter.minusDays(2)); // långfredagen
        days.add(easter.minusDays(1)); // påskafton
        days.add(easter); // påskdagen
        days.add(easter.plusDays(1)); // annandag påsk
        days.add(LocalDate.of(year, Month.MAY, 1)); // första maj
        days.add(easter.plusDays(39)); // Kristi himmelsfärdsdag
        days.add(easter.plusDays(49)); // pingstdagen
        days.add(LocalDate.of(year, Month.JUNE, 6)); // nationaldagen
        LocalDate midsummerDay =
                LocalDate.of(year, Month.JUNE, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        days.add(midsummerDay.minusDays(1)); // midsommarafton
        days.add(midsummerDay); // midsommardagen
        days.add(LocalDate.of(year, Month.OCTOBER, 31)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))); // alla helgons dag
        days.add(LocalDate.of(year, Month.DECEMBER, 24)); // julafton
        days.add(LocalDate.of(year, Month.DECEMBER, 25)); // juldagen
        days.add(LocalDate.of(year, Month.DECEMBER, 26)); // annandag jul
        days.add(LocalDate.of(year, Month.DECEMBER, 31)); // nyårsafton
        return Set.copyOf(days);
    }

    /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
