package se.oroshub.connector.socialservices.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CountdownsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void timeLeftIsWordedInSwedish() {
        assertThat(Countdowns.until(NOW.plus(Duration.ofHours(3).plusMinutes(20)), NOW))
                .isEqualTo("om 3 h 20 min");
        assertThat(Countdowns.until(NOW.plus(Duration.ofDays(13).plusHours(4)), NOW))
                .isEqualTo("om 13 d 4 h");
        assertThat(Countdowns.until(NOW.plus(Duration.ofMinutes(12)), NOW)).isEqualTo("om 12 min");
        assertThat(Countdowns.until(NOW.plusSeconds(20), NOW)).isEqualTo("om mindre än 1 min");
    }

    @Test
    void aPassedDeadlineSaysHowLate() {
        assertThat(Countdowns.until(NOW.minus(Duration.ofHours(1).plusMinutes(5)), NOW))
                .isEqualTo("försenad 1 h 5 min");
    }
}
