package se.oroshub.hub.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DueIndexCodecTest {

    private static final String REPORT = "3f6c1a52-8d4e-4b7a-9c21-5e0d7f8a1b34";

    @Test
    void aReportIdSurvivesTheRoundTripBehindItsVersion() {
        assertThat(DueIndexCodec.encode(REPORT)[0]).isEqualTo(DueIndexCodec.VERSION);
        assertThat(DueIndexCodec.decode(DueIndexCodec.encode(REPORT))).isEqualTo(REPORT);
    }

    @Test
    void aReportIdWrittenBeforeTheVersionByteIsStillRead() {
        assertThat(DueIndexCodec.decode(REPORT.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(REPORT);
    }

    @Test
    void unknownVersionIsRejected() {
        byte[] bytes = DueIndexCodec.encode(REPORT);
        bytes[0] = 2;
        assertThatThrownBy(() -> DueIndexCodec.decode(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 2");
    }
}
