package se.oroshub.hub.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.ReporterKind;

class LedgerEntryCodecTest {

    private static final String DIGEST = "5a1e3f0c9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f";
    private static final ReportLedgerEntry ROUTED = new ReportLedgerEntry(
            "r-1",
            DIGEST,
            ReporterKind.MANDATORY_PROFESSIONAL,
            "SCHOOL_UNIT_CODE",
            "12345678",
            "0180",
            List.of("e-1", "e-2"));
    private static final ReportLedgerEntry IN_CLEARING =
            new ReportLedgerEntry("r-2", DIGEST, ReporterKind.ANONYMOUS, null, null, null, List.of());

    @Test
    void everyEntrySurvivesTheRoundTripBehindItsVersion() {
        assertThat(LedgerEntryCodec.encode(ROUTED)[0]).isEqualTo(LedgerEntryCodec.VERSION);
        assertThat(LedgerEntryCodec.decode(LedgerEntryCodec.encode(ROUTED))).isEqualTo(ROUTED);
        assertThat(LedgerEntryCodec.decode(LedgerEntryCodec.encode(IN_CLEARING)))
                .isEqualTo(IN_CLEARING);
    }

    @Test
    void anEntryWrittenAsJsonBeforeTheVersionByteIsStillRead() {
        byte[] version0 = ("{\"reportId\":\"r-1\",\"contentDigest\":\"" + DIGEST + "\",\"reporterKind\":"
                        + "\"MANDATORY_PROFESSIONAL\",\"organisationScheme\":\"SCHOOL_UNIT_CODE\",\"organisationValue\":"
                        + "\"12345678\",\"municipalityCode\":\"0180\",\"appliedEventIds\":[\"e-1\",\"e-2\"]}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(LedgerEntryCodec.decode(version0)).isEqualTo(ROUTED);
    }

    @Test
    void unknownVersionIsRejected() {
        byte[] bytes = LedgerEntryCodec.encode(ROUTED);
        bytes[0] = 9;
        assertThatThrownBy(() -> LedgerEntryCodec.decode(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 9");
        assertThatThrownBy(() -> LedgerEntryCodec.decode(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
