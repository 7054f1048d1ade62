package se.oroshub.schemas.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SwedishTimeTest {

    @Test
    void swedishTimeIsCentralEuropeanWithSummerTime() {
        assertThat(SwedishTime.ZONE.getRules().getOffset(Instant.parse("2026-01-15T12:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(1));
        assertThat(SwedishTime.ZONE.getRules().getOffset(Instant.parse("2026-07-15T12:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void aSwedishDayStartsBeforeMidnightUtc() {
        assertThat(LocalDate.ofInstant(Instant.parse("2026-03-10T23:30:00Z"), SwedishTime.ZONE))
                .isEqualTo(LocalDate.of(2026, 3, 11));
    }
}
